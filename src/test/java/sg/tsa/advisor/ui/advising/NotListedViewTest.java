package sg.tsa.advisor.ui.advising;

import javafx.stage.Stage;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.report.Wording;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.summary.PdfText;
import sg.tsa.advisor.summary.SummaryPdf;
import sg.tsa.advisor.summary.SummaryRequest;
import sg.tsa.advisor.ui.advising.history.ConsultationService;
import sg.tsa.advisor.ui.advising.history.LearnerDirectory;
import sg.tsa.advisor.ui.advising.history.LocalHistory;
import sg.tsa.advisor.ui.advising.history.NotListed;
import sg.tsa.advisor.ui.advising.history.SavedConsultation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * A credential the catalogue does not list: offered as "Record as not listed" when nothing fits, saved with the
 * consultation in a real database, reopened from History, never counted, printed under its own heading.
 */
class NotListedViewTest extends ScreenTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @TempDir
    static Path dataDir;

    private final LocalHistory history = new LocalHistory(Clock.systemUTC());
    private Storage storage;

    @Override
    protected void beforeScreen() {
        storage = Storage.open(dataDir, Clock.systemUTC());
        history.attach(storage);
    }

    @Override
    protected LearnerDirectory learners() {
        return history;
    }

    @Override
    protected ConsultationService consultations() {
        return history;
    }

    @Override
    protected void afterScreen() {
        storage.close();
    }

    @Test
    void anUnlistedCredentialIsRecordedSavedReopenedAndPrintedButNeverCounted(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("CompTIA Security+");
        waitUntil(() -> robot.lookup("#recordNotListed").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(model.picker().matches()).isEmpty();

        robot.clickOn("#recordNotListed");
        waitUntil(() -> robot.lookup("#notListed-0-title").tryQuery().isPresent());
        assertThat(robot.lookup("#notListed-0-title").queryAs(TextField.class).getText()).isEqualTo("CompTIA Security+");
        robot.clickOn("#notListed-0-attained").write("Mar 2024").type(KeyCode.TAB);
        robot.clickOn("#notListed-0-note").write("certificate seen");
        WaitForAsyncUtils.waitForFxEvents();

        waitUntil(() -> robot.lookup("#notListed").tryQuery().isPresent());
        assertThat(robot.from(robot.lookup("#notListed").<javafx.scene.Node>query()).lookup((Label l) -> l.getText().equals(
                "CompTIA Security+: Attained March 2024, taken as 1 Mar 2024. Not counted. Note: certificate seen"))
                .tryQuery()).isPresent();
        assertThat(model.adviceProperty().get().held()).isEmpty();
        assertThat(robot.lookup("#noExemptions").queryAs(Label.class).getText()).startsWith("Add the credentials");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> model.actions().statusProperty().get().startsWith("Saved for Tan Ah Kow"));

        // from the database, as History reopens it
        long learnerId = model.header().learnerProperty().get().id();
        List<SavedConsultation> stored = history.consultationsOf(learnerId);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).draft().notListed()).containsExactly(
                new NotListed("CompTIA Security+", LocalDate.of(2024, 3, 1), "certificate seen", true));
        assertThat(stored.get(0).draft().credentials()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> model.picker().notListed().isEmpty());
        robot.interact(() -> model.actions().open(stored.get(0)));
        waitUntil(() -> model.readOnlyProperty().get() && robot.lookup("#notListed-0-title").tryQuery().isPresent());
        assertThat(robot.lookup("#notListed-0-title").queryAs(TextField.class).getText()).isEqualTo("CompTIA Security+");
        assertThat(robot.lookup("#notListed").tryQuery()).isPresent();
        assertThat(robot.lookup("#notListed-0-attained").queryAs(javafx.scene.control.DatePicker.class).getEditor()
                .getText()).as("still a month when reopened").isEqualTo("03/2024");

        // the printed summary
        String pdf = PdfText.of(SummaryPdf.create(new SummaryRequest(model.catalogueProperty().get(),
                model.adviceProperty().get(), "Tan Ah Kow", "Mei Ling", LocalDateTime.of(2026, 11, 28, 10, 0),
                List.of(new SummaryRequest.NotListed("CompTIA Security+", LocalDate.of(2024, 3, 1),
                        "certificate seen")))));
        assertThat(pdf).containsIgnoringCase(Wording.NOT_LISTED)
                .contains("CompTIA Security+ Attained 1 Mar 2024. Not counted. Note: certificate seen");
    }
}
