package sg.tsa.advisor.testing;

import javafx.scene.Node;
import org.testfx.api.FxRobot;

import java.util.Optional;

/**
 * What the screen shows, for TestFX tests: a part of the advice that went may be kept hidden in the scene (so that it
 * comes back without being styled anew), so a lookup alone can find a node the counsellor does not see.
 */
public final class Shown {
    private Shown() {
    }

    /** The node {@code query} finds that is shown: visible, in visible parents. */
    public static Optional<Node> shown(FxRobot robot, String query) {
        return robot.lookup(query).match(Shown::visible).tryQuery();
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
