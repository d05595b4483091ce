package sg.tsa.advisor.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/** Runs the command line: the exit status is 0 done, 2 bad input, 1 anything else. */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock, Consumer<Path> openWindow) {
        return run(args, out, err, clock, (WindowOpener) (dataDir, measureStartup) -> openWindow.accept(dataDir));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock, WindowOpener openWindow) {
        MainCommand root = new MainCommand(openWindow);
        CommandLine commandLine = new CommandLine(root, new Factory(root, clock));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, badArgs) -> {
            err.println("error: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the usage.");
            err.flush();
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof BadInputException bad) {
                bad.messages().forEach(m -> err.println("error: " + m));
                err.flush();
                return BAD_INPUT;
            }
            err.println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            err.flush();
            return FAILED;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** Gives each command what it needs through its constructor. */
    private record Factory(MainCommand root, Clock clock) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == AdviseCommand.class) {
                return type.cast(new AdviseCommand(root, clock));
            }
            if (type == CatalogueCommand.class) {
                return type.cast(new CatalogueCommand(root, clock));
            }
            if (type == LearnerCommand.class) {
                return type.cast(new LearnerCommand(root, clock));
            }
            if (type == EvidenceCommand.class) {
                return type.cast(new EvidenceCommand(root, clock));
            }
            if (type == SettingsCommand.class) {
                return type.cast(new SettingsCommand(root, clock));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
