package sg.tsa.advisor.storage;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The check of an existing database file before anything writes to it, through a read-only connection that sets
 * no journal mode and no other pragma that writes: an empty file, a file that is not SQLite, a damaged one, or
 * one that is not plainly an Exemption Advisor database (Flyway's history with our first migration) is reported
 * as a {@link DamagedDatabaseException}, and not one byte of it changes.
 */
final class DatabaseInspection {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    static final String FIRST_MIGRATION = "V1__catalogue_editions.sql";

    private DatabaseInspection() {
    }

    static void check(Path file) {
        checkHeader(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MILLIS);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())) {
            quickCheck(file, connection);
            checkOurs(file, connection);
        } catch (SQLException e) {
            throw problem(file, e);
        }
    }

    private static void checkHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            if (header.length == 0) {
                throw new DamagedDatabaseException(file, "is empty (0 bytes): whatever it held is gone from it",
                        null);
            }
            if (!Arrays.equals(header, SQLITE_HEADER)) {
                throw new DamagedDatabaseException(file, "is not an Exemption Advisor database "
                        + "(it is not an SQLite file at all)", null);
            }
        } catch (IOException e) {
            throw new StorageException("cannot read the database " + file + " (" + e.getMessage() + "): check that "
                    + "you may read it and its folder", e);
        }
    }

    private static void quickCheck(Path file, Connection connection) throws SQLException {
        try (PreparedStatement check = connection.prepareStatement("PRAGMA quick_check");
             ResultSet rows = check.executeQuery()) {
            String first = rows.next() ? rows.getString(1) : "no answer";
            if (!"ok".equals(first)) {
                throw new DamagedDatabaseException(file, "is damaged (SQLite's integrity check says: " + first + ")",
                        null);
            }
        }
    }

    private static void checkOurs(Path file, Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        if (tables.isEmpty()) {
            throw new DamagedDatabaseException(file, "is not an Exemption Advisor database (it is an SQLite file "
                    + "holding no tables at all)", null);
        }
        if (!tables.contains("flyway_schema_history")) {
            throw new DamagedDatabaseException(file, "is not an Exemption Advisor database (it holds other tables)",
                    null);
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM flyway_schema_history WHERE version = '1' AND script = ? AND success = 1")) {
            query.setString(1, FIRST_MIGRATION);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || row.getInt(1) == 0) {
                    throw new DamagedDatabaseException(file, "is not an Exemption Advisor database (another "
                            + "application set it up)", null);
                }
            }
        }
    }

    private static StorageException problem(Path file, SQLException e) {
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
        return new StorageException("the database " + file + " cannot be checked: " + e.getMessage(), e);
    }
}
