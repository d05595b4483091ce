package sg.tsa.advisor.ui;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Background work on a small pool of daemon threads; results delivered on the FX Application Thread. */
public final class FxBackgroundExecutor implements BackgroundExecutor, AutoCloseable {
    private final ExecutorService pool;

    public FxBackgroundExecutor() {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (pool.isShutdown()) {
            // The window is closing: a control losing focus may still ask for a recompute, and nobody will see it.
            return;
        }
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
