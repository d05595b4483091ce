package sg.tsa.advisor.ui.catalogue.draft;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** {@link Debounce} on the FX Application Thread: the action runs after {@code quiet} without a new request. */
final class FxDebounce implements Debounce {
    private final PauseTransition pause;
    private Runnable waiting;

    FxDebounce(Duration quiet) {
        pause = new PauseTransition(quiet);
        pause.setOnFinished(e -> runWaiting());
    }

    @Override
    public void request(Runnable action) {
        waiting = action;
        pause.playFromStart();
    }

    /** Runs the waiting action now, if any (the window is closing). */
    void flush() {
        pause.stop();
        runWaiting();
    }

    private void runWaiting() {
        Runnable action = waiting;
        waiting = null;
        if (action != null) {
            action.run();
        }
    }
}
