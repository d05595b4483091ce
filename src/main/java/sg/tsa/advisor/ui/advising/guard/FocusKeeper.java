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
    /** How many more times to look for the replacement, one turn of the event queue apart, before the fallback. */
    private static final int ATTEMPTS = 20;

    private final Scene scene;
    private final Node fallback;
    private boolean restoring;
    /** True from the moment the focused control was taken out until the focus is given back. */
    private boolean lost;
    private String lostId;

    private final Node firstControl;

    private FocusKeeper(Scene scene, Node fallback, Node firstControl) {
        this.scene = scene;
        this.fallback = fallback;
        this.firstControl = firstControl;
    }

    /**
     * Watches {@code scene} from now on.
     *
     * @param firstControl the window's first control, where JavaFX puts a lost focus; focus given anywhere else in
     *                     the meantime (by the counsellor or on purpose by the screen) is left where it is
     */
    public static void install(Scene scene, Node fallback, Node firstControl) {
        FocusKeeper keeper = new FocusKeeper(scene, fallback, firstControl);
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
        }
    }

    private void restore() {
        restore(ATTEMPTS);
    }

    private void restore(int attemptsLeft) {
        if (!lost) {
            return;
        }
        Node owner = scene.getFocusOwner();
        if (owner != null && owner != firstControl) {
            lost = false;
            return;
        }
        Node replacement = lostId == null ? null : scene.lookup("#" + lostId);
        boolean found = replacement != null && replacement.isFocusTraversable() && !replacement.isDisabled()
                && replacement.isVisible();
        if (!found && attemptsLeft > 0) {
            // The advice may still be on its way from the background: look again after the next events.
            Platform.runLater(() -> restore(attemptsLeft - 1));
            return;
        }
        lost = false;
        Node target = found ? replacement : fallback;
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
