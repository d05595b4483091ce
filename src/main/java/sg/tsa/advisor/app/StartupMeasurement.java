package sg.tsa.advisor.app;

import com.sun.javafx.perf.PerformanceTracker;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code --measure-startup}: waits for the first frame actually rendered, prints {@code startup-ms N} counted from
 * the JVM's start, and closes the application once its start is over too (the database is opened after that frame,
 * decision 0145), so that no write of the start is cut off. JavaFX has no public "frame rendered" event; its own
 * performance tracker (used by JavaFX's tools, reachable on the class path) is the one hook that fires after
 * rendering.
 */
final class StartupMeasurement {
    private StartupMeasurement() {
    }

    /** @param startOver completed when the application's start is over; the application closes after both */
    static void printAfterFirstFrame(Scene scene, PrintStream out, CompletionStage<?> startOver) {
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        AtomicBoolean done = new AtomicBoolean();
        tracker.setOnRenderedFrameTask(() -> {
            if (done.compareAndSet(false, true)) {
                long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                out.println("startup-ms " + millis);
                out.flush();
                startOver.thenRun(() -> Platform.runLater(Platform::exit));
            }
        });
    }
}
