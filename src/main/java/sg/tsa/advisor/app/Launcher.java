package sg.tsa.advisor.app;

import javafx.application.Application;
import sg.tsa.advisor.cli.Cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The program's entry point. Kept apart from {@link ExemptionAdvisorApp} so that a plain class-path launch
 * ({@code java -jar}) works: a main class extending {@code Application} would demand JavaFX as modules.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = Cli.run(args, out, err, Clock.systemDefaultZone(), Launcher::openWindow);
        System.exit(status);
    }

    private static void openWindow(Path dataDir, boolean measureStartup) {
        List<String> appArgs = new ArrayList<>();
        if (dataDir != null) {
            appArgs.add("--data-dir=" + dataDir);
        }
        if (measureStartup) {
            appArgs.add(ExemptionAdvisorApp.MEASURE_STARTUP);
        }
        Application.launch(ExemptionAdvisorApp.class, appArgs.toArray(String[]::new));
    }
}
