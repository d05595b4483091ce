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
     * {@code target} has the focus and that {@code drawn} now looks different (a ring drawn on or around it).
     */
    public static void assertVisible(FxRobot robot, Node away, Node target, Node drawn, String what) {
        Image before = focusAndSnapshot(robot, away, drawn);
        Image after = focusAndSnapshot(robot, target, drawn);
        assertThat(target.isFocused()).as(what + " has the focus").isTrue();
        assertThat(differ(before, after)).as(what + " looks different when focused").isTrue();
    }

    private static Image focusAndSnapshot(FxRobot robot, Node focus, Node drawn) {
        robot.interact(focus::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Image> image = new AtomicReference<>();
        robot.interact(() -> image.set(drawn.snapshot(null, null)));
        return image.get();
    }

    private static boolean differ(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return true;
        }
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
