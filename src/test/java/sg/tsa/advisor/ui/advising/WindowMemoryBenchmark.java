package sg.tsa.advisor.ui.advising;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import sg.tsa.advisor.app.Styles;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.storage.bench.SyntheticCatalogue;
import sg.tsa.advisor.ui.FxBackgroundExecutor;
import sg.tsa.advisor.ui.advising.history.InMemoryConsultations;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * Run by hand (never by the build) for the README's memory figures: the real window (under Xvfb) on the synthetic
 * 20,000-rule catalogue, 10 credentials held with an intake date, then an 11th credential toggled 250 times, each
 * toggle waiting for its advice and the next frame. Prints the process's resident set size (VmRSS) after the
 * catalogue is shown, after 20 toggles and after 250, with the heap in use and the time spent in GC. Give it the JVM
 * options to compare, e.g. the packaged launcher's:
 * {@code xvfb-run -a java -XX:+UseSerialGC -Xmx256m -cp <test class path> sg.tsa.advisor.ui.advising.WindowMemoryBenchmark}
 */
public final class WindowMemoryBenchmark {
    private static final Set<Integer> REPORTED = Set.of(20, 250);
    private static final int TOGGLES = 250;

    private WindowMemoryBenchmark() {
    }

    public static void main(String[] args) {
        // A main class extending Application would need JavaFX as modules on a class-path launch.
        Application.launch(Window.class, args);
    }

    /** The window and its toggles. */
    public static final class Window extends Application {

        private final FxBackgroundExecutor background = new FxBackgroundExecutor();
        private AdvisingViewModel model;
        private CredentialEntry toggled;
        private int toggles;
        private boolean adviceArrived;

        @Override
        public void start(Stage stage) {
            Styles.applyTheme(false);
            InMemoryConsultations store = new InMemoryConsultations(Clock.systemUTC());
            model = new AdvisingViewModel(background, () -> LocalDate.of(2026, 11, 28), "Benchmark", store, store);
            Scene scene = new Scene(new AdvisingView(model), 1366, 768);
            scene.getStylesheets().add(Styles.APPLICATION);
            stage.setScene(scene);
            stage.show();
            Catalogue catalogue = SyntheticCatalogue.generate("synthetic-1", 42L, SyntheticCatalogue.Size.BENCHMARK);
            // Once the screen has taken the catalogue in whole (the picker takes it after this property changes).
            model.catalogueProperty().addListener((obs, old, loaded) -> Platform.runLater(() -> hold(loaded)));
            model.load(() -> catalogue);
        }

        private void hold(Catalogue catalogue) {
            model.header().intakeProperty().set(LocalDate.of(2027, 4, 1));
            for (int i = 0; i < 10; i++) {
                CredentialEntry entry = model.picker().add(catalogue.credential("cred-" + (i * 37)).orElseThrow());
                entry.attainedOnProperty().set(LocalDate.of(2024, 1, 1));
            }
            model.adviceProperty().addListener((obs, old, advice) -> adviceArrived = true);
            report("catalogue shown, 10 held");
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (!adviceArrived) {
                        return; // the previous toggle's advice is still being computed
                    }
                    adviceArrived = false;
                    if (REPORTED.contains(toggles)) {
                        report("after " + toggles + " toggles");
                    }
                    if (toggles == TOGGLES) {
                        stop();
                        background.close();
                        Platform.exit();
                        return;
                    }
                    toggle(catalogue);
                }
            }.start();
        }

        private void toggle(Catalogue catalogue) {
            if (toggled == null) {
                toggled = model.picker().add(catalogue.credential("cred-999").orElseThrow());
                toggled.attainedOnProperty().set(LocalDate.of(2025, 6, 1));
            } else {
                model.picker().remove(toggled);
                toggled = null;
            }
            toggles++;
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
