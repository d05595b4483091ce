package sg.tsa.advisor.ui.advising;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Consumer;

/**
 * A line of the advice that can be selected, by click or by Space/Enter when focused: what is exempted, with the
 * "because" under it. A plain box rather than a button, so that long wrapped text sizes properly.
 */
final class ResultRow extends VBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    /** @param notForIntake why it is not granted for the planned intake, shown under the title; null when it is */
    ResultRow(String id, String title, String because, String titleStyle, String notForIntake,
              Consumer<ResultRow> onSelect) {
        super(2);
        setId(id);
        getStyleClass().add("result-row");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(title + ". " + (notForIntake == null ? "" : notForIntake + ". ") + because
                + ". Press Space to see why.");
        Label name = Ui.wrapped(title, titleStyle);
        getChildren().add(name);
        if (notForIntake != null) {
            Label lapses = Ui.wrapped(notForIntake, "warning-text");
            lapses.setId(id + "-intake");
            lapses.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
            getChildren().add(lapses);
        }
        if (!because.isEmpty()) {
            getChildren().add(Ui.muted(because));
        }
        setOnMouseClicked(e -> {
            requestFocus();
            onSelect.accept(this);
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                onSelect.accept(this);
                e.consume();
            }
        });
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }
}
