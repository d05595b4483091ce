package sg.tsa.advisor.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds background work until the test runs it, as a background thread would take it later: to see that work was
 * handed over rather than done on the calling thread, or to deliver results out of order.
 */
public final class QueuedExecutor implements BackgroundExecutor {
    private final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        tasks.add(() -> new CurrentThreadExecutor().run(work, onSuccess, onFailure));
    }

    /** Runs the waiting work, oldest first, and whatever it hands over meanwhile; returns how much ran. */
    public int runAll() {
        int ran = 0;
        while (!tasks.isEmpty()) {
            tasks.removeFirst().run();
            ran++;
        }
        return ran;
    }

    /** Runs the waiting work newest first. */
    public void runNewestFirst() {
        while (!tasks.isEmpty()) {
            tasks.removeLast().run();
        }
    }
}
