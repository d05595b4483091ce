package sg.tsa.advisor.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

import java.util.Objects;

/** The look: the AtlantaFX theme (light by default, dark on request) and the application's own style sheet on top. */
public final class Styles {
    public static final String APPLICATION = Objects.requireNonNull(
            Styles.class.getResource("/ui/application.css"), "application.css").toExternalForm();
    private static final String LIGHT = new PrimerLight().getUserAgentStylesheet();
    private static final String DARK = new PrimerDark().getUserAgentStylesheet();

    private Styles() {
    }

    /** Switches the whole application between the light and the dark theme. */
    public static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? DARK : LIGHT);
    }
}
