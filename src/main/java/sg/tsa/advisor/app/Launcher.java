package sg.tsa.advisor.app;

import javafx.application.Application;
import sg.tsa.advisor.cli.Cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
            // The command line's error handling is skipped here, so a window that cannot open is reported here.
            try {
                openWindow(null, args.length == 1);
            } catch (RuntimeException e) {
                System.err.println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage()));
                System.exit(Cli.FAILED);
            }
            System.exit(Cli.OK);
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = Cli.run(args, out, err, Clock.systemDefaultZone(), Launcher::openWindow);
        System.exit(status);
    }

    private static void openWindow(Path dataDir, boolean measureStartup) {
        String missing = missingDisplay(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("glass.platform"));
        if (missing != null) {
            throw new IllegalStateException(missing);
        }
        List<String> appArgs = new ArrayList<>();
        if (dataDir != null) {
            appArgs.add("--data-dir=" + dataDir);
        }
        if (measureStartup) {
            appArgs.add(ExemptionAdvisorApp.MEASURE_STARTUP);
        }
        Application.launch(ExemptionAdvisorApp.class, appArgs.toArray(String[]::new));
    }

    /**
     * Why no window can be opened, checked before JavaFX starts (which would log a warning and throw a stack trace
     * at the user); null when a display seems to be there. Windows and macOS always have one; elsewhere an X or
     * Wayland display must be named, unless JavaFX is told to draw without one (Monocle).
     */
    static String missingDisplay(Map<String, String> environment, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return null;
        }
        if (isSet(environment.get("DISPLAY")) || isSet(environment.get("WAYLAND_DISPLAY"))) {
            return null;
        }
        return "no display to open the window on (DISPLAY is not set); give a command to work without one, "
                + "for example 'advise --help'";
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
