package sg.tsa.advisor.ui.advising;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import sg.tsa.advisor.ui.advising.history.ConsultationDraft;
import sg.tsa.advisor.ui.advising.history.EnteredCredential;
import sg.tsa.advisor.ui.advising.history.Learner;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/** The History tab's "Delete learner…" button driven headless, the question answered by a script. */
class LearnerErasureViewTest extends ScreenTest {
    private static final LocalDate TODAY = ScreenModels.TODAY;

    private final ScriptedConfirmation confirmation = ScriptedConfirmation.confirming();
    private Learner tan;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    protected void beforeScreen() {
        EnteredCredential ccna = new EnteredCredential("cisco-ccna", LocalDate.of(2024, 6, 1), null, false);
        tan = store.save(new ConsultationDraft(null, "Tan Ah Kow", "tan@example.com", "Mei Ling", TODAY, null,
                "2026.11", List.of(ccna)), "{}").learner();
        store.save(new ConsultationDraft(null, "Lim Bee Hoon", null, "Mei Ling", TODAY, null, "2026.11",
                List.of(ccna)), "{}");
    }

    @Override
    protected void beforeShow(AdvisingViewModel model) {
        model.actions().confirmationProperty().set(confirmation);
    }


    @Test
    void aChosenLearnerIsErasedFromTheHistoryTabAndANewConsultationStarts(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        robot.clickOn("#historyTab");
        waitUntil(() -> robot.lookup("#historyNote").tryQuery().isPresent());
        Button erase = robot.lookup("#deleteLearner").queryButton();
        assertThat(erase.isVisible()).as("no learner chosen yet").isFalse();

        robot.clickOn("#learnerName").write("Tan");
        waitUntil(() -> robot.lookup("#learner-" + tan.id()).tryQuery().isPresent());
        robot.clickOn("#learner-" + tan.id());
        waitUntil(() -> model.history().entries().size() == 1);
        assertThat(erase.isVisible()).isTrue();
        assertThat(erase.isDisabled()).isFalse();
        assertThat(erase.getAccessibleText()).isEqualTo("Delete this learner and everything stored about them");

        robot.clickOn("#deleteLearner");

        waitUntil(() -> store.findByName("Tan", 5).isEmpty());
        waitUntil(() -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("Erased"));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Erased Tan Ah Kow and their 1 consultation.");
        assertThat(confirmation.asked()).singleElement()
                .satisfies(q -> assertThat(q.details()).contains("1 past consultation are erased"));
        assertThat(store.consultationsOf(tan.id())).isEmpty();
        assertThat(store.findByName("Lim", 5)).hasSize(1);
        assertThat(robot.lookup("#learnerName").queryAs(TextField.class).getText()).isEmpty();
        assertThat(erase.isVisible()).isFalse();
    }
}
