package sg.tsa.advisor.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.ui.advising.Confirmation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real confirmation dialog: it says what is erased, and Enter keeps the data. */
@ExtendWith(ApplicationExtension.class)
class AlertConfirmationTest {
    private static final Confirmation.Question QUESTION = new Confirmation.Question("Delete learner",
            "Erase Tan Ah Kow from this computer?", "Their contact details, recorded credentials and 2 past "
            + "consultations are erased.", "Erase");

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private CompletableFuture<Boolean> ask() throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new AlertConfirmation(stage).confirm(QUESTION)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !WaitForAsyncUtils.asyncFx(
                () -> javafx.stage.Window.getWindows().size()).get().equals(1));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void theDialogNamesTheLearnerAndWhatIsErasedAndEnterCancels(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask();

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Erase Tan Ah Kow from this computer?");
        assertThat(robot.lookup("#confirmationDetails").queryAs(Label.class).getText())
                .contains("2 past consultations");
        Button cancel = robot.lookup("#cancelButton").queryButton();
        Button erase = robot.lookup("#confirmButton").queryButton();
        assertThat(cancel.isDefaultButton()).isTrue();
        assertThat(erase.isDefaultButton()).isFalse();
        assertThat(erase.getText()).isEqualTo("Erase");

        robot.type(KeyCode.ENTER);

        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void onlyTheEraseButtonConfirms(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask();

        robot.clickOn("#confirmButton");

        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    }
}
