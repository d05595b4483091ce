package sg.tsa.advisor.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.catalogue.format.CatalogueWriter;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StorageStartTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void firstStartCreatesTheFolderMigratesAndActivatesTheShippedCatalogue() throws Exception {
        Path folder = temp.resolve("not/yet/there");

        try (Storage storage = Storage.open(folder, CLOCK)) {
            assertThat(folder.resolve(Storage.DATABASE_FILE)).isRegularFile();
            assertThat(query(storage,
                    "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank"))
                    .containsExactlyElementsOf(shippedMigrationVersions());
            assertThat(query(storage, "PRAGMA journal_mode"))
                    .containsExactly("wal");
            assertThat(query(storage, "PRAGMA foreign_keys"))
                    .containsExactly("1");
            assertThat(storage.catalogues().editions()).singleElement()
                    .satisfies(e -> {
                        assertThat(e.version()).isEqualTo(ShippedCatalogue.load().version());
                        assertThat(e.active()).isTrue();
                        assertThat(e.importedAt()).isEqualTo(CLOCK.instant());
                    });
            assertThat(CatalogueWriter.toString(storage.catalogues().activeCatalogue()))
                    .isEqualTo(CatalogueWriter.toString(ShippedCatalogue.load()));
            assertThat(storage.backups().list()).singleElement()
                    .satisfies(b -> assertThat(b.day()).hasToString("2026-11-28"));
        }
    }

    @Test
    @SuppressWarnings("try") // the storage is open for the block: that is what is checked
    void theDataIsPrivateToItsOwner() throws Exception {
        Path folder = temp.resolve("data");
        try (Storage ignored = Storage.open(folder, CLOCK)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    folder.resolve(Storage.DATABASE_FILE)))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    folder.resolve(Storage.BACKUP_FOLDER)))).isEqualTo("rwx------");
        }
    }

    @Test
    void aSecondStartImportsNothingAgainAndKeepsTheSchema() {
        Path folder = temp.resolve("data");
        Storage.open(folder, CLOCK).close();
        try (Storage again = Storage.open(folder, CLOCK)) {
            assertThat(again.catalogues().editions()).hasSize(1);
            assertThat(again.backups().list()).hasSize(1);
        }
    }

    /** The first column of every row {@code sql} returns. */
    static List<String> query(Storage storage, String sql) {
        return storage.database().read(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        });
    }

    /** The versions of the migration scripts shipped with the application, in order. */
    private static List<String> shippedMigrationVersions() throws Exception {
        try (var files = Files.list(Path.of(StorageStartTest.class.getResource("/db/migration").toURI()))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                    .toList();
        }
    }
}
