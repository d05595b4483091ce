package sg.tsa.advisor.testing;

import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a control visibly changes when it takes the focus: its picture unfocused against its picture focused. */
public final class FocusRing {
    private FocusRing() {
    }

    /**
     * Moves the focus to {@code away}, takes a picture of {@code drawn}, focuses {@code target} and asserts that
     * {@code target} has the focus and that {@code drawn} now shows a ring on or around it.
     */
    public static void assertVisible(FxRobot robot, Node away, Node target, Node drawn, String what) {
        Image before = focusAndSnapshot(robot, away, drawn);
        Image after = focusAndSnapshot(robot, target, drawn);
        assertThat(target.isFocused()).as(what + " has the focus").isTrue();
        assertThat(ringed(before, after)).as(what + " shows a ring when focused").isTrue();
    }

    private static Image focusAndSnapshot(FxRobot robot, Node focus, Node drawn) {
        robot.interact(focus::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Image> image = new AtomicReference<>();
        robot.interact(() -> image.set(drawn.snapshot(null, null)));
        return image.get();
    }

    /**
     * Counts the pixels that changed, with the unfocused picture centred in the focused one (a ring drawn outside the
     * control makes the picture larger): a visible ring changes at least half the control's outline, a mere
     * anti-aliasing change at the corners a few pixels.
     */
    private static boolean ringed(Image before, Image after) {
        int dx = (int) (after.getWidth() - before.getWidth()) / 2;
        int dy = (int) (after.getHeight() - before.getHeight()) / 2;
        PixelReader pb = before.getPixelReader();
        PixelReader pa = after.getPixelReader();
        int changed = 0;
        for (int y = 0; y < (int) after.getHeight(); y++) {
            for (int x = 0; x < (int) after.getWidth(); x++) {
                int bx = x - dx;
                int by = y - dy;
                boolean inside = bx >= 0 && by >= 0 && bx < before.getWidth() && by < before.getHeight();
                int old = inside ? pb.getArgb(bx, by) : 0;
                if (pa.getArgb(x, y) != old) {
                    changed++;
                }
            }
        }
        return changed >= (int) (before.getWidth() + before.getHeight());
    }
}
