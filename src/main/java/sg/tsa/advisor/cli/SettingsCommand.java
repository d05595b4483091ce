package sg.tsa.advisor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.settings.Settings;
import sg.tsa.advisor.storage.settings.SettingsRepository;
import sg.tsa.advisor.storage.settings.Theme;
import sg.tsa.advisor.summary.CounsellorName;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** {@code exemption-advisor settings ...}: the user's settings in the local database, as the window keeps them. */
@Command(name = "settings", description = "Show or change the settings: the counsellor's name and the theme.",
        mixinStandardHelpOptions = true,
        subcommands = {SettingsCommand.Show.class, SettingsCommand.Counsellor.class, SettingsCommand.ThemeChoice.class,
                SettingsCommand.RetentionPeriod.class})
public final class SettingsCommand extends LocalDataCommand {
    SettingsCommand(MainCommand root, Clock clock) {
        super(root, clock);
    }

    static void print(PrintWriter out, Settings settings) {
        String name = CounsellorName.byDefault(settings.counsellorName());
        out.println("counsellor: " + (name == null ? "(none stored; summaries leave it blank)" : name));
        out.println("theme: " + settings.theme().key());
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the settings.")
    static final class Show implements Runnable {
        @ParentCommand
        SettingsCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try (Storage storage = parent.openStorage()) {
                print(spec.commandLine().getOut(), storage.settings().load());
                spec.commandLine().getOut().println("retention: " + storage.settings().retentionMonths()
                        + " months after a learner's last consultation");
            }
        }
    }

    @Command(name = "counsellor", mixinStandardHelpOptions = true,
            description = "Store the counsellor's name used by default in the window and for advise --pdf.")
    static final class Counsellor implements Runnable {
        @ParentCommand
        SettingsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", arity = "0..1", description = "The counsellor's name.")
        String name;

        @Option(names = "--clear", description = "Forget the stored name: summaries leave it blank.")
        boolean clear;

        @Override
        public void run() {
            if (clear == (name != null)) {
                throw new BadInputException("settings counsellor: give either NAME or --clear");
            }
            List<String> problems = SettingsRepository.problemsWithCounsellorName(name);
            if (!problems.isEmpty()) {
                throw new BadInputException(problems.stream().map(p -> "settings counsellor: " + p).toList());
            }
            try (Storage storage = parent.openStorage()) {
                Optional<String> stored = storage.settings().setCounsellorName(clear ? null : name);
                spec.commandLine().getOut().println(stored.map(n -> "counsellor: " + n)
                        .orElse("counsellor: forgotten; summaries leave it blank"));
            }
        }
    }

    @Command(name = "theme", mixinStandardHelpOptions = true, description = "Store the window's theme.")
    static final class ThemeChoice implements Runnable {
        @ParentCommand
        SettingsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "light|dark")
        String theme;

        @Override
        public void run() {
            Theme chosen = Theme.ofKey(theme).orElseThrow(() -> new BadInputException(
                    "settings theme: \"" + theme + "\" is not a theme; write light or dark"));
            try (Storage storage = parent.openStorage()) {
                storage.settings().setTheme(chosen);
                spec.commandLine().getOut().println("theme: " + chosen.key());
            }
        }
    }

    @Command(name = "retention", mixinStandardHelpOptions = true,
            description = "How many months after their last consultation a learner's record is kept (default 24).")
    static final class RetentionPeriod implements Runnable {
        @ParentCommand
        SettingsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "MONTHS")
        String months;

        @Override
        public void run() {
            int value;
            try {
                value = Integer.parseInt(months.strip());
            } catch (NumberFormatException e) {
                throw new BadInputException("settings retention: \"" + months + "\" is not a number of months");
            }
            if (value < 1 || value > SettingsRepository.MAX_RETENTION_MONTHS) {
                throw new BadInputException("settings retention: " + value + " is not from 1 to "
                        + SettingsRepository.MAX_RETENTION_MONTHS + " months");
            }
            try (Storage storage = parent.openStorage()) {
                storage.settings().setRetentionMonths(value);
                spec.commandLine().getOut().println("retention: " + value + " months after a learner's last "
                        + "consultation; learners past it are removed at the next start (or now: learner purge)");
            }
        }
    }
}
