package sg.tsa.advisor.ui.advising;

import javafx.stage.Stage;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;
import static sg.tsa.advisor.testing.Shown.shown;

/** Dates typed as people say them, and a date that is not one, with real key events. */
class TypedDatesViewTest extends ScreenTest {
    private final java.util.List<PrintRequest> printed = new java.util.ArrayList<>();

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    protected void beforeShow(AdvisingViewModel model) {
        model.onPrintProperty().set(printed::add);
    }




    private static void retype(FxRobot robot, String field, String text) {
        robot.doubleClickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDateThatDoesNotExistStaysAsTypedIsNotCountedAndStopsTheSaveWithTheCaretInIt(FxRobot robot)
            throws Exception {
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        add(robot, "ccna", "01/06/2024");
        waitUntil(() -> robot.lookup("#row-dip-idm-ict-dcn").tryQuery().isPresent());

        retype(robot, "#attained-cisco-ccna", "31/06/2024");

        DatePicker field = robot.lookup("#attained-cisco-ccna").queryAs(DatePicker.class);
        assertThat(field.getEditor().getText()).isEqualTo("31/06/2024");
        assertThat(field.getPseudoClassStates()).contains(DateFields.INVALID);
        assertThat(field.getValue()).isNull();
        waitUntil(() -> shown(robot, "#row-dip-idm-ict-dcn").isEmpty());
        assertThat(text(robot, "#standing-cisco-ccna")).startsWith("\"31/06/2024\" is not a date (June 2024 has 30 days)");
        assertThat(text(robot, "#dateNeeded-cisco-ccna"))
                .startsWith("Cisco Certified Network Associate (CCNA): \"31/06/2024\" is not a date");

        robot.clickOn("#learnerName");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.all()).isEmpty();
        assertThat(text(robot, "#problem")).startsWith("Cisco Certified Network Associate (CCNA): \"31/06/2024\"");
        Node focused = stage.getScene().getFocusOwner();
        assertThat(focused == field || focused == field.getEditor()).as("focus on the refused date").isTrue();
        assertThat(field.getEditor().getText()).isEqualTo("31/06/2024");

        retype(robot, "#attained-cisco-ccna", "1.6.24");
        waitUntil(() -> robot.lookup("#row-dip-idm-ict-dcn").tryQuery().isPresent());
        assertThat(field.getValue()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(field.getPseudoClassStates()).doesNotContain(DateFields.INVALID);
        assertThat(shown(robot, "#datesNeeded")).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> store.all().size() == 1);
    }

    @Test
    void aMonthAloneIsTakenAsItsFirstDayAndTheCardSaysSo(FxRobot robot) throws Exception {
        add(robot, "ccna", "Jun 2024");

        waitUntil(() -> robot.lookup("#row-dip-idm-ict-dcn").tryQuery().isPresent());
        DatePicker field = robot.lookup("#attained-cisco-ccna").queryAs(DatePicker.class);
        assertThat(field.getValue()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(field.getEditor().getText()).isEqualTo("06/2024");
        waitUntil(() -> text(robot, "#standing-cisco-ccna").startsWith("June 2024, taken as 1 Jun 2024. Counts"));
        assertThat(text(robot, "#standing-cisco-ccna"))
                .isEqualTo("June 2024, taken as 1 Jun 2024. Counts until 1 Jun 2028");
    }

    @Test
    void anIntakeThatIsNotADateKeepsItsTextAndIsNotUsed(FxRobot robot) throws Exception {
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        add(robot, "aws saa", "01/01/2023");
        robot.clickOn("#intakeDate").write("01/04/2027").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#row-dip-idm-ict-ccs-intake").tryQuery().isPresent());

        retype(robot, "#intakeDate", "1/4/27x");

        DatePicker intake = robot.lookup("#intakeDate").queryAs(DatePicker.class);
        assertThat(intake.getEditor().getText()).isEqualTo("1/4/27x");
        assertThat(intake.getPseudoClassStates()).contains(DateFields.INVALID);
        waitUntil(() -> robot.lookup("#row-dip-idm-ict-ccs-intake").tryQuery().isEmpty());
        assertThat(text(robot, "#problem")).startsWith("Intake date: \"1/4/27x\" is not a date");
        robot.clickOn("#learnerName");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.all()).isEmpty();
        assertThat(focusIsIn(intake)).as("Ctrl+S sends the caret to the refused intake date").isTrue();
        assertThat(intake.getEditor().getSelectedText()).isEqualTo("1/4/27x");

        robot.clickOn("#learnerName");
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.all()).isEmpty();
        assertThat(focusIsIn(intake)).as("Ctrl+P too").isTrue();
        assertThat(printed).isEmpty();

        // an intake that is a date but not after the assessment date
        robot.write("01/11/2026").type(KeyCode.ENTER);
        robot.clickOn("#learnerName");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.all()).isEmpty();
        assertThat(text(robot, "#problem")).startsWith("The intake date 1 Nov 2026 must be after the assessment date");
        assertThat(focusIsIn(intake)).isTrue();
    }

    @Test
    void aMissingOrRefusedAssessmentDateStopsTheSaveWithTheCaretInIt(FxRobot robot) throws Exception {
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        add(robot, "ccna", "01/06/2024");
        DatePicker asOf = robot.lookup("#asOfDate").queryAs(DatePicker.class);

        robot.doubleClickOn("#asOfDate").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asOf.getValue()).isNull();
        robot.clickOn("#learnerName");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.all()).isEmpty();
        assertThat(text(robot, "#problem")).isEqualTo("Enter the assessment date.");
        assertThat(focusIsIn(asOf)).as("Ctrl+S sends the caret to the empty assessment date").isTrue();

        robot.write("28/13/2026").type(KeyCode.ENTER);
        robot.clickOn("#learnerName");
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.all()).isEmpty();
        assertThat(text(robot, "#problem")).startsWith("Assessment date: \"28/13/2026\" is not a date");
        assertThat(focusIsIn(asOf)).as("Ctrl+P sends the caret to the refused assessment date").isTrue();
        assertThat(printed).isEmpty();
        assertThat(asOf.getEditor().getText()).isEqualTo("28/13/2026");

        retype(robot, "#asOfDate", "28/11/2026");
        robot.clickOn("#learnerName");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> store.all().size() == 1);
    }

    private boolean focusIsIn(DatePicker field) {
        Node focused = stage.getScene().getFocusOwner();
        return focused == field || focused == field.getEditor();
    }
}
