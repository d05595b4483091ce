package sg.tsa.advisor.ui.advising;

import javafx.stage.Stage;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.testing.Clipped;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/** The advising screen at 1024×640: no button cut to "…", no date cut off, no sideways scrolling of the advice. */
class SmallScreenTest extends ScreenTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    protected int[] size() {
        return new int[]{1024, 640};
    }

    @Test
    void buttonsAndDatesAreWholeAndTheAdviceDoesNotScrollSideways(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        robot.interact(() -> {
            model.header().learnerNameProperty().set("Tan Ah Kow");
            model.header().intakeProperty().set(LocalDate.of(2027, 4, 1));
            ScreenModels.add(model, "ccna", LocalDate.of(2024, 6, 1));
            ScreenModels.add(model, "saa", LocalDate.of(2022, 12, 1));
            ScreenModels.add(model, "aipnd", LocalDate.of(2025, 3, 1));
        });
        waitUntil(() -> robot.lookup("#row-dip-idm-ict-ccs-intake").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Clipped.in(robot)).isEmpty();
        Node results = robot.lookup("#results").query();
        assertThat(robot.from(results.getParent().getParent().getParent()).lookup((ScrollBar s) ->
                s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && s.isVisible()).tryQuery()).isEmpty();
    }
}
