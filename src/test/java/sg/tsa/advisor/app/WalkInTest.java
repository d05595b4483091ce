package sg.tsa.advisor.app;

import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.learner.Consultation;
import sg.tsa.advisor.storage.learner.Learner;
import sg.tsa.advisor.ui.FxBackgroundExecutor;
import sg.tsa.advisor.ui.advising.AdvisingView;
import sg.tsa.advisor.ui.advising.AdvisingViewModel;
import sg.tsa.advisor.ui.advising.history.LocalHistory;
import sg.tsa.advisor.ui.advising.settings.UserSettings;
import sg.tsa.advisor.ui.summary.SummaryActions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * The walk-in of a new learner, exactly as a counsellor does it, with real key events, on a real database file and
 * a real PDF: CCNA 01/06/2024, AWS SAA 01/01/2023, AI Programming with Python 01/03/2025, intake 01/04/2027, one
 * Why?, saved, summary saved as PDF. Interactions are counted as the counsellor makes them: a typed field (ended
 * by its Enter) is 1, a key chord is 1, a click is 1; the save dialog's confirmation of the suggested file is 1.
 */
@ExtendWith(ApplicationExtension.class)
class WalkInTest {
    /** The target is at most 16. */
    static final int INTERACTIONS = 13;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T06:05:00Z"), ZoneId.of("Asia/Singapore"));

    @TempDir
    static Path dir;
    private final FxBackgroundExecutor background = new FxBackgroundExecutor();
    private final AtomicReference<String> suggestedName = new AtomicReference<>();
    private Storage storage;
    private AdvisingViewModel model;
    private Stage stage;
    private int interactions;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Styles.applyTheme(false);
        storage = Storage.open(dir.resolve("data"), CLOCK);
        LocalHistory history = new LocalHistory(CLOCK);
        history.attach(storage);
        model = new AdvisingViewModel(background, () -> TODAY, "Nur Aisyah", history, history,
                UserSettings.forgetful("Nur Aisyah"));
        // The save dialog, confirmed at once: the suggested name, in the folder of the last summary saved.
        SummaryActions summaries = new SummaryActions(background, pdf -> true, (window, suggested) -> {
            suggestedName.set(suggested);
            return Optional.of(dir.resolve(suggested));
        });
        model.onPrintProperty().set(new PrintSummary(summaries, () -> stage, CLOCK));
        Scene scene = new Scene(new AdvisingView(model), 1280, 760);
        scene.getStylesheets().add(Styles.APPLICATION);
        stage.setScene(scene);
        stage.show();
        model.load(storage.catalogues()::activeCatalogue);
    }

    @AfterEach
    void stopAll(FxRobot robot) {
        robot.interact(() -> stage.getScene().setRoot(new javafx.scene.layout.Pane()));
        WaitForAsyncUtils.waitForFxEvents();
        background.close();
        storage.close();
    }

    /** Types a field's text and ends it with Enter: one interaction. */
    private void field(FxRobot robot, String text) {
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        interactions++;
    }

    private void chord(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        interactions++;
    }

    /** A credential: its search text, then its date (the caret goes there by itself, and back after Enter). */
    private void credential(FxRobot robot, String query, String id, String date) throws Exception {
        robot.write(query);
        waitUntil(() -> !model.picker().matches().isEmpty() && model.picker().matches().get(0).id().equals(id));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        interactions++;
        waitUntil(() -> robot.lookup("#attained-" + id).tryQuery().map(n -> n.isFocusWithin()).orElse(false));
        field(robot, date);
        waitUntil(() -> robot.lookup("#credentialSearch").query().isFocused());
    }

    @Test
    void theWalkInTakesThirteenInteractions(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        waitUntil(() -> robot.lookup("#learnerName").query().isFocused());

        field(robot, "Tan Wei Ling");
        waitUntil(() -> robot.lookup("#credentialSearch").query().isFocused());
        credential(robot, "ccna", "cisco-ccna", "01/06/2024");
        credential(robot, "aws saa", "aws-saa", "01/01/2023");
        credential(robot, "AI Programming with Python", "udacity-aipnd", "01/03/2025");
        chord(robot, KeyCode.I);
        field(robot, "01/04/2027");
        waitUntil(() -> model.header().intakeProperty().get() != null);
        waitUntil(() -> robot.lookup("#row-dip-idm-ict-dcn").tryQuery().isPresent());

        robot.clickOn("#row-dip-idm-ict-dcn");
        interactions++;
        waitUntil(() -> robot.lookup("#explanationVerdict").tryQuery().isPresent());
        assertThat(robot.lookup("#explanationSubject").queryAs(Labeled.class).getText())
                .contains("Data Communication and Networking");

        chord(robot, KeyCode.P);
        waitUntil(() -> robot.lookup("#summaryPage-1").tryQuery().isPresent());
        chord(robot, KeyCode.S);
        interactions++; // the save dialog, its suggested name confirmed
        Path pdf = dir.resolve("exemptions-tan-wei-ling-2026-11-28.pdf");
        waitUntil(() -> Files.exists(pdf));

        assertThat(interactions).isEqualTo(INTERACTIONS).isLessThanOrEqualTo(16);
        assertThat(suggestedName.get()).isEqualTo(pdf.getFileName().toString());

        List<Learner> learners = storage.learners().search("Tan Wei Ling", 5);
        assertThat(learners).hasSize(1);
        List<Consultation> recorded = storage.consultations().forLearner(learners.get(0).id());
        assertThat(recorded).hasSize(1);
        Consultation consultation = recorded.get(0);
        assertThat(consultation.intake()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(storage.consultations().entered(consultation.id()))
                .extracting(c -> c.credentialId() + "@" + c.attainedOn())
                .containsExactly("cisco-ccna@2024-06-01", "aws-saa@2023-01-01", "udacity-aipnd@2025-03-01");
        assertThat(consultation.counsellor()).isEqualTo("Nur Aisyah");

        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Tan Wei Ling", "Nur Aisyah", "Data Communication and Networking",
                "1 Apr 2027");
    }
}
