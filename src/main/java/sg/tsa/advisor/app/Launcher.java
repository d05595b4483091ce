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
        // A plain start opens the window straight away: parsing no arguments with picocli (loading and reflecting
        // over every command) cost 0.3 s before JavaFX even started. Anything else goes through the command line.
        if (args.length == 0 || args.length == 1 && args[0].equals(ExemptionAdvisorApp.MEASURE_STARTUP)) {
            openWindow(null, args.length == 1);
            System.exit(Cli.OK);
        }
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
