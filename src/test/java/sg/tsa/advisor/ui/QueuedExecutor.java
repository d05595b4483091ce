package sg.tsa.advisor.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds background work until the test says: to run the steps of a piece of work one by one, or to deliver
 * results out of order. Each task runs on the calling thread when released.
 */
public final class QueuedExecutor implements BackgroundExecutor {
    private final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        tasks.add(() -> new CurrentThreadExecutor().run(work, onSuccess, onFailure));
    }

    /** Runs the oldest task waiting. */
    public void runNext() {
        tasks.removeFirst().run();
    }

    /** Runs every task, oldest first, including those the tasks queue meanwhile; returns how many ran. */
    public int runAll() {
        int ran = 0;
        while (!tasks.isEmpty()) {
            runNext();
            ran++;
        }
        return ran;
    }

    /** Runs every task, newest first. */
    public void runNewestFirst() {
        while (!tasks.isEmpty()) {
            tasks.removeLast().run();
        }
    }
}
