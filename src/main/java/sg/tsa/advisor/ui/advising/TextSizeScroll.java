package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.ui.ScrollPanes;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * The window's content in a scroll pane that scrolls only when the text is enlarged past what the window holds:
 * at {@code s} % the content is never laid out smaller than a 1000×600 window is at 100 % (the smallest window
 * the layout is made for), scaled by {@code s}, so that larger text never clips a button; the window scrolls
 * instead, and follows the keyboard focus (decision record 0111).
 */
public final class TextSizeScroll {
    /** The smallest window the layout is made for at the normal text size (the stage's minimum size). */
    static final double WIDTH = 1000;
    static final double HEIGHT = 600;

    private TextSizeScroll() {
    }

    public static ScrollPane around(Region content, IntegerProperty textSize) {
        ScrollPane scroll = ScrollPanes.drawnDirectly(new ScrollPane(content));
        scroll.setId("windowScroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("edge-to-edge");
        size(content, textSize.get());
        textSize.addListener((obs, old, percent) -> size(content, percent.intValue()));
        scroll.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, focused) -> reveal(scroll, content, focused));
            }
        });
        return scroll;
    }

    private static void size(Region content, int percent) {
        double scale = TextSize.nearest(percent) / 100.0;
        // At the normal size or smaller the content fills the window as it always did, never scrolling.
        content.setMinSize(scale > 1 ? WIDTH * scale : 0, scale > 1 ? HEIGHT * scale : 0);
    }

    /** Scrolls just enough for the focused control to be in sight (a scroll pane does not on its own). */
    private static void reveal(ScrollPane scroll, Region content, Node focused) {
        if (focused == null || scroll.getViewportBounds() == null) {
            return;
        }
        Bounds in = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        if (in == null) {
            return;
        }
        Bounds view = scroll.getViewportBounds();
        double spareX = content.getWidth() - view.getWidth();
        double spareY = content.getHeight() - view.getHeight();
        if (spareX > 0) {
            double left = scroll.getHvalue() * spareX;
            if (in.getMinX() < left) {
                scroll.setHvalue(in.getMinX() / spareX);
            } else if (in.getMaxX() > left + view.getWidth()) {
                // a control wider than the window shows its start
                scroll.setHvalue(Math.min(1, Math.min(in.getMinX(), in.getMaxX() - view.getWidth()) / spareX));
            }
        }
        if (spareY > 0) {
            double top = scroll.getVvalue() * spareY;
            if (in.getMinY() < top) {
                scroll.setVvalue(in.getMinY() / spareY);
            } else if (in.getMaxY() > top + view.getHeight()) {
                scroll.setVvalue(Math.min(1, Math.min(in.getMinY(), in.getMaxY() - view.getHeight()) / spareY));
            }
        }
    }
}
