package sg.tsa.advisor.ui.advising.guard;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Keeps the keyboard focus where the counsellor put it when the screen redraws. When the focused control is taken
 * out of the scene (the advice is rebuilt after every recompute), JavaFX hands the focus to the first control of
 * the window (the New button, where one more Space would wipe the consultation). This gives it instead to the
 * control drawn in its place (the one with the same id), else to {@code fallback}.
 */
public final class FocusKeeper {
    private final Scene scene;
    private final Node fallback;
    private boolean restoring;

    private FocusKeeper(Scene scene, Node fallback) {
        this.scene = scene;
        this.fallback = fallback;
    }

    /** Watches {@code scene} from now on. */
    public static void install(Scene scene, Node fallback) {
        FocusKeeper keeper = new FocusKeeper(scene, fallback);
        scene.focusOwnerProperty().addListener((obs, old, now) -> keeper.moved(old, now));
    }

    private void moved(Node old, Node now) {
        if (restoring || old == null || attached(old)) {
            return;
        }
        String id = old.getId();
        // The replacement is usually drawn in the same pulse, sometimes just after: look once it is there.
        Platform.runLater(() -> restore(id, now));
    }

    private void restore(String id, Node movedTo) {
        if (scene.getFocusOwner() != movedTo && scene.getFocusOwner() != null) {
            return; // the counsellor (or the program, on purpose) has moved the focus since
        }
        Node replacement = id == null ? null : scene.lookup("#" + id);
        Node target = replacement != null && replacement.isFocusTraversable() && !replacement.isDisabled()
                ? replacement : fallback;
        restoring = true;
        try {
            target.requestFocus();
        } finally {
            restoring = false;
        }
    }

    private boolean attached(Node node) {
        if (node.getScene() != scene) {
            return false;
        }
        Node at = node;
        Parent parent = node.getParent();
        while (parent != null) {
            at = parent;
            parent = parent.getParent();
        }
        return at == scene.getRoot();
    }
}
