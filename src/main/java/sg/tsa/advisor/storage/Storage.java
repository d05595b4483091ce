package sg.tsa.advisor.storage;

import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.storage.catalogue.CatalogueStore;
import sg.tsa.advisor.storage.catalogue.Edition;
import sg.tsa.advisor.storage.catalogue.TrustedKeys;
import sg.tsa.advisor.storage.learner.ConsultationRepository;
import sg.tsa.advisor.storage.learner.LearnerRepository;
import sg.tsa.advisor.storage.settings.SettingsRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

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
    private final LearnerRepository learners;
    private final ConsultationRepository consultations;
    private final SettingsRepository settings;
    private final Backups backups;

    private Storage(Path directory, Database database, Clock clock) {
        this.directory = directory;
        this.database = database;
        this.catalogues = new CatalogueStore(database, clock);
        this.trustedKeys = new TrustedKeys(database, clock);
        this.learners = new LearnerRepository(database, clock);
        this.consultations = new ConsultationRepository(database);
        this.settings = new SettingsRepository(database);
        this.backups = backups(directory);
    }

    /**
     * Opens the data in {@code directory}, creating it on first start with the shipped catalogue as the active
     * edition, and makes today's backup if there is none yet.
     *
     * @throws DamagedDatabaseException when the file is damaged or foreign; it names the latest backup, if any
     * @throws DataInUseException       when another copy kept the data busy for too long
     */
    public static Storage open(Path directory, Clock clock) {
        try {
            DataDirectory.prepare(directory);
        } catch (IOException e) {
            throw new StorageException("cannot create the data folder " + directory + ": " + e.getMessage(), e);
        }
        try (StartupLock ignored = StartupLock.acquire(directory, STARTUP_PATIENCE)) {
            Database database;
            try {
                database = Database.open(directory.resolve(DATABASE_FILE));
            } catch (DamagedDatabaseException e) {
                throw e.withLatestBackup(backups(directory).latest());
            }
            try {
                Storage storage = new Storage(directory, database, clock);
                if (storage.catalogues.editions().isEmpty()) {
                    storage.catalogues.importCatalogue(ShippedCatalogue.load(), Edition.SHIPPED);
                }
                storage.backups.makeDaily(database, clock.instant().atZone(clock.getZone()).toLocalDate());
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
    public static Path restoreLatestBackup(Path directory, Clock clock) {
        try (StartupLock ignored = StartupLock.acquire(directory, STARTUP_PATIENCE)) {
            Backups.Backup latest = backups(directory).latest().orElseThrow(() -> new StorageException(
                    "there is no automatic backup in " + directory.resolve(BACKUP_FOLDER) + " to restore"));
            Path aside = setAside(directory, clock);
            Path file = directory.resolve(DATABASE_FILE);
            Files.copy(latest.file(), file, StandardCopyOption.REPLACE_EXISTING);
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
    public static Path setDamagedAside(Path directory, Clock clock) {
        try (StartupLock ignored = StartupLock.acquire(directory, STARTUP_PATIENCE)) {
            return setAside(directory, clock);
        } catch (IOException e) {
            throw new StorageException("cannot move the damaged database aside: " + e.getMessage(), e);
        }
    }

    private static Path setAside(Path directory, Clock clock) throws IOException {
        Path damaged = DataDirectory.prepare(directory.resolve(DAMAGED_FOLDER));
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

    @Override
    public void close() {
        database.close();
    }
}
