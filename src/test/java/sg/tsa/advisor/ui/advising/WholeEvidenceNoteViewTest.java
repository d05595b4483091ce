package sg.tsa.advisor.ui.advising;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/** An evidence note longer than its field (as a credential file writes one) is shown whole, wrapped, at 1024×640. */
class WholeEvidenceNoteViewTest extends ScreenTest {
    private static final String LONG = "UNVERIFIABLE · Credly badge, issued 30 Aug 2024, expires 30 Aug 2027, "
            + "not verifiable offline (aws-saa.png)";

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    protected int[] size() {
        return new int[]{1024, 640};
    }

    @Test
    void aNoteTooLongForItsFieldIsShownWholeBelowItAndInItsTooltip(FxRobot robot) throws Exception {
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        add(robot, "aws saa", "30/08/2024");
        robot.clickOn("#evidence-aws-saa").write("seen");
        WaitForAsyncUtils.waitForFxEvents();
        Label whole = robot.lookup("#evidenceWhole-aws-saa").queryAs(Label.class);
        assertThat(whole.isVisible()).as("a short note fits its field").isFalse();

        robot.write(", " + LONG);
        WaitForAsyncUtils.waitForFxEvents();

        String note = "seen, " + LONG;
        TextField field = robot.lookup("#evidence-aws-saa").queryAs(TextField.class);
        waitUntil(whole::isVisible);
        assertThat(whole.getText()).isEqualTo(note);
        assertThat(field.getTooltip().getText()).isEqualTo(note);
        Node card = robot.lookup("#entry-aws-saa").query();
        Bounds label = whole.localToScene(whole.getLayoutBounds());
        Bounds inCard = card.localToScene(card.getLayoutBounds());
        assertThat(label.getMaxX()).as("wrapped inside its card").isLessThanOrEqualTo(inCard.getMaxX());
        assertThat(label.getHeight()).as("on more than one line").isGreaterThan(field.getFont().getSize() * 2);
        assertThat(((javafx.scene.text.Text) whole.lookup(".text")).getText()).as("drawn whole, nothing elided")
                .isEqualTo(note);
    }
}
