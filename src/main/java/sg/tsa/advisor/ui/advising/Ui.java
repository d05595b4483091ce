package sg.tsa.advisor.ui.advising;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small factories the advising screen's views share, so that the same things look the same everywhere. */
final class Ui {
    private Ui() {
    }

    static Label heading(String text) {
        Label label = new WrappedLabel(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    static Label wrapped(String text, String... styleClasses) {
        Label label = new WrappedLabel(text);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    static Label muted(String text) {
        return wrapped(text, Styles.TEXT_MUTED);
    }

    /**
     * A button showing an icon, with a tooltip and the accessible text a screen reader says; {@code label} is shown
     * too when not null.
     */
    static Button iconButton(String id, Ikon icon, String label, String accessibleText) {
        Button button = new Button(label, new FontIcon(icon));
        button.setId(id);
        button.setAccessibleText(accessibleText);
        button.setTooltip(new Tooltip(accessibleText));
        // Never "…": on a small screen the texts beside it give way instead.
        button.setMinWidth(Button.USE_PREF_SIZE);
        if (label == null) {
            button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        }
        return button;
    }

    static VBox card(String title, String... styleClasses) {
        VBox box = new VBox(6, heading(title));
        box.getStyleClass().add("result-card");
        box.getStyleClass().addAll(styleClasses);
        return box;
    }

    /** A safe node id part from a catalogue id (catalogue ids are already lower-case words and hyphens). */
    static String idPart(String catalogueId) {
        return catalogueId.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
