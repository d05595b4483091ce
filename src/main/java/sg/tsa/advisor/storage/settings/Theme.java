package sg.tsa.advisor.storage.settings;

import java.util.Locale;
import java.util.Optional;

/** The window's look: AtlantaFX's light or dark theme. */
public enum Theme {
    LIGHT, DARK;

    /** How it is stored and typed on the command line: {@code light} or {@code dark}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code light} or {@code dark}, in any case; empty for anything else. */
    public static Optional<Theme> ofKey(String key) {
        for (Theme theme : values()) {
            if (theme.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
