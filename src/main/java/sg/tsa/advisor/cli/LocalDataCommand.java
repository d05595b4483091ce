package sg.tsa.advisor.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import sg.tsa.advisor.storage.Storage;

import java.time.Clock;
import java.util.Optional;

/**
 * A group of commands that work on the local data ({@code catalogue}, {@code learner}, {@code settings},
 * {@code evidence}): it opens
 * the data folder for its subcommands, with what the user should know on standard error, and with no subcommand
 * prints its usage.
 */
abstract class LocalDataCommand implements Runnable {
    private final MainCommand root;
    private final Clock clock;

    @Spec
    CommandSpec spec;

    LocalDataCommand(MainCommand root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    /** The local data, created when there is none yet; see {@link LocalData#open}. */
    Storage openStorage() {
        return LocalData.open(root, clock, spec.commandLine().getErr());
    }

    /** The local data when a database exists already; never creates one. */
    Optional<Storage> openStorageIfExists() {
        return LocalData.openIfExists(root, clock, spec.commandLine().getErr());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
