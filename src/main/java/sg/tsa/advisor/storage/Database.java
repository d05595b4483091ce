package sg.tsa.advisor.storage;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The SQLite database file: WAL journal, foreign keys on, a busy timeout; schema evolved by Flyway from the
 * numbered scripts in {@code db/migration}. Every write runs on one single-thread writer in one transaction
 * ({@code BEGIN IMMEDIATE}, so a second copy of the application waits at the start rather than failing half-way);
 * reads use a connection of their own inside a read transaction, so a read spanning several queries sees one
 * consistent state.
 */
public final class Database implements AutoCloseable {
    public static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final int CHECKPOINT_PATIENCE_MILLIS = 200;
    /** Held so that the level set on it stays in force (java.util.logging keeps loggers weakly). */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    /** Work on a connection; may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final ExecutorService writer;
    /** Why nothing may be written, or null when the database is open for writing. */
    private final String readOnlyReason;
    private volatile Thread writerThread;
    private Connection writeConnection;

    private Database(Path file, int busyTimeoutMillis, String readOnlyReason) {
        this.file = file;
        this.readOnlyReason = readOnlyReason;
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(busyTimeoutMillis);
        if (readOnlyReason == null) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            // Deleted rows are overwritten with zeros, not just unlinked: an erased learner must not stay readable.
            config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        } else {
            config.setReadOnly(true);
        }
        this.dataSource = new SQLiteDataSource(config);
        this.dataSource.setUrl("jdbc:sqlite:" + file);
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "database-writer");
            thread.setDaemon(true);
            writerThread = thread;
            return thread;
        });
    }

    /**
     * Opens the database file, creating it only when no file is there, and brings its schema up to date. An
     * existing file is first checked through a read-only connection: a file that is empty, damaged, or not plainly
     * an Exemption Advisor database is reported and not one byte of it changes.
     *
     * @throws DamagedDatabaseException when the file is empty, damaged or is not an Exemption Advisor database
     */
    public static Database open(Path file) {
        return open(file, BUSY_TIMEOUT_MILLIS, database -> { });
    }

    /** @param busyTimeoutMillis how long to wait for another copy's write before giving up */
    static Database open(Path file, int busyTimeoutMillis) {
        return open(file, busyTimeoutMillis, database -> { });
    }

    /**
     * @param busyTimeoutMillis how long to wait for another copy's write before giving up
     * @param beforeMigration   runs on the opened database just before a migration changes a database that
     *                          existed (the backup taken then)
     */
    static Database open(Path file, int busyTimeoutMillis, Consumer<Database> beforeMigration) {
        if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
            createNew(file);
        }
        DatabaseInspection.check(file);
        Database database = new Database(file, busyTimeoutMillis, null);
        try {
            database.migrate(beforeMigration);
            // Empties a log an erasure could not empty (another program was reading then): see LearnerRepository.
            database.checkpoint(1, Duration.ZERO);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Opens an existing database for reading only, when its folder or file may not be written: checked like any
     * other, never migrated; every write is refused with {@link ReadOnlyDataException}.
     *
     * @param why why nothing may be written, in words ("the folder ... may not be written")
     */
    static Database openReadOnly(Path file, String why) {
        if (!Files.isRegularFile(file)) {
            throw new StorageException("there is no database in " + file.getParent() + " yet, and none can be "
                    + "created because " + why + ": make the folder writable for you, or choose a folder of your "
                    + "own (--data-dir DIR)");
        }
        DatabaseInspection.check(file);
        Database database = new Database(file, BUSY_TIMEOUT_MILLIS, why);
        try {
            if (database.flyway().info().pending().length > 0) {
                throw new StorageException("the database " + file + " must be brought up to date for this version "
                        + "of the application, but " + why + ": make it writable for you, then start again");
            }
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Why nothing may be written to this database, or empty when it is open for writing. */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in a read transaction on a connection of its own. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN DEFERRED");
            }
            try {
                return work.run(connection);
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("COMMIT");
                }
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * Runs {@code work} in one write transaction on the single writer thread and waits for it: committed when
     * it returns, rolled back when it throws.
     */
    public <T> T write(SqlWork<T> work) {
        if (readOnlyReason != null) {
            throw new ReadOnlyDataException(file, readOnlyReason);
        }
        if (Thread.currentThread() == writerThread) {
            return inWriteTransaction(work);
        }
        Future<T> result = writer.submit(() -> inWriteTransaction(work));
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new StorageException(String.valueOf(cause.getMessage()), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while waiting for the database", e);
        }
    }

    private <T> T inWriteTransaction(SqlWork<T> work) {
        try {
            if (writeConnection == null) {
                writeConnection = dataSource.getConnection();
            }
            execute(writeConnection, "BEGIN IMMEDIATE");
            boolean committed = false;
            try {
                T result = work.run(writeConnection);
                execute(writeConnection, "COMMIT");
                committed = true;
                return result;
            } finally {
                if (!committed) {
                    rollbackQuietly();
                }
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private void rollbackQuietly() {
        try {
            execute(writeConnection, "ROLLBACK");
        } catch (SQLException ignored) {
            // No transaction left to roll back: SQLite already rolled it back after the error.
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Copies every change in the write-ahead log into the database file and empties the log, on the writer thread.
     * After an erasure this removes the old page images (which still hold the erased rows) from the log file. A
     * connection of another program or copy inside a read transaction keeps the log from being emptied: then
     * this tries again, {@code attempts} times in all with {@code pause} between them.
     *
     * @return whether the log was emptied; false when other readers kept it every time
     */
    public boolean checkpoint(int attempts, Duration pause) {
        if (readOnlyReason != null) {
            return false;
        }
        for (int attempt = 1; ; attempt++) {
            if (checkpointOnce()) {
                return true;
            }
            if (attempt >= attempts) {
                return false;
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private boolean checkpointOnce() {
        Future<Boolean> done = writer.submit(() -> {
            if (writeConnection == null) {
                writeConnection = dataSource.getConnection();
            }
            // A reader does not go away by waiting on the busy handler's 10 s; the caller retries instead.
            execute(writeConnection, "PRAGMA busy_timeout = " + CHECKPOINT_PATIENCE_MILLIS);
            try (Statement statement = writeConnection.createStatement();
                 ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                // busy, frames in the log, frames copied: 0 busy means the log was copied and emptied
                return result.next() && result.getInt(1) == 0;
            } catch (SQLException e) {
                if (translate(e) instanceof DataInUseException) {
                    return false;
                }
                throw e;
            } finally {
                execute(writeConnection, "PRAGMA busy_timeout = " + busyTimeoutMillis());
            }
        });
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException sql ? translate(sql)
                    : new StorageException(String.valueOf(e.getCause().getMessage()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while waiting for the database", e);
        }
    }

    private int busyTimeoutMillis() {
        return dataSource.getConfig().getBusyTimeout();
    }

    /** Writes a consistent copy of the database to {@code target} with SQLite's online backup. */
    public void backupTo(Path target) {
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(SQLiteConnection.class).getDatabase().backup("main", target.toString(), null);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private Flyway flyway() {
        FLYWAY_LOG.setLevel(Level.WARNING);
        return Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }

    private void migrate(Consumer<Database> beforeMigration) {
        try {
            Flyway flyway = flyway();
            if (flyway.info().pending().length > 0 && flyway.info().current() != null) {
                beforeMigration.accept(this);
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StorageException("the database " + file + " could not be brought up to date: "
                    + e.getMessage(), e);
        }
    }

    /**
     * A new database where there is none: made whole under a temporary name (owner-only, schema in place) and
     * only then moved to {@code file}, so that a crash never leaves a half-made file that would look damaged.
     */
    private static void createNew(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        Path partial = folder.resolve(file.getFileName() + ".new");
        try {
            for (String suffix : new String[]{"", "-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(folder.resolve(partial.getFileName() + suffix)); // a crash's leftovers
            }
            DataDirectory.createPrivateFile(partial);
            try (Database fresh = new Database(partial, BUSY_TIMEOUT_MILLIS, null)) {
                fresh.migrate(database -> { });
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException("cannot create the database " + file + ": " + e.getMessage(), e);
        }
    }

    /** SQLite's errors in the words of this application. */
    StorageException translate(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            String code = sqlite.getResultCode().name();
            if (code.startsWith(SQLiteErrorCode.SQLITE_BUSY.name())
                    || code.startsWith(SQLiteErrorCode.SQLITE_LOCKED.name())) {
                return new DataInUseException(file, e);
            }
            if (code.startsWith(SQLiteErrorCode.SQLITE_CORRUPT.name())
                    || code.startsWith(SQLiteErrorCode.SQLITE_NOTADB.name())) {
                return new DamagedDatabaseException(file, "is damaged (" + e.getMessage() + ")", e);
            }
        }
        return new StorageException("the database " + file + " failed: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        if (writer.isShutdown()) {
            return;
        }
        writer.submit(() -> {
            if (writeConnection != null) {
                try {
                    writeConnection.close();
                } catch (SQLException ignored) {
                    // closing anyway
                }
            }
        });
        writer.shutdown();
        try {
            writer.awaitTermination(BUSY_TIMEOUT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
