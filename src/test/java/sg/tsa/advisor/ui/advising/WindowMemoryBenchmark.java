package sg.tsa.advisor.ui.advising;

import com.sun.javafx.perf.PerformanceTracker;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import sg.tsa.advisor.app.Styles;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.bench.SyntheticCatalogue;
import sg.tsa.advisor.ui.FxBackgroundExecutor;
import sg.tsa.advisor.ui.advising.history.InMemoryConsultations;

import javax.management.ObjectName;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * Run by hand (never by the build) for the README's window figures: the real window (under Xvfb) on the synthetic
 * 20,000-rule catalogue, 10 credentials held with an intake date, then an 11th credential toggled 250 times, each
 * toggle waiting for its advice and the next frame rendered. Prints the process's resident set size (VmRSS) after
 * the catalogue is shown, after 20 toggles and after 250, with the heap in use and the time spent in GC; then the
 * time from each toggle to the next frame rendered (median, 99th percentile) and the FX thread's CPU time and
 * allocation per toggle (fairer than elapsed time on a loaded machine); last, the live set: the heap in use after a
 * full collection, with the catalogue, its engine and the window still held. Give it the JVM options to compare,
 * e.g. the packaged launcher's ({@code java_options} in {@code packaging/jpackage.sh}, but its CDS archive):
 * {@code xvfb-run -a java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m -Xms32m -XX:MinHeapFreeRatio=20
 * -XX:MaxHeapFreeRatio=40 -XX:TrimNativeHeapInterval=5000 -Dprism.disableRegionCaching=true -cp <test class path>
 * sg.tsa.advisor.ui.advising.WindowMemoryBenchmark}
 * With {@code -XX:NativeMemoryTracking=summary} it also prints the JVM's native memory summary at the end, and with
 * {@code -Dbench.histogram=true} the heap's largest classes; with {@code -Dbench.smaps=true} the process's memory
 * as the kernel counts it ({@code /proc/self/smaps_rollup}), for what lies outside the JVM's own accounting.
 * <p>
 * {@code -Dbench.rules=80000} takes the synthetic catalogue with that many rules (20,000 unless given). With
 * {@code -Dbench.data=DIR} the window reads the catalogue as the application does, from the active edition of the
 * SQLite database in the data folder {@code DIR}, kept open while the window runs; when {@code DIR} holds no
 * database yet, the synthetic catalogue is imported there first (that run's figures include the import: run again).
 */
public final class WindowMemoryBenchmark {
    private static final Set<Integer> REPORTED = Set.of(20, 250);
    private static final int TOGGLES = 250;
    /** The first toggles are left out of the frame times: the JIT compilers are still at work. */
    private static final int WARM_UP = 20;
    private static final int RULES = Integer.getInteger("bench.rules", 20_000);
    private static final String DATA = System.getProperty("bench.data");

    private WindowMemoryBenchmark() {
    }

    public static void main(String[] args) {
        // A main class extending Application would need JavaFX as modules on a class-path launch.
        Application.launch(Window.class, args);
    }

    /** The window and its toggles. */
    public static final class Window extends Application {

        private final FxBackgroundExecutor background = new FxBackgroundExecutor();
        private final long[] frameNanos = new long[TOGGLES];
        private final long[] fxCpuNanos = new long[TOGGLES];
        private final long[] fxAllocated = new long[TOGGLES];
        private final com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        private AdvisingViewModel model;
        /** The data folder's database, open while the window runs (with {@code -Dbench.data}). */
        private volatile Storage storage;
        private CredentialEntry toggled;
        private int toggles;
        private long fxThread;
        private long toggledAt;
        private long cpuAtToggle;
        private long allocatedAtToggle;
        /** 0 waiting for the advice, 1 advice shown and waiting for its layout, 2 for the frame, 3 frame drawn. */
        private volatile int step;
        private int pulsesWithoutFrame;

        @Override
        public void start(Stage stage) {
            fxThread = Thread.currentThread().getId();
            Styles.applyTheme(false);
            InMemoryConsultations store = new InMemoryConsultations(Clock.systemUTC());
            model = new AdvisingViewModel(background, () -> LocalDate.of(2026, 11, 28), "Benchmark", store, store);
            Scene scene = new Scene(new AdvisingView(model), 1366, 768);
            scene.getStylesheets().add(Styles.APPLICATION);
            stage.setScene(scene);
            stage.show();
            // Once the screen has taken the catalogue in whole (the picker takes it after this property changes).
            model.catalogueProperty().addListener((obs, old, loaded) -> Platform.runLater(() -> hold(loaded, scene)));
            if (DATA == null) {
                Catalogue catalogue = SyntheticCatalogue.generate("synthetic-1", 42L, size());
                model.load(() -> catalogue);
            } else {
                model.load(() -> { // in the background, as the application opens its database
                    storage = openData(Path.of(DATA));
                    return storage.catalogues().activeCatalogue();
                });
            }
        }

        private static SyntheticCatalogue.Size size() {
            SyntheticCatalogue.Size size = SyntheticCatalogue.Size.BENCHMARK;
            return new SyntheticCatalogue.Size(size.qualifications(), size.modulesPerQualification(),
                    size.credentials(), RULES);
        }

        /** The data folder, with the synthetic catalogue imported and active the first time. */
        private static Storage openData(Path data) {
            boolean fresh = !Files.exists(data.resolve(Storage.DATABASE_FILE));
            Storage storage = Storage.open(data, Clock.systemUTC());
            if (fresh) {
                storage.catalogues().importCatalogue(SyntheticCatalogue.generate("synthetic-1", 42L, size()));
                System.out.println("imported the synthetic catalogue into " + data + ": this run's figures include "
                        + "the import, run again");
            }
            return storage;
        }

        private void hold(Catalogue catalogue, Scene scene) {
            model.header().intakeProperty().set(LocalDate.of(2027, 4, 1));
            for (int i = 0; i < 10; i++) {
                CredentialEntry entry = model.picker().add(catalogue.credential("cred-" + (i * 37)).orElseThrow());
                entry.attainedOnProperty().set(LocalDate.of(2024, 1, 1));
            }
            // The advice listener runs between pulses; the pulse after it lays the new rows out, then renders them.
            model.adviceProperty().addListener((obs, old, advice) -> {
                if (toggles > 0 && advice.held().size() == (toggled == null ? 10 : 11)) {
                    step = 1; // this toggle's advice, not an earlier one overtaken
                }
            });
            scene.addPostLayoutPulseListener(() -> {
                if (step == 1) {
                    step = 2;
                }
            });
            PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
                if (step == 2 && toggles > 0) {
                    frameNanos[toggles - 1] = System.nanoTime() - toggledAt;
                    step = 3;
                }
            });
            System.out.printf("catalogue: %d rules%s%n", catalogue.rules().size(),
                    DATA == null ? ", generated in this JVM" : ", read from the database in " + DATA);
            report("catalogue shown, 10 held");
            step = 3;
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (step == 2 && toggles > 0 && ++pulsesWithoutFrame > 3) {
                        frameNanos[toggles - 1] = System.nanoTime() - toggledAt; // laid out, nothing to draw
                        step = 3;
                    }
                    if (step != 3) {
                        return; // the previous toggle's advice is still being computed or drawn
                    }
                    pulsesWithoutFrame = 0;
                    if (toggles > 0) {
                        fxCpuNanos[toggles - 1] = threads.getThreadCpuTime(fxThread) - cpuAtToggle;
                        fxAllocated[toggles - 1] = threads.getThreadAllocatedBytes(fxThread) - allocatedAtToggle;
                    }
                    if (REPORTED.contains(toggles)) {
                        report("after " + toggles + " toggles");
                    }
                    if (toggles == TOGGLES) {
                        stop();
                        summary();
                        background.close();
                        if (storage != null) {
                            storage.close();
                        }
                        Platform.exit();
                        return;
                    }
                    step = 0;
                    toggle(catalogue);
                }
            }.start();
        }

        private void toggle(Catalogue catalogue) {
            toggledAt = System.nanoTime();
            cpuAtToggle = threads.getThreadCpuTime(fxThread);
            allocatedAtToggle = threads.getThreadAllocatedBytes(fxThread);
            if (toggled == null) {
                toggled = model.picker().add(catalogue.credential("cred-999").orElseThrow());
                toggled.attainedOnProperty().set(LocalDate.of(2025, 6, 1));
            } else {
                model.picker().remove(toggled);
                toggled = null;
            }
            toggles++;
        }

        private void summary() {
            long[] frames = Arrays.copyOfRange(frameNanos, WARM_UP, TOGGLES);
            long[] cpu = Arrays.copyOfRange(fxCpuNanos, WARM_UP, TOGGLES);
            long[] allocated = Arrays.copyOfRange(fxAllocated, WARM_UP, TOGGLES);
            System.out.printf("toggle -> next frame over %d toggles: median %.1f ms, 99th percentile %.1f ms%n",
                    frames.length, percentile(frames, 0.5) / 1e6, percentile(frames, 0.99) / 1e6);
            System.out.printf("FX thread per toggle: CPU median %.1f ms, 99th percentile %.1f ms; allocated median "
                    + "%.1f MB%n", percentile(cpu, 0.5) / 1e6, percentile(cpu, 0.99) / 1e6,
                    percentile(allocated, 0.5) / 1048576.0);
            System.out.printf("load average %.2f%n", ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
            String memory = diagnostic("vmNativeMemory", "summary");
            if (!memory.contains("not enabled")) {
                System.out.println(memory);
            }
            if (Boolean.getBoolean("bench.histogram")) {
                diagnostic("gcClassHistogram").lines().limit(28).forEach(System.out::println);
            }
            if (Boolean.getBoolean("bench.smaps")) {
                try {
                    Files.readAllLines(Path.of("/proc/self/smaps_rollup")).forEach(System.out::println);
                } catch (IOException e) {
                    System.out.println("smaps_rollup: " + e.getMessage());
                }
            }
            System.gc(); // with the serial collector, a full collection
            report("live set, after a full GC");
        }

        /** A diagnostic command, as {@code jcmd} runs it, on this JVM. */
        private static String diagnostic(String command, String... arguments) {
            try {
                return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), command,
                        new Object[] {arguments}, new String[] {String[].class.getName()}));
            } catch (Exception e) {
                return command + ": " + e.getMessage();
            }
        }

        private static long percentile(long[] values, double p) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
        }

        private static void report(String when) {
            Runtime runtime = Runtime.getRuntime();
            long gcMillis = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
            System.out.printf("%-26s RSS %4d MB, heap used %4d MB of %4d MB committed (max %d MB), GC %d ms%n", when,
                    rssKb() / 1024, (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.totalMemory() >> 20,
                    runtime.maxMemory() >> 20, gcMillis);
        }

        private static long rssKb() {
            try {
                return Files.readAllLines(Path.of("/proc/self/status")).stream()
                        .filter(line -> line.startsWith("VmRSS:"))
                        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                        .findFirst().orElse(-1);
            } catch (IOException e) {
                return -1;
            }
        }
    }
}
