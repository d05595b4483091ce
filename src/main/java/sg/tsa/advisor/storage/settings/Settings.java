package sg.tsa.advisor.storage.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * The user's settings as stored.
 *
 * @param counsellorName the counsellor's name, or empty when none is stored (nothing is
 *                       used then; {@code sg.tsa.advisor.summary.CounsellorName} decides)
 * @param theme          light or dark
 */
public record Settings(Optional<String> counsellorName, Theme theme) {
    /** What a database that was never told anything holds. */
    public static final Settings DEFAULTS = new Settings(Optional.empty(), Theme.LIGHT);

    public Settings {
        Objects.requireNonNull(counsellorName, "counsellorName");
        Objects.requireNonNull(theme, "theme");
    }
}
