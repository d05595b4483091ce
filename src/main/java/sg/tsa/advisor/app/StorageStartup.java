package sg.tsa.advisor.app;

import sg.tsa.advisor.report.Wording;
import sg.tsa.advisor.storage.DamagedDatabaseException;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.ui.BackgroundExecutor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The window's start on the local database: opens it in the background (integrity check, migrations, first
 * catalogue, daily backup), and when the file is damaged asks the user what to do; nothing is overwritten
 * without that answer, and a damaged file is moved aside, never deleted.
 */
public final class StorageStartup {

    /** What the user chooses when the database is damaged. */
    public enum Choice { RESTORE_BACKUP, START_AFRESH, QUIT }

    /** The questions and notices of the start-up; JavaFX dialogs in the application, scripted in tests. */
    public interface Dialogs {
        /** Asks what to do about a damaged database; {@code problem.latestBackup()} says whether one exists. */
        Choice damaged(DamagedDatabaseException problem);

        /** Tells the user something went wrong, or what was done. */
        void tell(String title, String message);
    }

    /** What to do once the start-up is over. */
    public interface Outcome {
        /**
         * Runs in the background right after the database opened, before {@link #ready}: reads what the window
         * wants before it is first drawn (the theme). Must not throw.
         */
        default void opened(Storage storage) {
        }

        void ready(Storage storage);

        /** The data could not be opened; the window carries on with the built-in catalogue, saving nothing. */
        void withoutStorage();

        void quit();
    }

    private final BackgroundExecutor background;
    private final Path directory;
    private final Clock clock;
    private final Dialogs dialogs;
    private final Outcome outcome;

    public StorageStartup(BackgroundExecutor background, Path directory, Clock clock, Dialogs dialogs,
                          Outcome outcome) {
        this.background = background;
        this.directory = directory;
        this.clock = clock;
        this.dialogs = dialogs;
        this.outcome = outcome;
    }

    public void start() {
        background.run(this::open, outcome::ready, this::failed);
    }

    private Storage open() {
        Storage storage = Storage.open(directory, clock);
        outcome.opened(storage);
        return storage;
    }

    private void failed(Throwable problem) {
        if (problem instanceof DamagedDatabaseException damaged) {
            decide(damaged);
            return;
        }
        dialogs.tell("The local data could not be opened", message(problem)
                + "\n\nThe application will use its built-in catalogue; nothing will be saved until it is restarted.");
        outcome.withoutStorage();
    }

    private void decide(DamagedDatabaseException damaged) {
        Choice choice = dialogs.damaged(damaged);
        if (choice == Choice.QUIT) {
            outcome.quit();
            return;
        }
        boolean restore = choice == Choice.RESTORE_BACKUP && damaged.latestBackup().isPresent();
        background.run(() -> {
            Path aside = restore ? Storage.restoreLatestBackup(directory, clock)
                    : Storage.setDamagedAside(directory, clock);
            return new Reopened(aside, open());
        }, reopened -> {
            dialogs.tell(restore ? "Backup restored" : "Started with a new database",
                    (restore ? "The backup of " + Wording.date(damaged.latestBackup().get().day()) + " was restored."
                            : "A new database was created with the built-in catalogue.")
                            + " The damaged file was kept as " + reopened.aside() + ".");
            outcome.ready(reopened.storage());
        }, this::failed);
    }

    private record Reopened(Path aside, Storage storage) {
    }

    private static String message(Throwable problem) {
        return problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
    }
}
