package sg.tsa.advisor.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.ui.advising.guard.UnsavedQuestion.Answer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real Save / Discard / Cancel dialog: Esc and Enter are Cancel; only the buttons save or discard. */
@ExtendWith(ApplicationExtension.class)
class AlertUnsavedQuestionTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private CompletableFuture<Answer> ask() throws Exception {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new AlertUnsavedQuestion(stage).ask("Tan Ah Kow")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !WaitForAsyncUtils.asyncFx(
                () -> javafx.stage.Window.getWindows().size()).get().equals(1));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void escapeIsCancel(FxRobot robot) throws Exception {
        CompletableFuture<Answer> answer = ask();
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .isEqualTo("Save the consultation with Tan Ah Kow?");
        robot.type(KeyCode.ESCAPE);
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(Answer.CANCEL);
    }

    @Test
    void enterIsCancel(FxRobot robot) throws Exception {
        CompletableFuture<Answer> answer = ask();
        robot.type(KeyCode.ENTER);
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(Answer.CANCEL);
    }

    @Test
    void theButtonsSaveOrDiscard(FxRobot robot) throws Exception {
        CompletableFuture<Answer> save = ask();
        robot.clickOn("#unsavedSave");
        assertThat(save.get(10, TimeUnit.SECONDS)).isEqualTo(Answer.SAVE);
        CompletableFuture<Answer> discard = ask();
        robot.clickOn("#unsavedDiscard");
        assertThat(discard.get(10, TimeUnit.SECONDS)).isEqualTo(Answer.DISCARD);
    }
}
