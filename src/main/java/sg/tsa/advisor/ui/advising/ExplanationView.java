package sg.tsa.advisor.ui.advising;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Why?": the verdict for the selected module or certificate and the reason behind it, rule by rule. Tab (or Alt+W)
 * reaches it, and then Up, Down, Page Up and Page Down scroll it.
 */
final class ExplanationView extends ScrollPane {
    private final VBox box = new VBox(6);

    ExplanationView(AdvisingViewModel model) {
        box.setId("explanation");
        box.setPadding(new Insets(10, 12, 10, 12));
        setContent(box);
        setFitToWidth(true);
        setFocusTraversable(true);
        setAccessibleText("Why?");
        getStyleClass().addAll("edge-to-edge", "explanation-pane");
        model.explanationProperty().addListener((obs, old, now) -> show(now));
        show(null);
    }

    private void show(Explanation explanation) {
        box.getChildren().clear();
        Label heading = Ui.heading("Why?");
        heading.setGraphic(new FontIcon(Feather.HELP_CIRCLE));
        box.getChildren().add(heading);
        if (explanation == null) {
            box.getChildren().add(Ui.muted("Select an exempted module, or a module in Browse, to see why it is or is "
                    + "not exempted."));
            return;
        }
        Label subject = Ui.wrapped(explanation.subject() + " — " + explanation.qualification(), "text-bold");
        subject.setId("explanationSubject");
        Label verdict = Ui.wrapped(explanation.verdictWords(), switch (explanation.verdict()) {
            case EXEMPTED -> "success-text";
            case NOT_FOR_INTAKE -> "warning-text";
            case ONLY_IF_PLANNED -> "planned-text";
            case NOT_EXEMPTED -> "danger-text";
        });
        verdict.setId("explanationVerdict");
        box.getChildren().addAll(subject, verdict);
        for (String reason : explanation.reasons()) {
            box.getChildren().add(Ui.wrapped(reason, "explanation-reason"));
        }
    }
}
