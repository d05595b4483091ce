package sg.tsa.advisor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sg.tsa.advisor.io.AtomicFiles;
import sg.tsa.advisor.storage.LearnerErasure;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.learner.Learner;
import sg.tsa.advisor.storage.pdpa.LearnerExport;
import sg.tsa.advisor.storage.pdpa.Retention;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** {@code exemption-advisor learner ...}: a learner's data on request (PDPA), and the retention period. */
@Command(name = "learner", mixinStandardHelpOptions = true,
        description = "Export or erase everything held about one learner; remove learners past the retention period.",
        subcommands = {LearnerCommand.Export.class, LearnerCommand.Erase.class, LearnerCommand.Purge.class})
public final class LearnerCommand extends LocalDataCommand {
    LearnerCommand(MainCommand root, Clock clock) {
        super(root, clock);
    }

    /** {@code #12}, or a name written in full (any case); several learners of that name must be told apart. */
    static Learner find(Storage storage, String which) {
        String wanted = which.strip();
        if (wanted.matches("#\\d{1,18}")) {
            long id = Long.parseLong(wanted.substring(1));
            return storage.learners().find(id).orElseThrow(() -> new BadInputException(
                    "no learner has the number " + wanted));
        }
        List<Learner> named = storage.learners().search(wanted, 1000).stream()
                .filter(l -> l.name().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))).toList();
        if (named.isEmpty()) {
            throw new BadInputException("no learner is named \"" + wanted + "\" (write the name in full, or the "
                    + "learner's number as #12)");
        }
        if (named.size() > 1) {
            throw new BadInputException(named.size() + " learners are named \"" + wanted + "\": " + String.join(", ",
                    named.stream().map(l -> "#" + l.id() + " (first saved " + l.createdAt().atZone(
                            java.time.ZoneOffset.UTC).toLocalDate() + (l.details().email() == null ? ""
                            : ", " + l.details().email()) + ")").toList()) + "; give the number, e.g. \"#"
                    + named.get(0).id() + "\"");
        }
        return named.get(0);
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Everything held about LEARNER (a name in full, or #NUMBER) as JSON and/or PDF.")
    static final class Export implements Runnable {
        @Parameters(paramLabel = "LEARNER")
        String learner;

        @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON to FILE (- for standard output).")
        String json;

        @Option(names = "--pdf", paramLabel = "FILE", description = "Write a readable PDF to FILE.")
        Path pdf;

        @ParentCommand
        LearnerCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            if (json == null && pdf == null) {
                throw new BadInputException("learner export: give --json FILE, --pdf FILE or both");
            }
            for (Path target : new Path[]{json == null || "-".equals(json) ? null : Path.of(json), pdf}) {
                if (target != null && (Files.isDirectory(target)
                        || !Files.isDirectory(target.toAbsolutePath().getParent()))) {
                    throw new BadInputException("\"" + target + "\" is not a file in an existing folder");
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Storage storage = parent.openStorage()) {
                Learner found = find(storage, learner);
                LearnerExport export = LearnerExport.of(storage, found.id(), parent.clock()).orElseThrow();
                if (json != null) {
                    if ("-".equals(json)) {
                        out.print(export.json());
                    } else {
                        write(Path.of(json), export.json().getBytes(StandardCharsets.UTF_8));
                    }
                }
                if (pdf != null) {
                    write(pdf, export.pdf(storage.catalogues().activeCatalogue().institution()));
                }
                if (!"-".equals(json)) {
                    out.println("exported everything held about " + found.name() + " (#" + found.id() + ")");
                }
            }
        }

        private static void write(Path file, byte[] bytes) {
            try {
                AtomicFiles.write(file, bytes);
            } catch (NoSuchFileException e) {
                throw new BadInputException("\"" + file + "\" is not a file in an existing folder");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }
    }

    @Command(name = "erase", mixinStandardHelpOptions = true,
            description = "Erase LEARNER with everything held about them: database, backups, damaged copies.")
    static final class Erase implements java.util.concurrent.Callable<Integer> {
        @Parameters(paramLabel = "LEARNER")
        String learner;

        @Option(names = "--yes", description = "Confirm: this cannot be undone.")
        boolean yes;

        @ParentCommand
        LearnerCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Storage storage = parent.openStorage()) {
                Learner found = find(storage, learner);
                LearnerErasure.Scope scope = storage.erasure().scope(found.id());
                if (!yes) {
                    throw new BadInputException("learner erase: this erases " + found.name() + " (#" + found.id()
                            + ") with " + scope.consultations() + " consultations, rewrites " + scope.backups().size()
                            + " backups and deletes " + scope.damagedCopies().size() + " damaged copies that hold "
                            + "them, and cannot be undone; add --yes to do it");
                }
                LearnerErasure.Result result = storage.erasure().erase(List.of(found.id()));
                PrintWriter out = spec.commandLine().getOut();
                out.println("erased " + found.name() + " (#" + found.id() + ") and their " + result.consultations()
                        + " consultations; rewrote " + result.backupsRewritten().size() + " backups; deleted "
                        + result.filesDeleted().size() + " files that held them");
                if (!result.complete()) {
                    result.leftBehind().forEach(l -> spec.commandLine().getErr().println("error: not yet erased from "
                            + l));
                    return Cli.FAILED;
                }
                return Cli.OK;
            }
        }
    }

    @Command(name = "purge", mixinStandardHelpOptions = true,
            description = "Erase now every learner whose last consultation is older than the retention period.")
    static final class Purge implements java.util.concurrent.Callable<Integer> {
        @ParentCommand
        LearnerCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Storage storage = parent.openStorage()) {
                int months = storage.settings().retentionMonths();
                LearnerErasure.Result result = Retention.purge(storage, parent.clock());
                spec.commandLine().getOut().println(result.names().isEmpty() ? "no learner's last consultation is "
                        + "more than " + months + " months old; nothing removed" : Retention.describe(result, months));
                return result.complete() ? Cli.OK : Cli.FAILED;
            }
        }
    }
}
