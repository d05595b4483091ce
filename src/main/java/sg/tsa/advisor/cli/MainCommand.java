package sg.tsa.advisor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import sg.tsa.advisor.about.Release;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code exemption-advisor}: with no command it opens the window; the commands work without a display. */
@Command(name = "exemption-advisor", mixinStandardHelpOptions = true, versionProvider = MainCommand.Version.class,
        description = "Which modules a learner's micro-credentials exempt. With no command, opens the window.",
        subcommands = {AdviseCommand.class, CatalogueCommand.class, LearnerCommand.class,
                SettingsCommand.class, EvidenceCommand.class})
public final class MainCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Where the local database lives (default: the per-user application-data folder; "
                    + "the variable EXEMPTION_ADVISOR_HOME also sets it).")
    Path dataDir;

    @Option(names = "--measure-startup",
            description = "Open the window, print 'startup-ms N' (from JVM start to the first frame drawn) and exit.")
    boolean measureStartup;

    private final WindowOpener openWindow;

    /** @param openWindow opens the application window on the given data folder (null: the default one) */
    public MainCommand(Consumer<Path> openWindow) {
        this((dataDir, measure) -> openWindow.accept(dataDir));
    }

    public MainCommand(WindowOpener openWindow) {
        this.openWindow = openWindow;
    }

    /** The folder named by {@code --data-dir}, or null when the option was not given. */
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public Integer call() {
        openWindow.open(dataDir, measureStartup);
        return 0;
    }

    /** {@code --version}: the POM's version, as the About dialog and the packages show it. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Exemption Advisor " + Release.version()};
        }
    }
}
