package sg.tsa.advisor.ui.advising;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A line of the advice that can be selected, by click or by Space/Enter when focused: what is exempted, with the
 * "because" under it. A plain box rather than a button, so that long wrapped text sizes properly. The advice is
 * redrawn on every change; a row stays the same node for as long as its line is shown and changes only what
 * changed in it ({@link #show}).
 */
final class ResultRow extends AdviceBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final Label name = Ui.wrapped("");
    private Label lapses;
    private Label because;
    private String titleStyle;
    private Content shown;
    private Consumer<ResultRow> onSelect = row -> { };

    private record Content(String title, String because, String titleStyle, String notForIntake) {
    }

    ResultRow(String id) {
        super(2);
        setId(id);
        getStyleClass().add("result-row");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
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

    /**
     * Shows the line; what is already shown is left alone.
     * @param notForIntake why it is not granted for the planned intake, shown under the title; null when it is
     */
    void show(String title, String becauseText, String style, String notForIntake) {
        Content content = new Content(title, becauseText, style, notForIntake);
        if (content.equals(shown)) {
            return;
        }
        shown = content;
        setAccessibleText(title + ". " + (notForIntake == null ? "" : notForIntake + ". ") + becauseText
                + ". Press Space to see why.");
        name.setText(title);
        if (!style.equals(titleStyle)) {
            name.getStyleClass().remove(titleStyle);
            name.getStyleClass().add(style);
            titleStyle = style;
        }
        List<Node> lines = new ArrayList<>(List.of(name));
        if (notForIntake != null) {
            if (lapses == null) {
                lapses = Ui.wrapped("", "warning-text");
                lapses.setId(getId() + "-intake");
                lapses.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
            }
            lapses.setText(notForIntake);
            lines.add(lapses);
        }
        if (!becauseText.isEmpty()) {
            if (because == null) {
                because = Ui.muted("");
            }
            because.setText(becauseText);
            lines.add(because);
        }
        if (!getChildren().equals(lines)) {
            getChildren().setAll(lines);
        }
    }

    /** What selecting the row does: set on every redraw, since what the row explains may have changed. */
    void onSelect(Consumer<ResultRow> action) {
        this.onSelect = action;
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }
}
