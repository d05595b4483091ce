package sg.tsa.advisor.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the FX Application Thread and hands the result back to it. The one way the user
 * interface does database, file, PDF and engine work: view models take this interface, the application gives
 * them {@link FxBackgroundExecutor}, tests give them a same-thread executor for deterministic runs.
 */
public interface BackgroundExecutor {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the FX Application
     * Thread.
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
