package sg.tsa.advisor.cli;

import sg.tsa.advisor.storage.DamagedDatabaseException;
import sg.tsa.advisor.storage.DataDirectory;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.StorageException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** Opens the local database the command line works on: {@code --data-dir}, the variable, or the default. */
final class LocalData {
    private LocalData() {
    }

    /** The local database when one exists already; never creates one. */
    static Optional<Storage> openIfExists(MainCommand root, Clock clock) {
        Path directory = DataDirectory.resolve(root.dataDir());
        return Files.isRegularFile(directory.resolve(Storage.DATABASE_FILE))
                ? Optional.of(open(root, clock)) : Optional.empty();
    }

    static Storage open(MainCommand root, Clock clock) {
        try {
            return Storage.open(DataDirectory.resolve(root.dataDir()), clock);
        } catch (DamagedDatabaseException e) {
            throw new StorageException(e.getMessage() + ". Nothing has been changed: open the application window "
                    + "to restore the backup, or ask for help before touching the file.", e);
        }
    }
}
