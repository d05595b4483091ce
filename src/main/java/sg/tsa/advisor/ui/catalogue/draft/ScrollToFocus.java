package sg.tsa.advisor.ui.catalogue.draft;

import sg.tsa.advisor.ui.Nodes;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Keeps the focused control of a scroll pane's content in view, so that Tab through a long form never hides it. */
final class ScrollToFocus {
    private ScrollToFocus() {
    }

    static ScrollPane install(ScrollPane scroll) {
        scroll.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, before, focused) -> reveal(scroll, focused));
            }
        });
        return scroll;
    }

    private static void reveal(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null || !Nodes.isInside(focused, content)) {
            return;
        }
        Bounds node = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (node.getMinY() < top) {
            scroll.setVvalue(node.getMinY() / (contentHeight - viewport));
        } else if (node.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, (node.getMaxY() - viewport) / (contentHeight - viewport)));
        }
    }
}
