package sg.tsa.advisor.cli;

import sg.tsa.advisor.storage.DamagedDatabaseException;
import sg.tsa.advisor.storage.DataDirectory;
import sg.tsa.advisor.storage.Storage;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** Opens the local database the command line works on: {@code --data-dir}, the variable, or the default. */
final class LocalData {
    private LocalData() {
    }

    /** The local database when one exists already; never creates one. */
    static Optional<Storage> openIfExists(MainCommand root, Clock clock, PrintWriter err) {
        Path directory = DataDirectory.resolve(root.dataDir());
        return Files.isRegularFile(directory.resolve(Storage.DATABASE_FILE))
                ? Optional.of(open(root, clock, err)) : Optional.empty();
    }

    /**
     * Opens the local data; what the user should know about the folder goes to {@code err} as {@code warning:}
     * lines. A damaged, empty or foreign database is bad input (exit 2) and is left exactly as it is.
     */
    static Storage open(MainCommand root, Clock clock, PrintWriter err) {
        Storage storage;
        try {
            storage = Storage.open(DataDirectory.resolve(root.dataDir()), clock);
        } catch (DamagedDatabaseException e) {
            throw new BadInputException(e.getMessage() + ". Nothing has been changed: open the application window "
                    + "to restore the backup or set the file aside, or ask for help before touching the file.");
        }
        storage.warnings().forEach(w -> err.println("warning: " + w));
        storage.notices().forEach(n -> err.println("note: " + n));
        storage.readOnlyReason().ifPresent(why -> err.println("warning: the local data is open read-only because "
                + why + "; it can be read, but nothing can be saved"));
        err.flush();
        return storage;
    }
}
