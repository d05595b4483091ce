package sg.tsa.advisor.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A database that is not plainly ours and healthy is reported, and not one byte of it changes. */
class NothingWrittenToForeignFilesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T01:12:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Path folderWith(String sql) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data"));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Storage.DATABASE_FILE));
             Statement statement = other.createStatement()) {
            for (String one : sql.split(";")) {
                statement.execute(one);
            }
        }
        return folder;
    }

    @Test
    void anEmptiedDatabaseIsDamagedNotReplaced() throws Exception {
        Path folder = temp.resolve("data");
        Storage.open(folder, CLOCK).close();
        Path file = folder.resolve(Storage.DATABASE_FILE);
        Files.write(file, new byte[0]);

        DamagedDatabaseException damaged = catchThrowableOfType(DamagedDatabaseException.class,
                () -> Storage.open(folder, CLOCK));

        assertThat(damaged.problem()).isEqualTo("is empty (0 bytes): whatever it held is gone from it");
        assertThat(damaged.latestBackup()).isPresent();
        assertThat(file).isEmptyFile();
        assertThat(folder.resolve(Storage.DATABASE_FILE + "-wal")).doesNotExist();
    }

    @Test
    void anotherProgramsDatabaseKeepsEveryByteItsJournalModeIncluded() throws Exception {
        Path folder = folderWith("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL);"
                + "INSERT INTO invoices (amount) VALUES (12.5)");
        Path file = folder.resolve(Storage.DATABASE_FILE);
        byte[] before = Files.readAllBytes(file);
        assertThat(new byte[]{before[18], before[19]}).containsExactly(1, 1); // rollback journal, not WAL

        DamagedDatabaseException damaged = catchThrowableOfType(DamagedDatabaseException.class,
                () -> Storage.open(folder, CLOCK));

        assertThat(damaged.problem()).isEqualTo("is not an Exemption Advisor database (it holds other tables)");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(Storage.DATABASE_FILE, "exemption-advisor.lock");
        }
    }

    @Test
    void anotherFlywayApplicationsDatabaseIsNotTakenForOurs() throws Exception {
        Path folder = folderWith("CREATE TABLE flyway_schema_history (installed_rank INT, version TEXT, script TEXT,"
                + " success INT);INSERT INTO flyway_schema_history VALUES (1, '1', 'V1__invoices.sql', 1);"
                + "CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
        Path file = folder.resolve(Storage.DATABASE_FILE);
        byte[] before = Files.readAllBytes(file);

        DamagedDatabaseException damaged = catchThrowableOfType(DamagedDatabaseException.class,
                () -> Storage.open(folder, CLOCK));

        assertThat(damaged.problem()).isEqualTo("is not an Exemption Advisor database (another application set it up)");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anSqliteFileWithNoTablesIsNotOursEither() throws Exception {
        Path folder = folderWith("PRAGMA user_version = 7");
        Path file = folder.resolve(Storage.DATABASE_FILE);
        byte[] before = Files.readAllBytes(file);

        DamagedDatabaseException damaged = catchThrowableOfType(DamagedDatabaseException.class,
                () -> Storage.open(folder, CLOCK));

        assertThat(damaged.problem()).contains("holding no tables");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aNewDatabaseIsMadeWholeBesideAndMovedIntoAnEmptyPlace() {
        Path folder = temp.resolve("data");
        try (Storage storage = Storage.open(folder, CLOCK)) {
            assertThat(storage.catalogues().editions()).hasSize(1);
        }
        assertThat(folder.resolve(Storage.DATABASE_FILE + ".new")).doesNotExist();
    }
}
