package sg.tsa.advisor.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import sg.tsa.advisor.ui.advising.Confirmation;

/**
 * A confirmation asked in a JavaFX alert owned by the main window. Cancel is the default button, so that Enter or
 * Escape never does what cannot be undone; the confirming button is marked as dangerous.
 */
final class AlertConfirmation implements Confirmation {
    private final Window owner;

    AlertConfirmation(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(Question question) {
        ButtonType confirm = new ButtonType(question.action(), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", confirm, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(question.title());
        alert.setHeaderText(question.heading());
        Label text = new Label(question.details());
        text.setWrapText(true);
        text.setId("confirmationDetails");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(520);
        Button confirming = (Button) alert.getDialogPane().lookupButton(confirm);
        confirming.setId("confirmButton");
        confirming.setDefaultButton(false);
        // Flat: the dialog takes the window's style sheet, whose ".danger" text colour would hide a filled button's text.
        confirming.getStyleClass().addAll(atlantafx.base.theme.Styles.DANGER, atlantafx.base.theme.Styles.FLAT);
        Button cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("cancelButton");
        cancel.setDefaultButton(true);
        // Focus follows the default button: a counsellor who presses Space or Enter at once keeps the data.
        alert.setOnShown(e -> cancel.requestFocus());
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }
}
