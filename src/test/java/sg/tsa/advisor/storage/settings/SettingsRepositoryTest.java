package sg.tsa.advisor.storage.settings;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import sg.tsa.advisor.storage.DatabaseState;
import sg.tsa.advisor.storage.Storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SettingsRepositoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);

    /** Held so that the quieter level stays in force while this test migrates by hand. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    @TempDir
    Path temp;

    @Test
    void aNewDatabaseHoldsTheDefaults() {
        try (Storage storage = Storage.open(temp.resolve("data"), CLOCK)) {
            assertThat(storage.settings().load()).isEqualTo(Settings.DEFAULTS);
            assertThat(storage.settings().counsellorName()).isEmpty();
            assertThat(storage.settings().theme()).isEqualTo(Theme.LIGHT);
        }
    }

    @Test
    void settingsAreStoredChangedForgottenAndKeptAcrossStarts() {
        Path folder = temp.resolve("data");
        try (Storage storage = Storage.open(folder, CLOCK)) {
            assertThat(storage.settings().setCounsellorName("  Siti Rahmah ")).contains("Siti Rahmah");
            storage.settings().setTheme(Theme.DARK);
            assertThat(storage.settings().load()).isEqualTo(new Settings(Optional.of("Siti Rahmah"), Theme.DARK));
        }
        try (Storage again = Storage.open(folder, CLOCK)) {
            assertThat(again.settings().load()).isEqualTo(new Settings(Optional.of("Siti Rahmah"), Theme.DARK));

            again.settings().setCounsellorName("Lim Wei Jie");
            assertThat(again.settings().load()).isEqualTo(new Settings(Optional.of("Lim Wei Jie"), Theme.DARK));

            assertThat(again.settings().setCounsellorName("   ")).isEmpty();
            again.settings().setTheme(Theme.LIGHT);
            assertThat(again.settings().load()).isEqualTo(Settings.DEFAULTS);
        }
    }

    @Test
    void aNameHoldingAnNricOrTooLongIsRefusedAndNothingChanges() {
        try (Storage storage = Storage.open(temp.resolve("data"), CLOCK)) {
            storage.settings().setCounsellorName("Siti Rahmah");
            Map<String, String> before = DatabaseState.of(storage.database());

            InvalidSettingException nric = catchThrowableOfType(InvalidSettingException.class,
                    () -> storage.settings().setCounsellorName("Siti S1234567D"));
            InvalidSettingException tooLong = catchThrowableOfType(InvalidSettingException.class,
                    () -> storage.settings().setCounsellorName("x".repeat(201)));

            assertThat(nric.problems()).singleElement().asString()
                    .contains("the counsellor's name").contains("national identity number");
            assertThat(tooLong.problems()).singleElement().asString()
                    .contains("the counsellor's name is longer than 200 characters");
            assertThat(DatabaseState.of(storage.database())).isEqualTo(before);
            assertThat(storage.settings().counsellorName()).contains("Siti Rahmah");
        }
    }

    @Test
    void aDatabaseMadeBeforeSettingsExistedGetsThemAndKeepsItsData() throws Exception {
        FLYWAY_LOG.setLevel(Level.WARNING);
        Path folder = Files.createDirectories(temp.resolve("data"));
        Path file = folder.resolve(Storage.DATABASE_FILE);
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("3").load().migrate();
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO learner (name, created_at, updated_at) "
                    + "VALUES ('Tan Mei Ling', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
            try (ResultSet tables = statement.executeQuery(
                    "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'settings'")) {
                tables.next();
                assertThat(tables.getInt(1)).as("no settings table before V4").isZero();
            }
        }

        try (Storage storage = Storage.open(folder, CLOCK)) {
            assertThat(storage.settings().load()).isEqualTo(Settings.DEFAULTS);
            assertThat(storage.learners().search("Tan", 5)).singleElement()
                    .satisfies(l -> assertThat(l.name()).isEqualTo("Tan Mei Ling"));

            storage.settings().setCounsellorName("Siti Rahmah");
            assertThat(storage.settings().counsellorName()).contains("Siti Rahmah");
        }
    }

    @Test
    void themesAreReadFromTheirKeysInAnyCase() {
        assertThat(Theme.ofKey(" Dark ")).contains(Theme.DARK);
        assertThat(Theme.ofKey("light")).contains(Theme.LIGHT);
        assertThat(Theme.ofKey("blue")).isEmpty();
        assertThat(Theme.ofKey(null)).isEmpty();
    }
}
