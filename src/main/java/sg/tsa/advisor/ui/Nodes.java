package sg.tsa.advisor.ui;

import javafx.scene.Node;

/** Where a node stands in the scene graph. */
public final class Nodes {
    private Nodes() {
    }

    /** Whether {@code node} is {@code ancestor} or lies inside it; false for a null node. */
    public static boolean isInside(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
