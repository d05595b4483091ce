package sg.tsa.advisor.app;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.draft.DraftStore;
import sg.tsa.advisor.storage.draft.Draft;
import sg.tsa.advisor.storage.learner.Consultation;
import sg.tsa.advisor.storage.learner.Learner;
import sg.tsa.advisor.storage.learner.LearnerCredential;
import sg.tsa.advisor.storage.settings.CounsellorQuestion;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * Closing the window (the window manager's close button or Alt+F4: a close request on the stage) with a
 * consultation not saved asks Save / Discard / Cancel in the real alert: Cancel keeps the window and the
 * consultation, Discard closes and forgets the draft, Save records the consultation in the database, then closes.
 */
class ClosingTheWindowTest extends WholeAppTest {

    private void startWithAConsultationTyped() throws Exception {
        try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
            new CounsellorQuestion(storage.database()).markAsked();
            storage.settings().setCounsellorName("Nur Aisyah");
        }
        startApp();
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("ccna");
        waitUntil(() -> !robot.lookup("#credentialMatches").queryListView().getItems().isEmpty());
        robot.type(KeyCode.ENTER).write("01/06/2024").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#row-dip-idm-ict-dcn").tryQuery().isPresent());
        waitUntil(() -> read(storage -> new DraftStore(storage.database()).load().isPresent()));
    }

    private static Stage window() {
        return (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Exemption Advisor".equals(s.getTitle())).findFirst()
                .orElseThrow();
    }

    /** What the window manager sends when its close button or Alt+F4 is used; the question is then showing. */
    private void requestClose() throws Exception {
        Stage window = org.testfx.util.WaitForAsyncUtils.asyncFx(ClosingTheWindowTest::window).get();
        Platform.runLater(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> robot.lookup("#unsavedCancel").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Save the consultation with Tan Ah Kow?");
    }

    private <T> T read(java.util.function.Function<Storage, T> query) {
        try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
            return query.apply(storage);
        }
    }

    private List<Learner> tan() {
        return read(storage -> storage.learners().search("Tan Ah Kow", 5));
    }

    @Test
    void cancelKeepsTheWindowAndTheConsultationThenDiscardClosesIt() throws Exception {
        startWithAConsultationTyped();
        Stage window = org.testfx.util.WaitForAsyncUtils.asyncFx(ClosingTheWindowTest::window).get();

        requestClose();
        robot.clickOn("#unsavedCancel");
        waitUntil(() -> robot.lookup("#unsavedCancel").tryQuery().isEmpty());
        assertThat(window.isShowing()).as("Cancel keeps the window").isTrue();
        assertThat(robot.lookup("#learnerName").queryAs(TextField.class).getText()).isEqualTo("Tan Ah Kow");
        assertThat(robot.lookup("#attained-cisco-ccna").tryQuery()).isPresent();
        assertThat(tan()).isEmpty();

        requestClose();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#unsavedCancel").tryQuery().isEmpty());
        assertThat(window.isShowing()).as("Esc is Cancel").isTrue();

        requestClose();
        robot.clickOn("#unsavedDiscard");
        waitUntil(() -> !window.isShowing());
        assertThat(tan()).as("nothing saved").isEmpty();
        waitUntil(() -> read(storage -> new DraftStore(storage.database()).load().isEmpty()));
    }

    @Test
    void saveRecordsTheConsultationThenCloses() throws Exception {
        startWithAConsultationTyped();
        Stage window = org.testfx.util.WaitForAsyncUtils.asyncFx(ClosingTheWindowTest::window).get();

        requestClose();
        robot.clickOn("#unsavedSave");

        waitUntil(() -> !window.isShowing());
        List<Learner> saved = tan();
        assertThat(saved).hasSize(1);
        List<Consultation> consultations = read(storage -> storage.consultations().forLearner(saved.get(0).id()));
        assertThat(consultations).singleElement().satisfies(c -> assertThat(c.counsellor()).isEqualTo("Nur Aisyah"));
        List<LearnerCredential> held = read(storage -> storage.learners().credentials(saved.get(0).id()));
        assertThat(held).extracting(LearnerCredential::credentialId).containsExactly("cisco-ccna");
        Optional<Draft> draft = read(storage -> new DraftStore(storage.database()).load());
        assertThat(draft).as("no draft left").isEmpty();
    }
}
