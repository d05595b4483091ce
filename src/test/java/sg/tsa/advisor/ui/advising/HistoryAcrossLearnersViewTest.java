package sg.tsa.advisor.ui.advising;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.ExemptionEngine;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.report.JsonReport;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.learner.HeldEntry;
import sg.tsa.advisor.storage.learner.LearnerDetails;
import sg.tsa.advisor.storage.learner.Visit;
import sg.tsa.advisor.testing.FocusRing;
import sg.tsa.advisor.ui.advising.guard.UnsavedQuestion.Answer;
import sg.tsa.advisor.ui.advising.history.ConsultationService;
import sg.tsa.advisor.ui.advising.history.HistoryEntry;
import sg.tsa.advisor.ui.advising.history.LearnerDirectory;
import sg.tsa.advisor.ui.advising.history.LocalHistory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * History across learners on a real database, driven by real keys: everyone's consultations while no learner is
 * chosen, searched as one types, "This learner" / "All learners" once one is, Enter opens one as reopening does
 * (asking first about unsaved work); the learner suggestions tell namesakes apart.
 */
class HistoryAcrossLearnersViewTest extends ScreenTest {
    private static final LocalDate JUNE_2024 = LocalDate.of(2024, 6, 1);

    @TempDir
    Path dataDir;
    private final LocalHistory history = new LocalHistory(Clock.systemUTC());
    private Storage storage;
    private final List<String> asked = new ArrayList<>();
    private long tanWithCcna;
    private long tanWithSaa;
    private long lim;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    protected void beforeScreen() {
        storage = Storage.open(dataDir, Clock.systemUTC());
        history.attach(storage);
        Catalogue catalogue = storage.catalogues().activeCatalogue();
        tanWithCcna = visit(catalogue, null, "Tan Wei Ming", "9123 4567", "2026-03-03T02:00:00Z", "Nur Aisyah",
                "cisco-ccna");
        tanWithSaa = visit(catalogue, null, "Tan Wei Ming", "9876 5432", "2026-10-10T02:00:00Z", "Nur Aisyah",
                "aws-saa");
        lim = visit(catalogue, null, "Lim Mei Ling", "mei@example.com", "2026-11-20T06:30:00Z", "Mr Lee",
                "udacity-ba");
        visit(catalogue, tanWithCcna, "Tan Wei Ming", null, "2026-03-04T02:00:00Z", "Mr Lee", "cisco-ccna");
    }

    private long visit(Catalogue catalogue, Long known, String name, String phone, String at, String counsellor,
                       String credentialId) {
        var advice = new ExemptionEngine(catalogue).advise(new AdviceRequest(
                List.of(new HeldCredential(credentialId, JUNE_2024)), ScreenModels.TODAY));
        boolean email = phone != null && phone.contains("@");
        return storage.consultations().record(new Visit(known, new LearnerDetails(name, email ? phone : null,
                email ? null : phone, null),
                List.of(new HeldEntry(credentialId, JUNE_2024, null)), Instant.parse(at), counsellor,
                ScreenModels.TODAY, null, catalogue.version(), JsonReport.render(catalogue, advice))).learnerId();
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

    private static void chord(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> listed() {
        return model.history().entries().stream().map(e -> e.learner().name() + " " + e.savedAt()).toList();
    }

    private void typeSearch(FxRobot robot, String text) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
        waitUntil(() -> model.history().queryProperty().get().equals(text)
                && !model.history().noteProperty().get().startsWith("Reading"));
    }

    @Test
    void everyonesConsultationsAreListedSearchedAndOpenedByKeyboard(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        chord(robot, KeyCode.H);
        waitUntil(() -> robot.lookup("#historySearch").tryQuery().map(Node::isFocused).orElse(false)
                && model.history().entries().size() == 4);

        assertThat(listed()).containsExactly("Lim Mei Ling 2026-11-20T06:30:00Z", "Tan Wei Ming 2026-10-10T02:00:00Z",
                "Tan Wei Ming 2026-03-04T02:00:00Z", "Tan Wei Ming 2026-03-03T02:00:00Z");
        assertThat(robot.lookup("#historyThisLearner").query().getParent().isVisible()).as("no learner chosen").isFalse();
        assertThat(text(robot, "#historyNote")).startsWith("Consultations of all learners, newest first (4)");
        HistoryEntry first = model.history().entries().get(0);
        assertThat(HistoryModel.line(first, java.time.ZoneOffset.UTC)).isEqualTo(
                "20 Nov 2026, 06:30  ·  Lim Mei Ling (mei@example.com)  ·  Mr Lee  ·  "
                        + "1 module exempted: Data Visualisation Fundamentals");
        ListView<?> list = robot.lookup("#pastConsultations").queryAs(ListView.class);
        assertThat(robot.from(list).lookup((javafx.scene.control.ListCell<?> l) -> l.getText() != null
                && l.getText().contains("Lim Mei Ling (mei@example.com)  ·  Mr Lee  ·  1 module exempted")).tryQuery())
                .isPresent();

        typeSearch(robot, "lee");
        assertThat(listed()).containsExactly("Lim Mei Ling 2026-11-20T06:30:00Z", "Tan Wei Ming 2026-03-04T02:00:00Z");
        typeSearch(robot, "data communication");
        assertThat(listed()).containsExactly("Tan Wei Ming 2026-03-04T02:00:00Z", "Tan Wei Ming 2026-03-03T02:00:00Z");
        typeSearch(robot, "9876");
        assertThat(listed()).containsExactly("Tan Wei Ming 2026-10-10T02:00:00Z");
        // the catalogue's name for aws-saa finds what was entered under its id
        typeSearch(robot, "solutions architect");
        assertThat(listed()).containsExactly("Tan Wei Ming 2026-10-10T02:00:00Z");
        typeSearch(robot, "nobody at all");
        assertThat(listed()).isEmpty();
        assertThat(text(robot, "#historyNote")).isEqualTo(
                "No consultation of all learners matching \"nobody at all\".");
        typeSearch(robot, "solutions architect");

        // unsaved work on the screen: opening asks first; Cancel keeps it
        robot.interact(() -> {
            model.unsavedQuestionProperty().set(name -> {
                asked.add(name);
                return asked.size() == 1 ? Answer.CANCEL : Answer.DISCARD;
            });
            model.header().learnerNameProperty().set("Walk-in Not Saved");
        });
        robot.clickOn("#historySearch");
        robot.type(KeyCode.DOWN);
        assertThat(list.isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> asked.size() == 1);
        assertThat(model.readOnlyProperty().get()).isFalse();
        assertThat(model.header().learnerNameProperty().get()).isEqualTo("Walk-in Not Saved");

        robot.clickOn(list);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> model.readOnlyProperty().get());
        assertThat(asked).containsExactly("Walk-in Not Saved", "Walk-in Not Saved");
        assertThat(model.header().learnerProperty().get().id()).isEqualTo(tanWithSaa);
        assertThat(model.header().learnerContactProperty().get()).isEqualTo("9876 5432");
        waitUntil(() -> robot.lookup("#entry-aws-saa").tryQuery().isPresent());
    }

    @Test
    void aChosenLearnersOwnOrEveryonesAreOfferedByAToggle(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        robot.clickOn("#learnerName").write("Lim M");
        waitUntil(() -> robot.lookup("#learner-" + lim).tryQuery().isPresent());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> model.header().learnerProperty().get() != null);
        chord(robot, KeyCode.H);
        waitUntil(() -> model.history().entries().size() == 1);
        ToggleButton mine = robot.lookup("#historyThisLearner").queryAs(ToggleButton.class);
        ToggleButton all = robot.lookup("#historyAllLearners").queryAs(ToggleButton.class);
        assertThat(mine.getParent().isVisible()).isTrue();
        assertThat(mine.isSelected()).isTrue();
        assertThat(text(robot, "#historyNote")).startsWith("Consultations of Lim Mei Ling, newest first (1)");

        // Tab from the search reaches the toggle, with a visible focus ring; Space switches to everyone's
        FocusRing.assertVisible(robot, robot.lookup("#historySearch").query(), all, all, "All learners");
        robot.type(KeyCode.SPACE);
        waitUntil(() -> model.history().entries().size() == 4);
        assertThat(all.isSelected()).isTrue();
        robot.clickOn(all); // pressing the chosen one again keeps it chosen
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(all.isSelected()).isTrue();
        assertThat(model.history().allLearnersProperty().get()).isTrue();

        robot.clickOn(mine);
        waitUntil(() -> model.history().entries().size() == 1);
        assertThat(model.history().entries().get(0).learner().name()).isEqualTo("Lim Mei Ling");
    }

    @Test
    void learnerSuggestionsTellNamesakesApartByContactAndLastVisit(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        robot.clickOn("#learnerName").write("Tan W");
        waitUntil(() -> robot.lookup("#learner-" + tanWithSaa).tryQuery().isPresent()
                && robot.lookup("#learner-" + tanWithCcna).tryQuery().isPresent());

        List<String> offered = robot.lookup((Label l) -> l.getText() != null && l.getText().startsWith("Tan Wei Ming"))
                .queryAll().stream().map(l -> ((Label) l).getText()).sorted().toList();
        assertThat(offered).containsExactly("Tan Wei Ming  ·  9123 4567  ·  last visit 4 Mar 2026",
                "Tan Wei Ming  ·  9876 5432  ·  last visit 10 Oct 2026");
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> model.header().learnerProperty().get() != null);
        assertThat(robot.lookup("#learnerContact").queryAs(TextField.class).getText()).isIn("9123 4567", "9876 5432");
    }
}
