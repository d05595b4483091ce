package sg.tsa.advisor.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * On a screen up to 1440 pixels wide the window fills the work area as a normal window, never a maximized one:
 * under openbox a maximized window with the focus had its dialogs (Save / Discard / Cancel from New or Ctrl+N,
 * "Delete learner…") opened at the screen's corner with their title bars above the screen (decision record 0116).
 */
class ScreenFillingTest extends WholeAppTest {
    @Test
    void onASmallScreenTheWindowFillsTheWorkAreaWithoutBeingMaximized() throws Exception {
        Rectangle2D area = WaitForAsyncUtils.asyncFx(() -> Screen.getPrimary().getVisualBounds()).get();
        assertThat(area.getWidth()).as("the headless screen is a small one").isLessThanOrEqualTo(1440);

        startApp();
        Stage window = WaitForAsyncUtils.asyncFx(() -> (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Exemption Advisor".equals(s.getTitle())).findFirst()
                .orElseThrow()).get();

        waitUntil(() -> window.getWidth() == area.getWidth() && window.getHeight() == area.getHeight());
        assertThat(window.isMaximized()).isFalse();
        assertThat(window.getX()).isEqualTo(area.getMinX());
        assertThat(window.getY()).isEqualTo(area.getMinY());
    }
}
