package sg.tsa.advisor.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Scroll panes whose content changes as the counsellor works. JavaFX's scroll pane skin draws its viewport through
 * a cache image (meant to make scrolling a blit): any change inside, a credential added or one row of advice
 * redrawn, then draws the whole viewport again into that image before the frame. Without a graphics card (the
 * software renderer) that was most of the render thread's work on each change of the advice, with the window's own
 * scroll pane around everything (decision 0141). Drawn directly, only the parts that changed are drawn again.
 */
public final class ScrollPanes {
    private ScrollPanes() {
    }

    /** Makes {@code scroll} draw its content directly, without the viewport's cache image, whatever its skin. */
    public static <T extends ScrollPane> T drawnDirectly(T scroll) {
        scroll.skinProperty().addListener((obs, old, skin) -> uncache(scroll));
        uncache(scroll);
        return scroll;
    }

    private static void uncache(ScrollPane scroll) {
        if (scroll.getSkin() != null) {
            for (Node viewport : scroll.lookupAll(".viewport")) {
                if (viewport.getParent() == scroll) {
                    viewport.setCache(false);
                }
            }
        }
    }
}
