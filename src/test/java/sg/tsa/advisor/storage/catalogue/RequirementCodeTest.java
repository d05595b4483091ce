package sg.tsa.advisor.storage.catalogue;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Requirement;
import sg.tsa.advisor.catalogue.format.CatalogueWriter;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.StorageException;
import sg.tsa.advisor.storage.bench.SyntheticCatalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The compact requirement code of migration V5 (decision record 0040): its format, its backfill, its damage. */
class RequirementCodeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
    private static final Requirement.Holds[] LEAVES = RequirementCode.leaves(List.of("c0", "c1", "c2", "c3"));

    @TempDir
    Path temp;

    @Test
    void aTreeIsWrittenInPreOrderWithTheNumberOfPartsAndReadBackTheSame() {
        Requirement tree = new Requirement.AllOf(List.of(new Requirement.Holds("c3"),
                new Requirement.AnyOf(List.of(new Requirement.Holds("c0"), new Requirement.Holds("c2")))));

        String code = RequirementCode.encode(tree, Map.of("c0", 0, "c1", 1, "c2", 2, "c3", 3));

        assertThat(code).isEqualTo("a2 3 o2 0 2");
        assertThat(RequirementCode.decode(code, LEAVES)).isEqualTo(tree);
        assertThat(RequirementCode.decode("1", LEAVES)).isSameAs(LEAVES[1]);
    }

    @Test
    void aTreeNamingACredentialWithoutPositionHasNoCode() {
        assertThat(RequirementCode.encode(new Requirement.Holds("unknown"), Map.of())).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a2 1", "a0", "o1 1 2", "x1", "4", "a1  1", " 1", "1 ", "-1", "a1,1"})
    void aMalformedCodeIsRefused(String code) {
        assertThatThrownBy(() -> RequirementCode.decode(code, LEAVES)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMigrationGivesEditionsStoredBeforeItTheSameCodesAsAnImport() throws Exception {
        Path current = temp.resolve("current");
        Catalogue synthetic = SyntheticCatalogue.generate("synthetic-1", 7L,
                new SyntheticCatalogue.Size(3, 6, 40, 300));
        List<String> written;
        try (Storage storage = Storage.open(current, CLOCK)) {
            storage.catalogues().importCatalogue(synthetic);
            written = codes(storage);
        }
        assertThat(written).hasSizeGreaterThanOrEqualTo(300).doesNotContainNull();

        // A database as it was before V5: migrated to V4 only, holding the same edition, without codes.
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        String url = "jdbc:sqlite:" + data.resolve(Storage.DATABASE_FILE);
        Flyway.configure(getClass().getClassLoader()).dataSource(url, null, null)
                .locations("classpath:db/migration").target("4").load().migrate();
        copyTablesOfVersion4(url, current.resolve(Storage.DATABASE_FILE));

        try (Storage reopened = Storage.open(data, CLOCK)) {
            assertThat(codes(reopened)).isEqualTo(written);
            assertThat(CatalogueWriter.toString(reopened.catalogues().activeCatalogue()))
                    .isEqualTo(CatalogueWriter.toString(synthetic));
        }
    }

    /** Copies the rows of every table that the V4 database has (settings and Flyway's history apart). */
    private static void copyTablesOfVersion4(String url, Path from) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("ATTACH DATABASE '" + from.toString().replace("'", "''") + "' AS source");
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT name FROM main.sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite%' AND name NOT IN ('flyway_schema_history', 'settings')")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("PRAGMA main.table_info(" + table + ")")) {
                    while (rows.next()) {
                        columns.add(rows.getString("name"));
                    }
                }
                String list = String.join(", ", columns);
                statement.execute("INSERT INTO main." + table + " (" + list + ") SELECT " + list
                        + " FROM source." + table);
            }
        }
    }

    @Test
    void aDamagedCodeIsReportedWithItsRuleNotLoadedWrongly() {
        Path data = temp.resolve("data");
        try (Storage storage = Storage.open(data, CLOCK)) {
            storage.catalogues().importCatalogue(SyntheticCatalogue.generate("synthetic-1", 7L,
                    new SyntheticCatalogue.Size(2, 6, 20, 50)));
            String rule = storage.catalogues().activeCatalogue().rules().get(10).id();
            storage.database().write(connection -> {
                try (PreparedStatement damage = connection.prepareStatement(
                        "UPDATE rule SET requires_code = 'a2 1' WHERE id = ?")) {
                    damage.setString(1, rule);
                    return damage.executeUpdate();
                }
            });
            // a store of its own: nothing cached
            assertThatThrownBy(() -> new CatalogueStore(storage.database(), CLOCK).activeCatalogue())
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("rule " + rule + " has a damaged requirement");
        }
    }

    private static List<String> codes(Storage storage) {
        return storage.database().read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT requires_code FROM rule ORDER BY edition_id, position");
                 ResultSet rows = query.executeQuery()) {
                List<String> codes = new ArrayList<>();
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
                return codes;
            }
        });
    }
}
