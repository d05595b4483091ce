package sg.tsa.advisor.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.storage.learner.LearnerDetails;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
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

class BackupsAndDamageTest {
    @TempDir
    Path temp;

    private static Clock day(int dayOfMonth) {
        return Clock.fixed(Instant.parse(String.format("2026-11-%02dT02:00:00Z", dayOfMonth)), ZoneOffset.UTC);
    }

    @Test
    void oneBackupADayAndOnlyTheLastSevenAreKept() {
        Path folder = temp.resolve("data");
        for (int d = 1; d <= 10; d++) {
            Storage.open(folder, day(d)).close();
            Storage.open(folder, day(d)).close(); // a second start on the same day adds none
        }

        try (Storage storage = Storage.open(folder, day(10))) {
            assertThat(storage.backups().list()).extracting(b -> b.day().getDayOfMonth())
                    .containsExactly(10, 9, 8, 7, 6, 5, 4);
        }
    }

    @Test
    void aRestoredBackupHoldsWhatWasSavedBeforeIt() {
        Path folder = temp.resolve("data");
        try (Storage storage = Storage.open(folder, day(1))) {
            storage.learners().create(new LearnerDetails("Saved before the backup", null, null, null));
        }
        try (Storage storage = Storage.open(folder, day(2))) { // backup of the 2nd holds the learner
            storage.learners().create(new LearnerDetails("Saved after the backup", null, null, null));
        }

        Path aside = Storage.restoreLatestBackup(folder, day(3));

        assertThat(aside).exists().hasParent(folder.resolve(Storage.DAMAGED_FOLDER));
        try (Storage restored = Storage.open(folder, day(3))) {
            assertThat(restored.learners().search("", 10)).extracting(l -> l.name())
                    .containsExactly("Saved before the backup");
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedOfferingTheLatestBackupAndIsLeftAlone() throws Exception {
        Path folder = temp.resolve("data");
        Storage.open(folder, day(1)).close();
        Path file = folder.resolve(Storage.DATABASE_FILE);
        Files.writeString(file, "Dear diary, today I overwrote a database.");

        DamagedDatabaseException damaged = catchThrowableOfType(DamagedDatabaseException.class,
                () -> Storage.open(folder, day(2)));

        assertThat(damaged).hasMessage("the database " + file + " is not an Exemption Advisor database (it is not an "
                + "SQLite file at all); the latest automatic backup is from 2026-11-01 ("
                + folder.resolve("backups/exemption-advisor-2026-11-01.db") + ")");
        assertThat(damaged.latestBackup()).isPresent();
        assertThat(file).hasContent("Dear diary, today I overwrote a database.");
    }

    @Test
    void aDamagedDatabaseIsDetectedAtStartAndCanBeSetAsideKeepingIt() throws Exception {
        Path folder = temp.resolve("data");
        Storage.open(folder, day(1)).close();
        Files.delete(folder.resolve(Storage.BACKUP_FOLDER).resolve("exemption-advisor-2026-11-01.db"));
        Path file = folder.resolve(Storage.DATABASE_FILE);
        long size = Files.size(file);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            for (long at = 4096; at < size; at += 4096) { // every page but the first: the header stays intact
                raw.seek(at + 8);
                raw.write("garbage garbage garbage garbage".getBytes(StandardCharsets.US_ASCII));
            }
        }
        byte[] damagedBytes = Files.readAllBytes(file);

        DamagedDatabaseException damaged = catchThrowableOfType(DamagedDatabaseException.class,
                () -> Storage.open(folder, day(2)));

        assertThat(damaged.getMessage()).startsWith("the database " + file + " is damaged")
                .endsWith("; there is no automatic backup to restore");
        assertThat(Files.readAllBytes(file)).isEqualTo(damagedBytes);

        Path aside = Storage.setDamagedAside(folder, day(2));

        assertThat(Files.readAllBytes(aside)).isEqualTo(damagedBytes);
        try (Storage fresh = Storage.open(folder, day(2))) {
            assertThat(fresh.catalogues().editions()).hasSize(1);
        }
    }

    @Test
    void anotherApplicationsDatabaseIsRecognisedAsForeign() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data"));
        Path file = folder.resolve(Storage.DATABASE_FILE);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = other.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)");
        }

        DamagedDatabaseException damaged = catchThrowableOfType(DamagedDatabaseException.class,
                () -> Storage.open(folder, day(1)));

        assertThat(damaged.problem()).isEqualTo("is not an Exemption Advisor database (it holds other tables)");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = other.createStatement();
             var tables = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            assertThat(tables.getInt(1)).isEqualTo(1);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain(Storage.BACKUP_FOLDER);
        }
    }
}
