package sg.tsa.advisor.app;

import java.util.Objects;

/** The application's own style sheet, on top of the AtlantaFX theme. */
public final class Styles {
    public static final String APPLICATION = Objects.requireNonNull(
            Styles.class.getResource("/ui/application.css"), "application.css").toExternalForm();

    private Styles() {
    }
}
