package sg.tsa.advisor.catalogue.format;

import com.google.gson.JsonArray;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.testing.CatalogueBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static sg.tsa.advisor.catalogue.format.CatalogueValidationTest.assertOnlyProblem;
import static sg.tsa.advisor.catalogue.format.CatalogueValidationTest.problems;
import static sg.tsa.advisor.catalogue.format.CatalogueValidationTest.valid;

/**
 * Files made to break the reader: numbers beyond any sense, values that would spoof a line, keys of megabytes,
 * devices and endless streams. Each is refused with its JSON path and plain words, never with Gson's own text.
 */
class HostileCatalogueTest {
    @TempDir
    Path temp;

    private static Number number(String literal) {
        return new LazilyParsedNumber(literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "-1e400", "1e100000", "1e16"})
    void aNumberBeyondADoubleIsRefusedWithItsPath(String literal) {
        CatalogueBuilder file = valid().set("$.qualifications[0].modules[0].hours", number(literal));
        List<CatalogueProblem> problems = problems(file);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.qualifications[0].modules[0].hours");
            assertThat(p.message()).contains(literal, "too large").doesNotContain("scale", "Gson", "JsonReader");
        });
    }

    @Test
    void aTinyNumberIsRead() throws InvalidCatalogueException {
        Catalogue catalogue = CatalogueReader.read(valid()
                .set("$.qualifications[0].modules[0].hours", number("1e-100000000")).json());
        assertThat(catalogue.qualifications().get(0).modules().get(0).hours()).isEqualTo(0.0);
    }

    @Test
    void aFourHundredDigitIntegerIsRefusedWhereverANumberGoes() {
        String digits = "9".repeat(400);
        for (String path : List.of("$.defaults.recencyYears", "$.rules[0].recencyYears", "$.credentials[0].hours",
                "$.qualifications[0].modules[1].credits")) {
            assertOnlyProblem(valid().set(path, number(digits)), path, "more than 40 characters",
                    "(400 characters)");
        }
    }

    @Test
    void aHugeExponentOnAWholeNumberIsRefusedWithItsPath() {
        assertOnlyProblem(valid().set("$.rules[1].recencyYears", number("1e100000")), "$.rules[1].recencyYears",
                "the number 1e100000 is far too large");
    }

    @Test
    void recencyYearsAreBoundedToACentury() throws InvalidCatalogueException {
        assertOnlyProblem(valid().set("$.rules[0].recencyYears", 2147483647), "$.rules[0].recencyYears",
                "from 1 to 100", "2147483647");
        assertOnlyProblem(valid().set("$.rules[0].recencyYears", 2147483648L), "$.rules[0].recencyYears",
                "the number 2147483648 is far too large");
        assertOnlyProblem(valid().set("$.defaults.recencyYears", 101), "$.defaults.recencyYears", "from 1 to 100");
        assertOnlyProblem(valid().set("$.rules[0].recencyYears", 0), "$.rules[0].recencyYears", "from 1 to 100");
        Catalogue atTheBounds = CatalogueReader.read(valid().set("$.defaults.recencyYears", 100)
                .set("$.rules[0].recencyYears", 1).json());
        assertThat(atTheBounds.defaultRecencyYears()).isEqualTo(100);
        assertThat(atTheBounds.rules().get(0).recencyYears()).isEqualTo(1);
    }

    @Test
    void hoursAndCreditsAreBoundedByWhatTheyMean() throws InvalidCatalogueException {
        assertOnlyProblem(valid().set("$.credentials[1].hours", 10_000.5), "$.credentials[1].hours",
                "at most 10000 hours", "10000.5");
        assertOnlyProblem(valid().set("$.qualifications[0].modules[2].hours", 20_000),
                "$.qualifications[0].modules[2].hours", "at most 10000 hours");
        assertOnlyProblem(valid().set("$.qualifications[0].modules[2].credits", 1_001),
                "$.qualifications[0].modules[2].credits", "at most 1000 credits");
        Catalogue atTheBounds = CatalogueReader.read(valid().set("$.credentials[1].hours", 10_000)
                .set("$.qualifications[0].modules[2].credits", 1_000).json());
        assertThat(atTheBounds.credentials().get(1).hours()).isEqualTo(10_000.0);
        assertThat(atTheBounds.qualifications().get(0).modules().get(2).credits()).isEqualTo(1_000.0);
    }

    @Test
    void wronglyTypedRulesAreReportedCappedAndCounted() {
        JsonArray rules = new JsonArray();
        for (int i = 0; i < 5_000; i++) {
            rules.add(i % 2 == 0 ? new JsonPrimitive(i) : new JsonPrimitive("rule " + i));
        }
        try {
            CatalogueReader.read(valid().set("$.rules", rules).json());
            throw new AssertionError("5,000 wrongly typed rules were accepted");
        } catch (InvalidCatalogueException e) {
            assertThat(e.problems()).hasSize(CatalogueReader.MAX_PROBLEMS);
            assertThat(e.problems().get(0)).hasToString("$.rules[0]: expected an object, found the number 0");
            assertThat(e.problems().get(199).path()).isEqualTo("$.rules[199]");
            assertThat(e.total()).isEqualTo(5_000);
            assertThat(e.lines()).hasSize(201).last().asString()
                    .isEqualTo("… and 4800 more problems (5000 in all); the first 200 are shown");
        }
    }

    @Test
    void aKeyOfAMillionCharactersIsQuotedShortened() {
        String key = "k".repeat(1_000_000);
        List<CatalogueProblem> problems = problems(valid().set("$.credentials[0]." + key, "x").json());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).startsWith("$.credentials[0][\"kkk").endsWith("… (1000000 characters)\"]");
            assertThat(p.message()).startsWith("unknown field \"kkk").endsWith("… (1000000 characters)\"");
            assertThat(p.toString().length()).isLessThan(300);
        });
        List<CatalogueProblem> twice = problems(valid().json()
                .replaceFirst("\"version\"", "\"" + key + "\": 1, \"" + key + "\": 2, \"version\""));
        assertThat(twice).allSatisfy(p -> assertThat(p.toString().length()).isLessThan(300));
    }

    @Test
    void aKeyThatIsNotAPlainNameIsWrittenInBracketsInThePath() {
        for (String key : List.of("qu alification", "a\"b")) {
            com.google.gson.JsonObject tree = valid().tree();
            tree.getAsJsonArray("rules").get(0).getAsJsonObject().addProperty(key, "q1");
            String quoted = "\"" + key.replace("\"", "\\\"") + "\"";
            assertOnlyProblem(tree.toString(), "$.rules[0][" + quoted + "]", "unknown field " + quoted);
        }
    }

    @Test
    void aLongValueIsQuotedShortened() {
        String value = "x".repeat(100_000);
        assertOnlyProblem(valid().set("$.credentials[0].kind", value), "$.credentials[0].kind",
                "unknown value \"" + "x".repeat(Quoted.SHOWN) + "… (100000 characters)\"; expected one of");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{format: 'exemption-catalogue/1'}", "{\"format\": 'x'}", "{\"a\": 1,}",
            "{\"a\": 1 // comment\n}"})
    void gsonsAdviceNeverReachesTheUser(String json) {
        List<CatalogueProblem> problems = problems(json);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).startsWith("not valid JSON at line ").contains("column ")
                    .doesNotContain("setStrictness", "Strictness", "JsonReader", "http", "LENIENT");
        });
    }

    @Test
    void syntaxErrorsSayWhatAndWhere() {
        assertOnlyProblem("{\"format\": \"exemption-catalogue/1", "$", "line 1", "string is not closed");
        assertOnlyProblem("{\"format\": \"exemption-catalogue/1\n\"}", "$", "line 1", "control character");
        assertOnlyProblem("{\n  \"format\" \"x\"}", "$", "not valid JSON at line 2, column ",
                "':' is expected after the field name");
        assertOnlyProblem("{\"format\": ", "$", "ends before the catalogue does");
        assertOnlyProblem("[".repeat(10_000), "$", "one JSON object");
        assertOnlyProblem("{\"a\":" + "[".repeat(10_000), "$", "nested too deeply");
    }

    @Test
    void aVersionWithALineBreakIsRefusedAndNeverPrintedRaw() {
        List<CatalogueProblem> problems = problems(valid().set("$.version", "2027.01\n* 2026.11"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.version");
            assertThat(p.message()).contains("\"2027.01\\n* 2026.11\"", "U+000A", "one line").doesNotContain("\n");
        });
    }

    @Test
    void aVersionThatReordersTextOrRunsLongIsRefused() {
        assertOnlyProblem(valid().set("$.version", "2027\u202e10.1"), "$.version", "U+202E");
        assertOnlyProblem(valid().set("$.version", "2027.01 " + "x".repeat(40)), "$.version",
                "at most 40 characters");
    }

    @Test
    void titlesAndNamesAreOneLineWhileNotesMayRunOverSeveral() throws InvalidCatalogueException {
        assertOnlyProblem(valid().set("$.credentials[2].title", "CCNA\u0000"), "$.credentials[2].title", "U+0000");
        assertOnlyProblem(valid().set("$.institution", "TP\r"), "$.institution", "U+000D");
        assertOnlyProblem(valid().set("$.rules[0].note", "first\u0007"), "$.rules[0].note", "U+0007",
                "only line breaks and tabs");
        Catalogue read = CatalogueReader.read(valid().set("$.rules[0].note", "first line\n\tsecond line").json());
        assertThat(read.rules().get(0).note()).isEqualTo("first line\n\tsecond line");
    }

    @Test
    void anIdWithALineBreakIsRefusedAndQuotedEscaped() {
        List<CatalogueProblem> problems = problems(valid().set("$.issuers[0].id", "iss\nerror: forged"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.issuers[0].id");
            assertThat(p.message()).isEqualTo("\"iss\\nerror: forged\" is not a valid id: use letters, digits, "
                    + "'-', '_' and '.'");
        });
        assertThat(problems).allSatisfy(p -> assertThat(p.toString()).doesNotContain("\n"));
    }

    @Test
    void aDeviceIsRefusedBeforeAnythingIsRead() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");
        assertThatThrownBy(() -> CatalogueReader.read(zero)).isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("$: /dev/zero is not a regular file");
    }

    @Test
    void aPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = temp.resolve("catalogue.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo made a pipe");
        assertThatThrownBy(() -> CatalogueReader.read(fifo)).isInstanceOf(InvalidCatalogueException.class)
                .hasMessageEndingWith("catalogue.json is not a regular file");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = temp.resolve("big.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(CatalogueReader.MAX_BYTES + 1L); // sparse: nothing is written
        }
        assertThatThrownBy(() -> CatalogueReader.read(big)).isInstanceOf(InvalidCatalogueException.class)
                .hasMessageEndingWith("big.json is larger than 64 MB: too large to be a catalogue");
    }

    @Test
    void anEndlessStreamIsReadOnlyUpToTheLimit() {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                served[0] += len;
                return len;
            }
        };
        assertThatThrownBy(() -> CatalogueReader.read(endless)).isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("$: the catalogue is larger than 64 MB: too large to be a catalogue");
        assertThat(served[0]).isEqualTo(CatalogueReader.MAX_BYTES + 1L);
    }
}
