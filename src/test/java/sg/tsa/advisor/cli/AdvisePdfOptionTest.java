package sg.tsa.advisor.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code advise --pdf FILE [--learner NAME] [--counsellor NAME]}: the printable summary from the command line. */
class AdvisePdfOptionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T06:05:00Z"), ZoneId.of("Asia/Singapore"));

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), CLOCK, dataDir -> { });
    }

    @Test
    void writesTheSummaryWithLearnerCounsellorAndTheGeneratedStamp() throws IOException {
        Path file = dir.resolve("summary.pdf");

        int status = run("advise", "--as-of", "2026-11-28", "--pdf", file.toString(), "--learner", "Tan Wei Ling",
                "--counsellor", "Lim Mei Hua", "CCNA@2024-06-01");

        assertThat(status).isZero();
        assertThat(out.toString()).contains("Data Communication and Networking");
        String text = text(file);
        assertThat(text).contains("Indicative module exemptions", "Tan Wei Ling", "Lim Mei Hua",
                "Data Communication and Networking", "Generated 28 Nov 2026, 14:05", "Page 1 of 1");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void withoutAStoredNameTheCounsellorIsLeftBlankNeverTheOperatingSystemAccount() throws IOException {
        Path file = dir.resolve("summary.pdf");
        String account = System.getProperty("user.name");
        System.setProperty("user.name", "os-account-q7");
        try {
            assertThat(run("advise", "--as-of", "2026-11-28", "--pdf", file.toString(), "CCNA@2024-06-01")).isZero();
        } finally {
            System.setProperty("user.name", account);
        }

        assertThat(text(file)).contains("COUNSELLOR").doesNotContain("os-account-q7");
    }

    @Test
    void aFileInAFolderThatDoesNotExistIsBadInputNamingIt() {
        Path file = dir.resolve("missing").resolve("summary.pdf");

        int status = run("advise", "--as-of", "2026-11-28", "--pdf", file.toString(), "CCNA@2024-06-01");

        assertThat(status).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).startsWith("error: --pdf: \"" + file + "\"").doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void namesInChineseAndTamilArePrintedAsThemselves() throws IOException {
        Path file = dir.resolve("summary.pdf");

        int status = run("advise", "--as-of", "2026-11-28", "--pdf", file.toString(), "--learner", "陈伟玲",
                "--counsellor", "தமிழ்செல்வி", "CCNA@2024-06-01");

        assertThat(status).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(text(file)).contains("LEARNER 陈伟玲", "COUNSELLOR தமிழ்செல்வி").doesNotContain("?");
    }

    @Test
    void aNameWithACharacterNoFontHasIsBadInputAndNothingIsWritten() {
        Path file = dir.resolve("summary.pdf");

        int status = run("advise", "--as-of", "2026-11-28", "--pdf", file.toString(), "--learner", "Somchai สม",
                "CCNA@2024-06-01");

        assertThat(status).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("error: --learner: the name \"Somchai สม\" cannot be printed on the summary: "
                + "it has no font for U+0E2A (ส), U+0E21 (ม); write it without those characters" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        assertThat(file).doesNotExist();
    }

    private static String text(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
