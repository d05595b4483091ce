package sg.tsa.advisor.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once on the calling thread: for view-model tests that must be deterministic. */
public final class CurrentThreadExecutor implements BackgroundExecutor {
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
