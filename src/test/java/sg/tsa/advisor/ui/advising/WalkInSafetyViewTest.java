package sg.tsa.advisor.ui.advising;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.storage.draft.Draft;
import sg.tsa.advisor.ui.advising.draft.Drafts;
import sg.tsa.advisor.ui.advising.guard.UnsavedQuestion;
import sg.tsa.advisor.ui.advising.guard.UnsavedQuestion.Answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * The walk-in made safe, driven with real key events: nothing entered is lost to Ctrl+N, New or reopening; the
 * consultation is kept as a draft as it is typed; Ctrl+P records it before the preview; a removed credential comes
 * back with Ctrl+Z or Undo; redrawing the advice never moves the focus; Enter on a date goes back to the search.
 */
class WalkInSafetyViewTest extends ScreenTest {
    private final List<String> asked = new ArrayList<>();
    private final AtomicReference<Answer> answer = new AtomicReference<>(Answer.CANCEL);
    private final AtomicReference<Draft> kept = new AtomicReference<>();
    private final List<PrintRequest> printed = new ArrayList<>();

    /** Drafts kept in memory, so that the test sees what would be written. */
    private final Drafts drafts = new Drafts() {
        @Override
        public Optional<Draft> load() {
            return Optional.empty();
        }

        @Override
        public void keep(Draft draft) {
            kept.set(draft);
        }

        @Override
        public void clear() {
            kept.set(null);
        }
    };

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    protected Drafts drafts() {
        return drafts;
    }

    @Override
    protected void beforeShow(AdvisingViewModel model) {
        UnsavedQuestion question = name -> {
            asked.add(name);
            return answer.get();
        };
        model.unsavedQuestionProperty().set(question);
        model.onPrintProperty().set(printed::add);
    }


    private static void chord(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }


    private Node focused(FxRobot robot) {
        return robot.interact(() -> stage.getScene().getFocusOwner()) == null ? null
                : stage.getScene().getFocusOwner();
    }

    private String learnerName() {
        return model.header().learnerNameProperty().get();
    }

    @Test
    void theWindowOpensWithTheCaretInTheLearnersName(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#learnerName").query().isFocused());
        robot.write("Tan Ah Kow");
        assertThat(learnerName()).isEqualTo("Tan Ah Kow");
    }

    @Test
    void ctrlNWithAnUnsavedConsultationAsksAndCancelKeepsEverything(FxRobot robot) throws Exception {
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        add(robot, "ccna", "01/06/2024");

        chord(robot, KeyCode.N);

        assertThat(asked).containsExactly("Tan Ah Kow");
        assertThat(learnerName()).isEqualTo("Tan Ah Kow");
        assertThat(model.picker().entries()).hasSize(1);
        assertThat(store.all()).isEmpty();
    }

    @Test
    void newThenDiscardClearsTheScreenAndForgetsTheDraft(FxRobot robot) throws Exception {
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        add(robot, "ccna", "01/06/2024");
        waitUntil(() -> kept.get() != null && kept.get().credentials().size() == 1
                && kept.get().credentials().get(0).attainedOn() != null);
        assertThat(kept.get().learnerName()).isEqualTo("Tan Ah Kow");
        answer.set(Answer.DISCARD);

        robot.clickOn("#newConsultation");

        waitUntil(() -> learnerName().isEmpty() && model.picker().entries().isEmpty());
        assertThat(asked).containsExactly("Tan Ah Kow");
        waitUntil(() -> kept.get() == null);
        assertThat(store.all()).isEmpty();
    }

    @Test
    void ctrlNThenSaveRecordsTheConsultationBeforeClearing(FxRobot robot) throws Exception {
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        add(robot, "ccna", "01/06/2024");
        answer.set(Answer.SAVE);

        chord(robot, KeyCode.N);

        waitUntil(() -> store.all().size() == 1 && learnerName().isEmpty());
        assertThat(store.all().get(0).draft().credentials()).hasSize(1);
        assertThat(model.picker().entries()).isEmpty();
        waitUntil(() -> kept.get() == null);
    }

    @Test
    void reopeningAPastConsultationAsksFirst(FxRobot robot) throws Exception {
        robot.clickOn("#learnerName").write("Lim Mei Hua");
        add(robot, "ccna", "01/06/2024");
        chord(robot, KeyCode.S);
        waitUntil(() -> store.all().size() == 1);
        answer.set(Answer.DISCARD);
        chord(robot, KeyCode.N);
        assertThat(asked).as("a saved consultation is not asked about").isEmpty();

        robot.write("Tan Ah Kow");
        answer.set(Answer.CANCEL);
        robot.interact(() -> model.actions().open(store.all().get(0)));
        assertThat(asked).containsExactly("Tan Ah Kow");
        assertThat(model.readOnlyProperty().get()).isFalse();
        assertThat(learnerName()).isEqualTo("Tan Ah Kow");
    }

    @Test
    void ctrlPRecordsTheConsultationThenOpensThePreview(FxRobot robot) throws Exception {
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        add(robot, "ccna", "01/06/2024");
        waitUntil(() -> model.adviceProperty().get() != null && !model.adviceProperty().get().qualifications().isEmpty());

        chord(robot, KeyCode.P);

        waitUntil(() -> printed.size() == 1);
        assertThat(store.all()).hasSize(1);
        assertThat(store.all().get(0).learner().name()).isEqualTo("Tan Ah Kow");
        chord(robot, KeyCode.P);
        waitUntil(() -> printed.size() == 2);
        assertThat(store.all()).as("printed again, recorded once").hasSize(1);
    }

    @Test
    void aRemovedCredentialComesBackWithCtrlZOrUndo(FxRobot robot) throws Exception {
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        add(robot, "ccna", "01/06/2024");
        add(robot, "saa", "01/01/2023");
        robot.clickOn("#remove-cisco-ccna");
        waitUntil(() -> model.picker().entries().size() == 1);
        assertThat(robot.lookup("#removedNotice").query().isVisible()).isTrue();

        chord(robot, KeyCode.Z);

        assertThat(model.picker().entries()).extracting(e -> e.credential().id()).containsExactly("cisco-ccna",
                "aws-saa");
        assertThat(model.picker().entries().get(0).attainedOnProperty().get()).hasToString("2024-06-01");

        robot.clickOn("#remove-aws-saa");
        waitUntil(() -> model.picker().entries().size() == 1);
        robot.clickOn("#undoRemove");
        assertThat(model.picker().entries()).hasSize(2);
        assertThat(robot.lookup("#removedNotice").query().isVisible()).isFalse();
    }

    @Test
    void redrawingTheAdviceAfterAWhatIfLeavesTheFocusOffNew(FxRobot robot) throws Exception {
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        add(robot, "aipnd", "01/03/2025");
        waitUntil(() -> robot.lookup("#whatIf-aipnd-mltf-pml-udacity-mltf").tryQuery().isPresent());

        robot.clickOn("#whatIf-aipnd-mltf-pml-udacity-mltf");
        waitUntil(() -> robot.lookup("#entry-udacity-mltf").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#newConsultation").query().isFocused()).isFalse();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(learnerName()).as("one more Space wipes nothing").isEqualTo("Tan Ah Kow");
        assertThat(model.picker().entries()).hasSize(2);
    }

    @Test
    void clickingAModuleRightAfterTypingTheIntakeKeepsTheFocusOnThatModule(FxRobot robot) throws Exception {
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        add(robot, "ccna", "01/06/2024");
        waitUntil(() -> robot.lookup("#row-dip-idm-ict-dcn").tryQuery().isPresent());

        chord(robot, KeyCode.I);
        assertThat(robot.lookup("#intakeDate").queryAs(DatePicker.class).getEditor().isFocused()).isTrue();
        robot.write("01/04/2027");
        robot.clickOn("#row-dip-idm-ict-dcn");
        waitUntil(() -> model.header().intakeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> robot.lookup("#row-dip-idm-ict-dcn").query().isFocused());

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(learnerName()).isEqualTo("Tan Ah Kow");
        assertThat(robot.lookup("#newConsultation").query().isFocused()).isFalse();
    }

    @Test
    void enterOnACompleteDateGoesBackToTheSearch(FxRobot robot) throws Exception {
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        add(robot, "ccna", "01/06/2024");
        waitUntil(() -> robot.lookup("#credentialSearch").query().isFocused());
        robot.write("saa").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("31/06/2024").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#credentialSearch").query().isFocused()).as("a refused date stays").isFalse();
        robot.eraseText(10).write("01/01/2023").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#credentialSearch").query().isFocused());

        chord(robot, KeyCode.I);
        assertThat(robot.lookup("#intakeDate").queryAs(DatePicker.class).getEditor().isFocused()).isTrue();
        robot.write("01/04/2027").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#credentialSearch").query().isFocused()).isTrue();
        assertThat(model.header().intakeProperty().get()).hasToString("2027-04-01");

        assertThat(robot.lookup("#credentialSearch").queryAs(TextField.class).getText()).isEmpty();
    }
}
