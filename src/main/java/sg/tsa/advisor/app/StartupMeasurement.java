package sg.tsa.advisor.app;

import com.sun.javafx.perf.PerformanceTracker;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code --measure-startup}: waits for the first frame actually rendered, prints {@code startup-ms N} counted from
 * the JVM's start, and closes the application. JavaFX has no public "frame rendered" event; its own performance
 * tracker (used by JavaFX's tools, reachable on the class path) is the one hook that fires after rendering.
 */
final class StartupMeasurement {
    private StartupMeasurement() {
    }

    static void printAfterFirstFrame(Scene scene, PrintStream out) {
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        AtomicBoolean done = new AtomicBoolean();
        tracker.setOnRenderedFrameTask(() -> {
            if (done.compareAndSet(false, true)) {
                long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                out.println("startup-ms " + millis);
                out.flush();
                Platform.runLater(Platform::exit);
            }
        });
    }
}
