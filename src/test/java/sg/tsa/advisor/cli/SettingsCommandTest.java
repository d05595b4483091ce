package sg.tsa.advisor.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.catalogue.format.CatalogueWriter;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.storage.Storage;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The counsellor's name in the settings as the default of {@code advise --pdf}, and the {@code settings} commands. */
class SettingsCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T06:05:00Z"), ZoneId.of("Asia/Singapore"));
    /** The operating system's account name while each test runs: it must never reach a summary. */
    private static final String USER = "os-account-q7";
    private String account;

    @BeforeEach
    void pretendAnAccount() {
        account = System.getProperty("user.name");
        System.setProperty("user.name", USER);
    }

    @AfterEach
    void restoreTheAccount() {
        System.setProperty("user.name", account);
    }

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), CLOCK, dataDir -> { });
    }

    private String data() {
        return "--data-dir=" + dir.resolve("data");
    }

    @Test
    void theSummaryNamesTheCounsellorStoredInTheSettings() throws IOException {
        Path data = dir.resolve("data");
        try (Storage storage = Storage.open(data, CLOCK)) {
            storage.settings().setCounsellorName("Siti Rahmah");
        }
        Path file = dir.resolve("summary.pdf");

        int status = run("advise", data(), "--as-of", "2026-11-28", "--pdf", file.toString(), "CCNA@2024-06-01");

        assertThat(status).as(err.toString()).isZero();
        assertThat(text(file)).contains("COUNSELLOR Siti Rahmah").doesNotContain("COUNSELLOR " + USER);
    }

    @Test
    void theSettingsCommandsStoreTheNameTheSummaryThenUses() throws IOException {
        assertThat(run("settings", "counsellor", data(), "  Lim Wei Jie ")).isZero();
        assertThat(out.toString()).isEqualTo("counsellor: Lim Wei Jie" + System.lineSeparator());
        assertThat(run("settings", "theme", data(), "DARK")).isZero();

        assertThat(run("settings", "show", data())).isZero();
        assertThat(out.toString().lines()).containsExactly("counsellor: Lim Wei Jie", "theme: dark",
                "retention: 24 months after a learner's last consultation");

        Path file = dir.resolve("summary.pdf");
        assertThat(run("advise", data(), "--as-of", "2026-11-28", "--pdf", file.toString(), "CCNA@2024-06-01"))
                .isZero();
        assertThat(text(file)).contains("COUNSELLOR Lim Wei Jie");

        assertThat(run("settings", "counsellor", data(), "--clear")).isZero();
        assertThat(run("settings", "show", data())).isZero();
        assertThat(out.toString().lines()).containsExactly("counsellor: (none stored; summaries leave it blank)",
                "theme: dark", "retention: 24 months after a learner's last consultation");
    }

    @Test
    void anExplicitCounsellorWinsOverTheSettings() throws IOException {
        assertThat(run("settings", "counsellor", data(), "Siti Rahmah")).isZero();
        Path file = dir.resolve("summary.pdf");

        assertThat(run("advise", data(), "--as-of", "2026-11-28", "--pdf", file.toString(),
                "--counsellor", "Tan Ah Kow", "CCNA@2024-06-01")).isZero();

        assertThat(text(file)).contains("COUNSELLOR Tan Ah Kow").doesNotContain("Siti Rahmah");
    }

    @Test
    void withACatalogueFileTheStoredNameIsUsedWhenADatabaseExistsAndNoneIsCreatedOtherwise() throws IOException {
        Path catalogue = Files.writeString(dir.resolve("catalogue.json"),
                CatalogueWriter.toString(ShippedCatalogue.load()));
        Path file = dir.resolve("summary.pdf");

        assertThat(run("advise", data(), "--catalogue", catalogue.toString(), "--as-of", "2026-11-28",
                "--pdf", file.toString(), "CCNA@2024-06-01")).isZero();
        assertThat(text(file)).contains("COUNSELLOR").doesNotContain(USER);
        assertThat(dir.resolve("data")).doesNotExist();

        assertThat(run("advise", data(), "--catalogue", catalogue.toString(), "--as-of", "2026-11-28", "--json",
                "CCNA@2024-06-01")).isZero();
        assertThat(dir.resolve("data")).doesNotExist();

        assertThat(run("settings", "counsellor", data(), "Siti Rahmah")).isZero();
        assertThat(run("advise", data(), "--catalogue", catalogue.toString(), "--as-of", "2026-11-28",
                "--pdf", file.toString(), "CCNA@2024-06-01")).isZero();
        assertThat(text(file)).contains("COUNSELLOR Siti Rahmah");
    }

    @Test
    void aNameHoldingAnNricIsBadInputAndNothingIsStored() {
        int status = run("settings", "counsellor", data(), "Siti S1234567D");

        assertThat(status).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).startsWith("error: settings counsellor: the counsellor's name seems to hold a "
                + "national identity number").doesNotContain("Exception");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void numbersHiddenInsideOrSpreadOutInTheNameAreCaughtToo() {
        for (String name : new String[]{"x_S1234567D", "S1234567D9", "S 1234567 D", "s1234567d"}) {
            assertThat(run("settings", "counsellor", data(), name)).as(name).isEqualTo(Cli.BAD_INPUT);
            assertThat(err.toString()).as(name).contains("national identity number").doesNotContain(name);
        }
        assertThat(dir.resolve("data")).doesNotExist();
        assertThat(run("settings", "counsellor", data(), "Nur Aisyah binte Osman (room 1234567)")).isZero();
    }

    @Test
    void anNricInTheSummarysNamesIsBadInputAndNoSummaryIsWritten() {
        Path file = dir.resolve("summary.pdf");

        int status = run("advise", data(), "--as-of", "2026-11-28", "--pdf", file.toString(), "--learner",
                "Tan S 1234567 D", "--counsellor", "Lim x_T1234567J", "CCNA@2024-06-01");

        assertThat(status).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("error: --learner seems to hold a national identity number")
                .contains("error: --counsellor seems to hold a national identity number");
        assertThat(file).doesNotExist();
    }

    @Test
    void anUnknownThemeIsBadInputNamingIt() {
        assertThat(run("settings", "theme", data(), "blue")).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).startsWith("error: settings theme: \"blue\" is not a theme; write light or dark");
        assertThat(run("settings", "counsellor", data())).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).startsWith("error: settings counsellor: give either NAME or --clear");
    }

    private static String text(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
