package sg.tsa.advisor.ui.advising;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.app.Styles;
import sg.tsa.advisor.testing.FocusRing;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/** Every control the keyboard reaches shows where the focus is, in both themes; "Why?" is reached and scrolled by keys. */
class FocusRingViewTest extends ScreenTest {
    @Override
    protected int[] size() {
        // Short enough that "Why?" for a module does not fit and must scroll.
        return new int[]{1280, 600};
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void buttonsTabsAndWhyShowAFocusRingInTheLightAndTheDarkTheme(FxRobot robot) throws Exception {
        add(robot, "ccna", "01/06/2024");
        waitUntil(() -> robot.lookup("#remove-cisco-ccna").tryQuery().isPresent());
        Node away = robot.lookup("#learnerName").query();
        Node tabs = robot.lookup("#tabs").query();
        Node tabHeader = robot.lookup("#tabs .tab").query(); // Advice, the selected tab
        Node why = robot.lookup(".explanation-pane").query();
        for (boolean dark : new boolean[]{false, true}) {
            robot.interact(() -> Styles.applyTheme(dark));
            WaitForAsyncUtils.waitForFxEvents();
            String theme = dark ? " (dark)" : " (light)";
            for (String id : List.of("#remove-cisco-ccna", "#darkTheme", "#about", "#newConsultation")) {
                Node button = robot.lookup(id).query();
                FocusRing.assertVisible(robot, away, button, button, id + theme);
            }
            FocusRing.assertVisible(robot, away, tabs, tabHeader, "the selected tab header" + theme);
            FocusRing.assertVisible(robot, away, why, why, "Why?" + theme);
        }
        robot.interact(() -> Styles.applyTheme(false));
    }

    @Test
    void altWReachesWhyAndTheArrowAndPageKeysScrollIt(FxRobot robot) throws Exception {
        add(robot, "ccna", "01/06/2024");
        robot.clickOn("#row-dip-idm-ict-dcn");
        waitUntil(() -> robot.lookup("#explanationVerdict").tryQuery().isPresent());
        ScrollPane why = robot.lookup(".explanation-pane").queryAs(ScrollPane.class);
        assertThat(why.isFocusTraversable()).as("Tab stops at Why?").isTrue();
        assertThat(why.getContent().getBoundsInLocal().getHeight())
                .as("the explanation is taller than its pane").isGreaterThan(why.getViewportBounds().getHeight());
        assertThat(why.getVvalue()).isZero();

        robot.press(KeyCode.ALT, KeyCode.W).release(KeyCode.W, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(why.isFocused()).as("Alt+W focuses Why?").isTrue();

        robot.type(KeyCode.DOWN);
        waitUntil(() -> why.getVvalue() > 0);
        double afterDown = why.getVvalue();
        robot.type(KeyCode.PAGE_DOWN);
        waitUntil(() -> why.getVvalue() > afterDown);
        robot.type(KeyCode.PAGE_UP);
        robot.type(KeyCode.UP);
        waitUntil(() -> why.getVvalue() == 0);
        assertThat(why.isFocused()).as("scrolling keeps the focus on Why?").isTrue();
    }
}
