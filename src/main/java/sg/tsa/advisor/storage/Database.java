package sg.tsa.advisor.storage;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
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
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
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
    private volatile Thread writerThread;
    private Connection writeConnection;

    private Database(Path file, int busyTimeoutMillis) {
        this.file = file;
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(busyTimeoutMillis);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // Deleted rows are overwritten with zeros, not just unlinked: an erased learner must not stay readable.
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
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
     * Opens (creating when missing) the database file, checks it quickly and brings its schema up to date.
     *
     * @throws DamagedDatabaseException when the file is damaged or is not an Exemption Advisor database
     */
    public static Database open(Path file) {
        return open(file, BUSY_TIMEOUT_MILLIS);
    }

    /** @param busyTimeoutMillis how long to wait for another copy's write before giving up */
    static Database open(Path file, int busyTimeoutMillis) {
        createPrivately(file);
        checkHeader(file);
        Database database = new Database(file, busyTimeoutMillis);
        try {
            database.quickCheck();
            database.migrate();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
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
     * After an erasure this removes the old page images (which still hold the erased rows) from the log file.
     */
    public void checkpoint() {
        Future<Void> done = writer.submit(() -> {
            if (writeConnection == null) {
                writeConnection = dataSource.getConnection();
            }
            execute(writeConnection, "PRAGMA wal_checkpoint(TRUNCATE)");
            return null;
        });
        try {
            done.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException sql ? translate(sql)
                    : new StorageException(String.valueOf(e.getCause().getMessage()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while waiting for the database", e);
        }
    }

    /** Writes a consistent copy of the database to {@code target} with SQLite's online backup. */
    public void backupTo(Path target) {
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(SQLiteConnection.class).getDatabase().backup("main", target.toString(), null);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** {@code PRAGMA quick_check}: a damaged file is reported, never repaired or replaced. */
    void quickCheck() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement check = connection.prepareStatement("PRAGMA quick_check");
             ResultSet rows = check.executeQuery()) {
            String first = rows.next() ? rows.getString(1) : "no answer";
            if (!"ok".equals(first)) {
                throw new DamagedDatabaseException(file, "is damaged (SQLite's integrity check says: " + first + ")",
                        null);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private void migrate() {
        if (holdsForeignTables()) {
            throw new DamagedDatabaseException(file, "is not an Exemption Advisor database (it holds other tables)",
                    null);
        }
        FLYWAY_LOG.setLevel(Level.WARNING);
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StorageException("the database " + file + " could not be brought up to date: "
                    + e.getMessage(), e);
        }
    }

    private boolean holdsForeignTables() {
        return read(connection -> {
            try (PreparedStatement tables = connection.prepareStatement(
                    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
                 ResultSet rows = tables.executeQuery()) {
                boolean any = false;
                boolean history = false;
                while (rows.next()) {
                    any = true;
                    history |= "flyway_schema_history".equals(rows.getString(1));
                }
                return any && !history;
            }
        });
    }

    private static void createPrivately(Path file) {
        try {
            DataDirectory.prepare(file.toAbsolutePath().getParent());
            if (Files.notExists(file)) {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
            }
        } catch (IOException e) {
            throw new StorageException("cannot create the database " + file + ": " + e.getMessage(), e);
        }
    }

    private static void checkHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            if (header.length > 0 && !Arrays.equals(header, SQLITE_HEADER)) {
                throw new DamagedDatabaseException(file, "is not an Exemption Advisor database "
                        + "(it is not an SQLite file at all)", null);
            }
        } catch (IOException e) {
            throw new StorageException("cannot read the database " + file + ": " + e.getMessage(), e);
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
