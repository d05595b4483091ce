package sg.tsa.advisor.storage;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The database file is damaged, or is not an Exemption Advisor database at all. Nothing has been changed: the
 * file is left where it is until the user chooses what to do (see {@link Storage#restoreLatestBackup}).
 */
public final class DamagedDatabaseException extends StorageException {
    private final transient Path file;
    private final String problem;
    private final transient Backups.Backup latestBackup;
    private final transient RestoreLoss loss;

    public DamagedDatabaseException(Path file, String problem, Throwable cause) {
        this(file, problem, null, null, cause);
    }

    private DamagedDatabaseException(Path file, String problem, Backups.Backup latestBackup, RestoreLoss loss,
                                     Throwable cause) {
        super("the database " + file + " " + problem + offer(latestBackup), cause);
        this.file = file;
        this.problem = problem;
        this.latestBackup = latestBackup;
        this.loss = loss;
    }

    private static String offer(Backups.Backup backup) {
        return backup == null ? "; there is no automatic backup to restore"
                : "; the latest automatic backup is from " + backup.day() + " (" + backup.file() + ")";
    }

    /** The same problem, now saying which backup could be restored and what restoring it would lose. */
    DamagedDatabaseException withLatestBackup(Optional<Backups.Backup> backup) {
        return new DamagedDatabaseException(file, problem, backup.orElse(null),
                backup.map(b -> RestoreLoss.count(file, b.takenAt())).orElse(null), getCause());
    }

    /** What restoring {@link #latestBackup()} would lose; present when there is a backup. */
    public Optional<RestoreLoss> lossOnRestore() {
        return Optional.ofNullable(loss);
    }

    public Path file() {
        return file;
    }

    /** What is wrong with the file, e.g. "is not an SQLite database". */
    public String problem() {
        return problem;
    }

    public Optional<Backups.Backup> latestBackup() {
        return Optional.ofNullable(latestBackup);
    }
}
