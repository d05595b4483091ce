package sg.tsa.advisor.ui.advising;

import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.draft.Draft;
import sg.tsa.advisor.storage.draft.DraftStore;
import sg.tsa.advisor.summary.PdfText;
import sg.tsa.advisor.summary.SummaryPdf;
import sg.tsa.advisor.summary.SummaryRequest;
import sg.tsa.advisor.ui.advising.draft.Drafts;
import sg.tsa.advisor.ui.advising.draft.LocalDrafts;
import sg.tsa.advisor.ui.advising.history.ConsultationService;
import sg.tsa.advisor.ui.advising.history.EnteredCredential;
import sg.tsa.advisor.ui.advising.history.LearnerDirectory;
import sg.tsa.advisor.ui.advising.history.LocalHistory;
import sg.tsa.advisor.ui.advising.history.SavedConsultation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * A date given as a month alone ("06/2024", "Jan 2023") stays a month beyond the screen it was typed in, in a real
 * database: in a draft restored after a crash, in the draft kept as it is typed, in the saved consultation, when
 * that consultation is reopened, on the summary printed from it ("June 2024, taken as 1 Jun 2024"), and in the
 * credentials recorded for the learner when they return.
 */
class MonthOnlyDatesKeptViewTest extends ScreenTest {
    private static final String JUNE = "June 2024, taken as 1 Jun 2024";
    private static final String JANUARY = "January 2023, taken as 1 Jan 2023";

    @TempDir
    Path dataDir;

    private final LocalHistory history = new LocalHistory(Clock.systemUTC());
    private final LocalDrafts drafts = new LocalDrafts();
    private final List<PrintRequest> printed = new ArrayList<>();
    private Storage storage;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    protected void beforeScreen() {
        storage = Storage.open(dataDir, Clock.systemUTC());
        new DraftStore(storage.database()).keep(new Draft(Instant.parse("2026-11-28T02:00:00Z"), null, "Tan Ah Kow",
                null, "Mei Ling", ScreenModels.TODAY, null, "2026.11",
                List.of(new Draft.Item("cisco-ccna", LocalDate.of(2024, 6, 1), null, false, true)), List.of()));
        history.attach(storage);
        drafts.attach(storage);
    }

    @Override
    protected void beforeShow(AdvisingViewModel model) {
        model.onPrintProperty().set(printed::add);
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
    protected Drafts drafts() {
        return drafts;
    }

    @Override
    protected void afterScreen() {
        storage.close();
    }

    private static void chord(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    @Test
    void aMonthGivenAloneIsRestoredKeptSavedReopenedAndPrintedAsAMonth(FxRobot robot) throws Exception {
        // the draft a crash left behind, offered back at the start
        waitUntil(() -> robot.lookup("#restoreDraft").tryQuery().isPresent());
        robot.clickOn("#restoreDraft");
        waitUntil(() -> robot.lookup("#attained-cisco-ccna").tryQuery().isPresent());
        assertThat(robot.lookup("#attained-cisco-ccna").queryAs(DatePicker.class).getEditor().getText())
                .isEqualTo("06/2024");
        waitUntil(() -> text(robot, "#standing-cisco-ccna").startsWith(JUNE));

        add(robot, "aws saa", "Jan 2023");
        waitUntil(() -> text(robot, "#standing-aws-saa").startsWith(JANUARY));

        // the draft, kept in the database on every change
        DraftStore store = new DraftStore(storage.database());
        waitUntil(() -> store.load().map(d -> d.credentials().size() == 2).orElse(false));
        assertThat(store.load().orElseThrow().credentials())
                .extracting(Draft.Item::credentialId, Draft.Item::monthOnly)
                .containsExactly(tuple("cisco-ccna", true), tuple("aws-saa", true));

        chord(robot, KeyCode.S);
        waitUntil(() -> model.actions().statusProperty().get().startsWith("Saved for Tan Ah Kow"));
        long learnerId = model.header().learnerProperty().get().id();
        SavedConsultation saved = history.consultationsOf(learnerId).get(0);
        assertThat(saved.draft().credentials()).extracting(EnteredCredential::credentialId,
                EnteredCredential::monthOnly).containsExactly(tuple("cisco-ccna", true), tuple("aws-saa", true));

        chord(robot, KeyCode.N);
        waitUntil(() -> model.picker().entries().isEmpty());
        robot.interact(() -> model.actions().open(saved));
        waitUntil(() -> model.readOnlyProperty().get() && robot.lookup("#attained-cisco-ccna").tryQuery().isPresent());
        assertThat(robot.lookup("#attained-cisco-ccna").queryAs(DatePicker.class).getEditor().getText())
                .isEqualTo("06/2024");
        assertThat(robot.lookup("#attained-aws-saa").queryAs(DatePicker.class).getEditor().getText())
                .isEqualTo("01/2023");
        waitUntil(() -> text(robot, "#standing-cisco-ccna").equals(JUNE + ". Counts until 1 Jun 2028"));

        // the summary of the reopened consultation, made from what Ctrl+P hands over as the application does
        chord(robot, KeyCode.P);
        waitUntil(() -> !printed.isEmpty());
        PrintRequest print = printed.get(0);
        String pdf = PdfText.of(SummaryPdf.create(SummaryRequest.of(print.catalogue(), print.advice(),
                print.draft().learnerName(), print.draft().counsellor(), Clock.systemUTC())));
        assertThat(pdf).contains("Cisco Certified Network Associate (CCNA) attained " + JUNE
                        + ", counts until 1 Jun 2028",
                "AWS Certified Solutions Architect – Associate attained " + JANUARY + ", counts until 1 Jan 2027");

        // the learner returns: their recorded credentials come back as months
        chord(robot, KeyCode.N);
        waitUntil(() -> !model.readOnlyProperty().get() && model.picker().entries().isEmpty());
        robot.clickOn("#learnerName").write("Tan");
        waitUntil(() -> robot.lookup("#learner-" + learnerId).tryQuery().isPresent());
        robot.clickOn("#learner-" + learnerId);
        waitUntil(() -> robot.lookup("#attained-cisco-ccna").tryQuery().isPresent());
        assertThat(robot.lookup("#attained-cisco-ccna").queryAs(DatePicker.class).getEditor().getText())
                .isEqualTo("06/2024");
        waitUntil(() -> text(robot, "#standing-aws-saa").startsWith(JANUARY));
    }
}
