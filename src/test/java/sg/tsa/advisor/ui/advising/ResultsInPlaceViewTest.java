package sg.tsa.advisor.ui.advising;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;
import static sg.tsa.advisor.testing.Shown.shown;

/**
 * The advice is redrawn in place: a line the change does not touch stays the very same node (with its focus and
 * selection), a line whose outcome changed shows its new state and grows by the line it gained, and a line no longer
 * granted goes.
 */
class ResultsInPlaceViewTest extends ScreenTest {
    private static final String NOT_FOR_INTAKE = "Not granted for the intake on 1 Apr 2027";

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void aChangeRedrawsOnlyTheLinesWhoseOutcomeChanged(FxRobot robot) throws Exception {
        add(robot, "ccna", "01/06/2024");
        add(robot, "aws saa", "01/01/2023");
        waitUntil(() -> robot.lookup("#row-dip-idm-ict-ccs").tryQuery().isPresent());
        Node card = robot.lookup("#qualification-dip-idm-ict").query();
        Node holding = robot.lookup("#row-dip-idm-ict-dcn").query();
        Region lapsing = robot.lookup("#row-dip-idm-ict-ccs").queryAs(Region.class);
        assertThat(robot.from(lapsing).lookup(".exempted").tryQuery()).isPresent();
        assertThat(text(robot, "#headline-dip-idm-ict")).isEqualTo("2 modules exempted");
        double heightBefore = lapsing.getHeight();
        robot.clickOn(holding);
        waitUntil(() -> model.explanationProperty().get() != null);
        assertThat(holding.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("selected"));

        // The intake date makes the AWS module lapse before the intake; the CCNA module is untouched.
        robot.interact(() -> model.header().intakeProperty().set(LocalDate.of(2027, 4, 1)));
        waitUntil(() -> robot.lookup("#row-dip-idm-ict-ccs-intake").tryQuery().isPresent());

        assertThat((Object) robot.lookup("#row-dip-idm-ict-dcn").query()).isSameAs(holding);
        assertThat((Object) robot.lookup("#qualification-dip-idm-ict").query()).isSameAs(card);
        assertThat(holding.isFocused()).isTrue();
        assertThat(holding.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("selected"));
        assertThat((Object) robot.lookup("#row-dip-idm-ict-ccs").query()).isSameAs(lapsing);
        assertThat(robot.from(lapsing).lookup(".not-for-intake").tryQuery()).isPresent();
        assertThat(robot.from(lapsing).lookup(".exempted").tryQuery()).isEmpty();
        assertThat(text(robot, "#row-dip-idm-ict-ccs-intake")).isEqualTo(NOT_FOR_INTAKE);
        assertThat(text(robot, "#headline-dip-idm-ict"))
                .isEqualTo("2 modules exempted — 1 lapses before the April 2027 intake");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lapsing.getHeight()).as("the row measured again with its new line").isGreaterThan(heightBefore);

        // Without the AWS credential its module goes; the CCNA module is still the same node.
        CredentialEntry aws = model.picker().entries().stream()
                .filter(e -> e.credential().id().equals("aws-saa")).findFirst().orElseThrow();
        robot.interact(() -> model.picker().remove(aws));
        waitUntil(() -> shown(robot, "#row-dip-idm-ict-ccs").isEmpty());
        assertThat((Object) robot.lookup("#row-dip-idm-ict-dcn").query()).isSameAs(holding);
        assertThat(text(robot, "#headline-dip-idm-ict")).isEqualTo("1 module exempted");
    }

    @Test
    void aRowThatGoesAndComesBackIsShownAgainWithItsOutcomeAsItIsNow(FxRobot robot) throws Exception {
        add(robot, "ccna", "01/06/2024");
        add(robot, "aws saa", "01/01/2023");
        waitUntil(() -> shown(robot, "#row-dip-idm-ict-ccs").isPresent());
        Region row = robot.lookup("#row-dip-idm-ict-ccs").queryAs(Region.class);
        assertThat(robot.from(row).lookup(".exempted").tryQuery()).isPresent();

        robot.interact(() -> model.picker().remove(model.picker().entries().stream()
                .filter(e -> e.credential().id().equals("aws-saa")).findFirst().orElseThrow()));
        waitUntil(() -> shown(robot, "#row-dip-idm-ict-ccs").isEmpty());
        // While the row is away, the intake date makes the AWS module lapse before the intake.
        robot.interact(() -> model.header().intakeProperty().set(LocalDate.of(2027, 4, 1)));
        add(robot, "aws saa", "01/01/2023");
        waitUntil(() -> shown(robot, "#row-dip-idm-ict-ccs-intake").isPresent());

        assertThat((Object) robot.lookup("#row-dip-idm-ict-ccs").query()).as("the same node, shown again").isSameAs(row);
        assertThat(robot.from(row).lookup(".not-for-intake").tryQuery()).isPresent();
        assertThat(robot.from(row).lookup(".exempted").tryQuery()).isEmpty();
        assertThat(text(robot, "#row-dip-idm-ict-ccs-intake")).isEqualTo(NOT_FOR_INTAKE);
        assertThat(text(robot, "#headline-dip-idm-ict"))
                .isEqualTo("2 modules exempted — 1 lapses before the April 2027 intake");
    }
}
