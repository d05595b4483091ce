package sg.tsa.advisor.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import sg.tsa.advisor.ui.advising.guard.UnsavedQuestion;

/**
 * Save / Discard / Cancel asked in an alert owned by the main window. Cancel is the default button and what Esc or
 * closing the alert means, so that a key pressed in a hurry never loses the consultation.
 */
final class AlertUnsavedQuestion implements UnsavedQuestion {
    private final Window owner;

    AlertUnsavedQuestion(Window owner) {
        this.owner = owner;
    }

    @Override
    public Answer ask(String learnerName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved consultation");
        alert.setHeaderText("Save the consultation" + (learnerName.isBlank() ? "" : " with " + learnerName) + "?");
        alert.setContentText("It is not saved yet. Discard forgets what was entered.");
        Button saveButton = (Button) alert.getDialogPane().lookupButton(save);
        saveButton.setId("unsavedSave");
        saveButton.setDefaultButton(false);
        Button discardButton = (Button) alert.getDialogPane().lookupButton(discard);
        discardButton.setId("unsavedDiscard");
        Button cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("unsavedCancel");
        cancel.setDefaultButton(true);
        alert.setOnShown(e -> cancel.requestFocus());
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            return Answer.SAVE;
        }
        return answer == discard ? Answer.DISCARD : Answer.CANCEL;
    }
}
