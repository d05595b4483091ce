package sg.tsa.advisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.storage.Storage;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line on a data folder or input that is wrong: exit 2 with what is wrong and what to do. */
class LocalDataProblemsCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T01:12:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args, new PrintWriter(out), new PrintWriter(err), CLOCK, dir -> {
            throw new AssertionError("no window in tests");
        });
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void anEmptiedDatabaseIsReportedAndLeftEmpty() throws Exception {
        Path data = temp.resolve("data");
        assertThat(run("catalogue", "list", "--data-dir", data.toString()).status()).isZero();
        Files.write(data.resolve(Storage.DATABASE_FILE), new byte[0]);

        Run listed = run("catalogue", "list", "--data-dir", data.toString());

        assertThat(listed.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(listed.err()).startsWith("error: the database " + data.resolve(Storage.DATABASE_FILE)
                + " is empty (0 bytes)").contains("Nothing has been changed");
        assertThat(data.resolve(Storage.DATABASE_FILE)).isEmptyFile();
    }

    @Test
    void aDataDirThatIsAFileSaysSo() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "x");

        Run listed = run("catalogue", "list", "--data-dir", file.toString());

        assertThat(listed.status()).isEqualTo(Cli.FAILED);
        assertThat(listed.err()).isEqualTo("error: the data folder " + file + " is a file, not a folder: move that "
                + "file away, or choose another folder (--data-dir DIR, or the variable EXEMPTION_ADVISOR_HOME)"
                + System.lineSeparator());
    }

    @Test
    void aReadOnlyFolderCanBeReadButNotWrittenWithClearWords() throws Exception {
        Path data = temp.resolve("data");
        run("catalogue", "list", "--data-dir", data.toString());
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-x------"));
        try {
            Run listed = run("catalogue", "list", "--data-dir", data.toString());
            Run stored = run("settings", "counsellor", "--data-dir", data.toString(), "Nur Aisyah");

            assertThat(listed.status()).isZero();
            assertThat(listed.err()).startsWith("warning: the local data is open read-only because the folder " + data
                    + " may not be written; it can be read, but nothing can be saved");
            assertThat(stored.status()).isEqualTo(Cli.FAILED);
            assertThat(stored.err()).contains("error: nothing can be saved: the local data is open read-only");
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void exportingIntoAFolderIsBadInput() {
        Path data = temp.resolve("data");

        Run exported = run("catalogue", "export", "--data-dir", data.toString(), temp.toString());

        assertThat(exported.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(exported.err()).startsWith("error: \"" + temp + "\" is a folder: give the name of the file to "
                + "write, for example " + temp.resolve("catalogue.json"));
    }

    @Test
    void yearZeroAndFiveDigitYearsAreBadInputNamingTheDate() {
        Path data = temp.resolve("data");

        Run yearZero = run("advise", "--data-dir", data.toString(), "--as-of", "2026-11-28", "ccna@0000-01-01");
        Run farAway = run("advise", "--data-dir", data.toString(), "--as-of", "9999-12-31", "ccna@2024-06-01");

        assertThat(yearZero.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(yearZero.err()).startsWith("error: \"0000-01-01\" is outside the dates this tool works with "
                + "(1900-01-01 to 2999-12-31) in \"ccna@0000-01-01\"");
        assertThat(farAway.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(farAway.err()).startsWith("error: --as-of: \"9999-12-31\" is outside the dates");
        assertThat(yearZero.out() + farAway.out()).doesNotContain("0001", "+10003");
    }
}
