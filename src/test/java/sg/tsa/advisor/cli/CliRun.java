package sg.tsa.advisor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** One run of the command line in-process, on a data folder, with what it printed; no window may open. */
public record CliRun(int status, String out, String err) {

    public static CliRun in(Path dataDir, Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int status = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), clock,
                dir -> {
                    throw new AssertionError("no window in tests");
                });
        return new CliRun(status, out.toString(), err.toString());
    }
}
