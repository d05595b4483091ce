package sg.tsa.advisor.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import sg.tsa.advisor.report.Wording;
import sg.tsa.advisor.storage.DamagedDatabaseException;

import java.time.Clock;
import java.util.Map;

/** The start-up's questions as JavaFX alerts, owned by the main window. */
final class FxStartupDialogs implements StorageStartup.Dialogs {
    private final Window owner;
    private final Clock clock;

    FxStartupDialogs(Window owner, Clock clock) {
        this.owner = owner;
        this.clock = clock;
    }

    /** The question's text: what is wrong, and exactly what each way out keeps and loses. */
    static String damagedMessage(DamagedDatabaseException problem, Clock clock) {
        return "The file " + problem.file() + " " + problem.problem() + ".\n\n"
                + problem.latestBackup().map(b -> "The latest automatic backup is from " + Wording.date(b.day())
                        + ". Restoring it loses " + problem.lossOnRestore().map(l -> l.describe(clock))
                        .orElse("what was saved after it was taken") + ".")
                .orElse("There is no automatic backup. A new database starts with the built-in catalogue.")
                + "\n\nEither way the damaged file is moved aside into the 'damaged' folder, not deleted. "
                + "Nothing has been changed yet.";
    }

    @Override
    public StorageStartup.Choice damaged(DamagedDatabaseException problem) {
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType proceed = problem.latestBackup()
                .map(b -> new ButtonType("Restore backup", ButtonBar.ButtonData.OK_DONE))
                .orElse(new ButtonType("Start with a new database", ButtonBar.ButtonData.OK_DONE));
        Alert alert = new Alert(Alert.AlertType.WARNING, "", proceed, quit);
        alert.initOwner(owner);
        alert.setTitle("Exemption Advisor");
        alert.setHeaderText("The local database cannot be used");
        Label text = new Label(damagedMessage(problem, clock));
        text.setWrapText(true);
        text.setId("damagedDatabaseMessage");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(560);
        ButtonType answer = alert.showAndWait().orElse(quit);
        return Map.of(proceed, problem.latestBackup().isPresent() ? StorageStartup.Choice.RESTORE_BACKUP
                        : StorageStartup.Choice.START_AFRESH)
                .getOrDefault(answer, StorageStartup.Choice.QUIT);
    }

    @Override
    public void tell(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Exemption Advisor");
        alert.setHeaderText(title);
        alert.getDialogPane().setPrefWidth(560);
        alert.showAndWait();
    }
}
