package sg.tsa.advisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.format.CatalogueWriter;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.storage.DatabaseState;
import sg.tsa.advisor.storage.Storage;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code catalogue import|export|list|activate} and {@code advise} on the local database, through the CLI. */
class CatalogueStorageCommandsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
    private static final Catalogue SHIPPED = ShippedCatalogue.load();

    @TempDir
    Path temp;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new java.util.ArrayList<>(List.of("--data-dir", temp.resolve("data").toString()));
        all.addAll(List.of(args));
        int status = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), CLOCK,
                dir -> {
                    throw new AssertionError("no window in tests");
                });
        return new Run(status, out.toString(), err.toString());
    }

    private Path nextEdition(String version, boolean withoutRules) throws Exception {
        Catalogue next = new Catalogue(version, SHIPPED.publishedOn(), SHIPPED.institution(),
                SHIPPED.contact().orElse(null), SHIPPED.sources(), SHIPPED.defaultRecencyYears(), SHIPPED.issuers(),
                SHIPPED.credentials(), SHIPPED.qualifications(), withoutRules ? List.of() : SHIPPED.rules());
        Path file = temp.resolve(version + ".json");
        Files.writeString(file, CatalogueWriter.toString(next));
        return file;
    }

    private Map<String, String> state() {
        try (Storage storage = Storage.open(temp.resolve("data"), CLOCK)) {
            return DatabaseState.of(storage.database());
        }
    }

    @Test
    void importListActivateAndExport() throws Exception {
        Run imported = run("catalogue", "import", nextEdition("2027.01", false).toString());
        Run again = run("catalogue", "import", nextEdition("2027.01", false).toString());
        Run listed = run("catalogue", "list");

        assertThat(imported.status()).isZero();
        assertThat(imported.out()).startsWith("imported catalogue 2027.01 of Temasek Polytechnic (")
                .contains("it is now the active catalogue");
        assertThat(again.status()).isZero();
        assertThat(again.out()).startsWith("catalogue 2027.01 is already stored (imported 2026-11-28 02:00); "
                + "nothing stored twice");
        assertThat(listed.out().lines()).containsExactly(
                "  " + String.format("%-12s", SHIPPED.version()) + " published " + SHIPPED.publishedOn()
                        + "  imported 2026-11-28 02:00  Temasek Polytechnic  shipped with the application",
                "* 2027.01      published " + SHIPPED.publishedOn() + "  imported 2026-11-28 02:00  Temasek Polytechnic"
                        + "  UNSIGNED");

        Run activated = run("catalogue", "activate", SHIPPED.version());
        Run exported = run("catalogue", "export", "-");

        assertThat(activated.status()).isZero();
        assertThat(activated.out()).startsWith("catalogue " + SHIPPED.version() + " of Temasek Polytechnic");
        assertThat(exported.out()).isEqualTo(CatalogueWriter.toString(SHIPPED));

        Path file = temp.resolve("exported.json");
        assertThat(run("catalogue", "export", file.toString()).status()).isZero();
        assertThat(file).hasContent(CatalogueWriter.toString(SHIPPED).stripTrailing());
    }

    @Test
    void badInputExitsTwoNamingTheProblemAndLeavesTheDatabaseAsItWas() throws Exception {
        run("catalogue", "list");
        Map<String, String> before = state();
        Path invalid = temp.resolve("invalid.json");
        Files.writeString(invalid, CatalogueWriter.toString(SHIPPED)
                .replace("\"requires\": \"cisco-ccna\"", "\"requires\": \"cisco-ccnx\"")
                .replace("\"level\": \"DIPLOMA\"", "\"level\": \"DIPLOMMA\""));
        Path conflicting = temp.resolve("conflict.json");
        Files.writeString(conflicting, CatalogueWriter.toString(SHIPPED).replace("Temasek Polytechnic", "Another"));

        Run badFile = run("catalogue", "import", invalid.toString());
        Run conflict = run("catalogue", "import", conflicting.toString());
        Run unknown = run("catalogue", "activate", "1999.01");
        Path nowhere = temp.resolve("no-such-folder").resolve("export.json");
        Run exportNowhere = run("catalogue", "export", nowhere.toString());

        assertThat(badFile.status()).isEqualTo(2);
        assertThat(badFile.err().lines()).allMatch(l -> l.startsWith("error: " + invalid + ": $."))
                .anyMatch(l -> l.contains("unknown credential \"cisco-ccnx\""))
                .anyMatch(l -> l.contains("\"DIPLOMMA\""));
        assertThat(conflict.status()).isEqualTo(2);
        assertThat(conflict.err()).startsWith("error: " + conflicting + ": version \"" + SHIPPED.version()
                + "\" is already stored with different contents");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("error: no catalogue edition \"1999.01\" is stored; stored editions: "
                + SHIPPED.version() + System.lineSeparator());
        assertThat(exportNowhere.status()).isEqualTo(2);
        assertThat(exportNowhere.err()).isEqualTo("error: \"" + nowhere + "\" is not a file in an existing folder"
                + System.lineSeparator());
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void adviseWithoutACatalogueFileUsesTheActiveEdition() throws Exception {
        Run before = run("advise", "--json", "--as-of", "2026-11-28", "CCNA@2024-06-01");
        run("catalogue", "import", nextEdition("2027.02", true).toString());
        Run after = run("advise", "--json", "--as-of", "2026-11-28", "CCNA@2024-06-01");

        assertThat(before.out()).contains("\"version\": \"" + SHIPPED.version() + "\"").contains("dip-idm-ict");
        assertThat(after.status()).isZero();
        assertThat(after.out()).contains("\"version\": \"2027.02\"").doesNotContain("dip-idm-ict");
    }

    @Test
    void aDamagedDatabaseIsReportedWithoutTouchingIt() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.writeString(data.resolve(Storage.DATABASE_FILE), "not a database");

        Run listed = run("catalogue", "list");

        assertThat(listed.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(listed.err()).startsWith("error: the database " + data.resolve(Storage.DATABASE_FILE)
                + " is not an Exemption Advisor database (it is not an SQLite file at all)")
                .contains("Nothing has been changed");
        assertThat(data.resolve(Storage.DATABASE_FILE)).hasContent("not a database");
    }
}
