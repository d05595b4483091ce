package sg.tsa.advisor.ui.advising;

import javafx.stage.Stage;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import sg.tsa.advisor.report.TextReport;
import sg.tsa.advisor.summary.PdfText;
import sg.tsa.advisor.summary.SummaryPdf;
import sg.tsa.advisor.summary.SummaryRequest;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * An exemption granted today that lapses before the planned intake: the screen (the module, its Why? and the
 * credential card), the printed summary and the text report say the same words. Typed with real key events.
 */
class OneTruthViewTest extends ScreenTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static final String NOT_FOR_INTAKE = "Not granted for the intake on 1 Apr 2027";
    private static final String HEADLINE = "2 modules exempted — 1 lapses before the April 2027 intake";




    @Test
    void anExemptionLapsingBeforeTheIntakeReadsTheSameOnScreenOnThePageAndInTheReport(FxRobot robot)
            throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        robot.clickOn("#intakeDate").write("01/04/2027").type(KeyCode.ENTER);
        add(robot, "ccna", "01/06/2024");
        add(robot, "aws saa", "01/01/2023");
        waitUntil(() -> robot.lookup("#row-dip-idm-ict-ccs-intake").tryQuery().isPresent());

        // the module that lapses: its own state, not the green of one that holds, with the summary's words
        Node lapsing = robot.lookup("#row-dip-idm-ict-ccs").query();
        assertThat(robot.from(lapsing).lookup(".not-for-intake").tryQuery()).isPresent();
        assertThat(robot.from(lapsing).lookup(".exempted").tryQuery()).isEmpty();
        assertThat(text(robot, "#row-dip-idm-ict-ccs-intake")).isEqualTo(NOT_FOR_INTAKE);
        Node holding = robot.lookup("#row-dip-idm-ict-dcn").query();
        assertThat(robot.from(holding).lookup(".exempted").tryQuery()).isPresent();
        assertThat(robot.lookup("#row-dip-idm-ict-dcn-intake").tryQuery()).isEmpty();
        // the qualification's headline, and the credential card
        assertThat(text(robot, "#headline-dip-idm-ict")).isEqualTo(HEADLINE);
        assertThat(text(robot, "#standing-aws-saa")).isEqualTo("Counts until 1 Jan 2027, not for the intake on 1 Apr 2027");
        assertThat(robot.lookup("#standing-aws-saa").query().getStyleClass()).contains("warning")
                .doesNotContain("success");
        assertThat(text(robot, "#standing-cisco-ccna")).isEqualTo("Counts until 1 Jun 2028");
        // Why?
        robot.clickOn("#row-dip-idm-ict-ccs");
        waitUntil(() -> robot.lookup("#explanationVerdict").tryQuery().isPresent());
        assertThat(text(robot, "#explanationVerdict")).isEqualTo("Exempted today only. " + NOT_FOR_INTAKE + ".");

        // the printed summary and the text report of the same consultation
        var advice = model.adviceProperty().get();
        var catalogue = model.catalogueProperty().get();
        String pdf = PdfText.of(SummaryPdf.create(new SummaryRequest(catalogue, advice, "Tan Ah Kow", "Mei Ling",
                LocalDateTime.of(2026, 11, 28, 10, 0))));
        assertThat(pdf).contains(HEADLINE, "Cloud Computing & Security ⚠ " + NOT_FOR_INTAKE);
        String report = TextReport.render(catalogue, advice);
        assertThat(report).contains("  " + HEADLINE + "\n", "      " + NOT_FOR_INTAKE + "\n");
    }
}
