package sg.tsa.advisor.storage;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.storage.learner.LearnerDetails;
import sg.tsa.advisor.storage.learner.Visit;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Backups that match what they promise: what a restore loses, before each change, and a rotation that keeps. */
class BackupPromisesTest {
    private static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");

    @TempDir
    Path temp;

    private static Clock at(String localDateTime) {
        return Clock.fixed(java.time.LocalDateTime.parse(localDateTime).atZone(SINGAPORE).toInstant(), SINGAPORE);
    }

    private static Visit visit(String name, Instant at) {
        return new Visit(null, new LearnerDetails(name, null, null, null), List.of(), at, "Nur Aisyah",
                LocalDate.of(2026, 11, 28), null, "2026.11", "{}");
    }

    @Test
    void theRestoreQuestionCountsWhatWasSavedAfterTheBackupWasTaken() throws Exception {
        Path folder = temp.resolve("data");
        try (Storage storage = Storage.open(folder, at("2026-11-28T09:12:00"))) { // today's backup at 09:12
            storage.consultations().record(visit("Before the backup", at("2026-11-28T09:10:00").instant()));
        }
        try (Storage storage = Storage.open(folder, at("2026-11-28T09:23:00"))) {
            storage.consultations().record(visit("Tan Wei Ling", at("2026-11-28T09:23:00").instant()));
            storage.consultations().record(visit("Lim Jun Jie", at("2026-11-28T09:40:00").instant()));
            long known = storage.learners().search("Before", 1).get(0).id();
            storage.consultations().record(new Visit(known, new LearnerDetails("Before the backup", null, null, null),
                    List.of(), at("2026-11-28T10:05:00").instant(), null, LocalDate.of(2026, 11, 28), null,
                    "2026.11", "{}"));
        }
        Path file = folder.resolve(Storage.DATABASE_FILE);
        breakWithoutLosingRows(file);
        Clock now = at("2026-11-28T11:00:00");

        DamagedDatabaseException damaged = catchThrowableOfType(DamagedDatabaseException.class,
                () -> Storage.open(folder, now));

        assertThat(damaged.problem()).startsWith("is damaged");
        assertThat(damaged.lossOnRestore()).get().extracting(l -> l.describe(now))
                .isEqualTo("everything saved after 09:12 today: 3 consultations and 2 new learners");
    }

    @Test
    void whenTheFileCannotBeReadTheQuestionSaysHowMuchIsUnknown() throws Exception {
        Path folder = temp.resolve("data");
        Storage.open(folder, at("2026-11-27T16:45:00")).close();
        Files.write(folder.resolve(Storage.DATABASE_FILE), new byte[0]);
        Clock now = at("2026-11-28T08:00:00");

        DamagedDatabaseException damaged = catchThrowableOfType(DamagedDatabaseException.class,
                () -> Storage.open(folder, now));

        assertThat(damaged.lossOnRestore().orElseThrow().describe(now)).isEqualTo("everything saved after 16:45 "
                + "yesterday (how much cannot be counted: the current file cannot be read)");
    }

    @Test
    void aMigrationIsPrecededByABackupOfTheDatabaseAsItWas() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data"));
        Path file = folder.resolve(Storage.DATABASE_FILE);
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("5").load().migrate();

        try (Storage storage = Storage.open(folder, at("2026-11-28T09:12:00"))) {
            assertThat(storage.backups().list()).extracting(b -> b.file().getFileName().toString())
                    .contains("exemption-advisor-2026-11-28T09-12-00-before-migration.db");
        }
        Path before = folder.resolve("backups/exemption-advisor-2026-11-28T09-12-00-before-migration.db");
        assertThat(schemaVersion(before)).isEqualTo("5");
        assertThat(schemaVersion(file)).isNotEqualTo("5");
    }

    @Test
    void activatingAnotherEditionIsPrecededByABackupHoldingTheOldOne() throws Exception {
        Path folder = temp.resolve("data");
        Catalogue shipped = ShippedCatalogue.load();
        try (Storage storage = Storage.open(folder, at("2026-11-28T09:12:00"))) {
            assertThat(storage.backups().list()).hasSize(1); // the first import made none: nothing to keep yet
        }
        try (Storage storage = Storage.open(folder, at("2026-11-28T14:30:05"))) {
            storage.catalogues().importCatalogue(new Catalogue("2027.01", shipped.publishedOn(), shipped.institution(),
                    shipped.contact().orElse(null), shipped.sources(), shipped.defaultRecencyYears(),
                    shipped.issuers(), shipped.credentials(), shipped.qualifications(), shipped.rules()));
        }
        Path before = folder.resolve("backups/exemption-advisor-2026-11-28T14-30-05-before-activation.db");
        assertThat(before).exists();
        try (Connection backup = DriverManager.getConnection("jdbc:sqlite:" + before);
             Statement query = backup.createStatement();
             ResultSet rows = query.executeQuery("SELECT group_concat(version) FROM edition")) {
            assertThat(rows.getString(1)).isEqualTo(shipped.version());
        }
    }

    @Test
    void aRunOfDamagedStartsNeverAgesOutTheLastGoodBackup() throws Exception {
        Path folder = temp.resolve("data");
        for (int day = 1; day <= 3; day++) {
            Storage.open(folder, at(String.format("2026-11-%02dT09:00:00", day))).close();
        }
        Files.write(folder.resolve(Storage.DATABASE_FILE), new byte[0]);
        for (int day = 4; day <= 20; day++) {
            Clock clock = at(String.format("2026-11-%02dT09:00:00", day));
            DamagedDatabaseException damaged = catchThrowableOfType(DamagedDatabaseException.class,
                    () -> Storage.open(folder, clock));
            assertThat(damaged.latestBackup()).get().extracting(b -> b.day()).isEqualTo(LocalDate.of(2026, 11, 3));
        }

        assertThat(new Backups(folder.resolve(Storage.BACKUP_FOLDER)).list()).extracting(b -> b.day().getDayOfMonth())
                .containsExactly(3, 2, 1);
    }

    private static String schemaVersion(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC")) {
            return rows.getString(1);
        }
    }

    /** Says the file has one page more than it holds: quick_check fails, every row can still be read. */
    private static void breakWithoutLosingRows(Path file) throws Exception {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(28);
            int pages = raw.readInt();
            raw.seek(28);
            raw.writeInt(pages + 1);
            raw.setLength(raw.length() + 4096);
        }
    }
}
