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
    /** True from the moment the focused control was taken out until the focus is given back. */
    private boolean lost;
    private String lostId;

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
        if (restoring) {
            return;
        }
        if (old != null && !attached(old)) {
            // The focused control was taken out; JavaFX leaves the focus nowhere, then gives it to the window's
            // first control at a later pulse. The replacement is usually drawn in the same pulse.
            lostId = old.getId();
            lost = true;
            Platform.runLater(this::restore);
        } else if (old == null && lost) {
            Platform.runLater(this::restore);
        } else {
            lost = false; // the counsellor has put the focus somewhere since
        }
    }

    private void restore() {
        if (!lost) {
            return;
        }
        lost = false;
        Node replacement = lostId == null ? null : scene.lookup("#" + lostId);
        Node target = replacement != null && replacement.isFocusTraversable() && !replacement.isDisabled()
                && replacement.isVisible() ? replacement : fallback;
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
