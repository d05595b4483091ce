package sg.tsa.advisor.storage;

import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.storage.catalogue.CatalogueStore;
import sg.tsa.advisor.storage.catalogue.Edition;
import sg.tsa.advisor.storage.catalogue.TrustedKeys;
import sg.tsa.advisor.storage.cataloguedraft.CatalogueDraftStore;
import sg.tsa.advisor.storage.learner.ConsultationRepository;
import sg.tsa.advisor.storage.learner.LearnerRepository;
import sg.tsa.advisor.storage.pdpa.Retention;
import sg.tsa.advisor.storage.settings.SettingsRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The local data of one data folder, opened: the start-up sequence (lock, integrity check, migrations, the
 * shipped catalogue on first start, the daily backup) and the services built on the database. Opening blocks
 * on the disk: do it in the background.
 */
public final class Storage implements AutoCloseable {
    public static final String DATABASE_FILE = "exemption-advisor.db";
    public static final String BACKUP_FOLDER = "backups";
    public static final String DAMAGED_FOLDER = "damaged";
    /** How long a second copy waits for another copy's start-up before saying the data is in use. */
    static final Duration STARTUP_PATIENCE = Duration.ofSeconds(30);

    private final Path directory;
    private final Database database;
    private final CatalogueStore catalogues;
    private final TrustedKeys trustedKeys;
    private final CatalogueDraftStore catalogueDraft;
    private final LearnerRepository learners;
    private final ConsultationRepository consultations;
    private final SettingsRepository settings;
    private final Backups backups;
    private final List<String> warnings;
    private final List<String> notices = new ArrayList<>();

    private Storage(Path directory, Database database, Clock clock, List<String> warnings) {
        this.directory = directory;
        this.database = database;
        this.backups = backups(directory);
        this.catalogues = new CatalogueStore(database, clock, () -> backups.makeBefore(database, "activation", clock));
        this.trustedKeys = new TrustedKeys(database, clock);
        this.catalogueDraft = new CatalogueDraftStore(database, clock);
        this.learners = new LearnerRepository(database, clock);
        this.consultations = new ConsultationRepository(database);
        this.settings = new SettingsRepository(database);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Opens the data in {@code directory}: creates the folder (owner-only) and a new database only where none
     * exists, with the shipped catalogue as the active edition; checks an existing one before writing to it; backs
     * it up before a migration and once a day. A folder or file that may not be written is opened read-only (see
     * {@link #readOnlyReason()}); an existing folder's permissions are never changed (see {@link #warnings()}).
     *
     * @throws DamagedDatabaseException when the file is empty, damaged or foreign; it names the latest backup and
     *                                  what restoring it would lose
     * @throws DataInUseException       when another copy kept the data busy for too long
     * @throws StorageException         naming the folder and what to do when it cannot be used
     */
    @SuppressWarnings("try") // the lock is held for the block: it is used by being open
    public static Storage open(Path directory, Clock clock) {
        DataDirectory.prepare(directory, "the data folder");
        List<String> warnings = DataDirectory.warnings(directory);
        for (String folder : new String[]{BACKUP_FOLDER, DAMAGED_FOLDER}) {
            Path sub = directory.resolve(folder);
            if (Files.exists(sub) && !Files.isDirectory(sub)) {
                throw new StorageException("the '" + folder + "' folder of the data folder, " + sub + ", is a file, "
                        + "not a folder: the application keeps its " + (folder.equals(BACKUP_FOLDER) ? "backups"
                        : "damaged databases") + " there; move that file somewhere else, then start again");
            }
        }
        Path file = directory.resolve(DATABASE_FILE);
        Optional<String> readOnly = DataDirectory.whyReadOnly(directory, file);
        if (readOnly.isPresent()) {
            try {
                return new Storage(directory, Database.openReadOnly(file, readOnly.get()), clock, warnings);
            } catch (DamagedDatabaseException e) {
                throw e.withLatestBackup(backups(directory).latest());
            }
        }
        try (StartupLock ignored = StartupLock.acquire(directory, STARTUP_PATIENCE)) {
            Database database;
            try {
                database = Database.open(file, Database.BUSY_TIMEOUT_MILLIS,
                        opened -> backups(directory).makeBefore(opened, "migration", clock));
            } catch (DamagedDatabaseException e) {
                throw e.withLatestBackup(backups(directory).latest());
            }
            try {
                Storage storage = new Storage(directory, database, clock, warnings);
                if (storage.catalogues.editions().isEmpty()) {
                    storage.catalogues.importCatalogue(ShippedCatalogue.load(), Edition.SHIPPED);
                }
                storage.backups.makeDaily(database, clock);
                // The window draws its first frame from this copy before it opens the database (decision 0145).
                storage.settings.keepWindowLook();
                LearnerErasure.Result purged = Retention.purge(storage, clock);
                if (!purged.names().isEmpty()) {
                    storage.notices.add(Retention.describe(purged, storage.settings.retentionMonths()));
                }
                return storage;
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        }
    }

    /**
     * Moves the damaged database aside (into {@code damaged/}, never deleted) and puts the latest backup in its
     * place. Call only after the user chose to; then {@link #open} again.
     *
     * @return where the damaged file now is
     */
    @SuppressWarnings("try") // the lock is held for the block: it is used by being open
    public static Path restoreLatestBackup(Path directory, Clock clock) {
        try (StartupLock ignored = StartupLock.acquire(directory, STARTUP_PATIENCE)) {
            Backups.Backup latest = backups(directory).latest().orElseThrow(() -> new StorageException(
                    "there is no automatic backup in " + directory.resolve(BACKUP_FOLDER) + " to restore"));
            Path aside = setAside(directory, clock);
            Path file = directory.resolve(DATABASE_FILE);
            Files.copy(latest.file(), file);
            DataDirectory.restrictToOwner(file);
            return aside;
        } catch (IOException e) {
            throw new StorageException("cannot restore the backup: " + e.getMessage(), e);
        }
    }

    /**
     * Moves the damaged database aside (into {@code damaged/}, never deleted) so that the next {@link #open}
     * starts afresh. Call only after the user chose to.
     *
     * @return where the damaged file now is
     */
    @SuppressWarnings("try") // the lock is held for the block: it is used by being open
    public static Path setDamagedAside(Path directory, Clock clock) {
        try (StartupLock ignored = StartupLock.acquire(directory, STARTUP_PATIENCE)) {
            return setAside(directory, clock);
        } catch (IOException e) {
            throw new StorageException("cannot move the damaged database aside: " + e.getMessage(), e);
        }
    }

    private static Path setAside(Path directory, Clock clock) throws IOException {
        Path damaged = DataDirectory.prepare(directory.resolve(DAMAGED_FOLDER), "the folder of damaged databases");
        String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss"));
        Path target = damaged.resolve("exemption-advisor-" + stamp + ".db");
        // The write-ahead log and shared-memory files belong to the damaged file: left behind, SQLite could
        // replay them into the restored one.
        for (String suffix : new String[]{"", "-wal", "-shm"}) {
            Path file = directory.resolve(DATABASE_FILE + suffix);
            if (Files.exists(file)) {
                Files.move(file, damaged.resolve(target.getFileName() + suffix));
            }
        }
        return target;
    }

    private static Backups backups(Path directory) {
        return new Backups(directory.resolve(BACKUP_FOLDER));
    }

    public Path directory() {
        return directory;
    }

    public Database database() {
        return database;
    }

    /** The public keys whose signed catalogue editions this laptop imports. */
    public TrustedKeys trustedKeys() {
        return trustedKeys;
    }

    public CatalogueStore catalogues() {
        return catalogues;
    }

    /** The catalogue draft the programme office is writing. */
    public CatalogueDraftStore catalogueDraft() {
        return catalogueDraft;
    }

    public LearnerRepository learners() {
        return learners;
    }

    public ConsultationRepository consultations() {
        return consultations;
    }

    /** The user's settings: the counsellor's name, the theme. */
    public SettingsRepository settings() {
        return settings;
    }

    public Backups backups() {
        return backups;
    }

    /** Erasing learners from the database, its backups and the damaged copies, checked byte by byte. */
    public LearnerErasure erasure() {
        return new LearnerErasure(this, 10, Duration.ofMillis(300));
    }

    /** The same, trying the log's checkpoint {@code attempts} times {@code pause} apart (tests: fewer). */
    LearnerErasure erasure(int attempts, Duration pause) {
        return new LearnerErasure(this, attempts, pause);
    }

    /** Why nothing can be saved (the folder or the file may not be written), or empty when all can be. */
    public Optional<String> readOnlyReason() {
        return database.readOnlyReason();
    }

    /** What the user should know about the data folder (readable by others, owned by someone else). */
    public List<String> warnings() {
        return warnings;
    }

    /** What the start did that the user should be told of: learners removed by the retention period. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    @Override
    public void close() {
        database.close();
    }
}
