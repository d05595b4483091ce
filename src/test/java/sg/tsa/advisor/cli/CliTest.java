package sg.tsa.advisor.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sg.tsa.advisor.testing.CatalogueBuilder;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line of command-line.md, run in-process with a fixed clock: 28 Nov 2026 in Singapore. */
class CliTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T18:30:00Z"), ZoneId.of("Asia/Singapore"));

    record Result(int status, String out, String err) {
        List<String> errorLines() {
            return err.lines().filter(l -> l.startsWith("error: ")).toList();
        }

        JsonObject json() {
            return JsonParser.parseString(out).getAsJsonObject();
        }
    }

    final List<Path> windowsOpened = new ArrayList<>();
    final List<Result> results = new ArrayList<>();

    Result run(String... args) {
        return run(windowsOpened::add, args);
    }

    Result run(Consumer<Path> openWindow, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args, new PrintWriter(out), new PrintWriter(err), CLOCK, openWindow);
        Result result = new Result(status, out.toString(), err.toString());
        results.add(result);
        return result;
    }

    /** Whatever happens, the user never sees a stack trace. */
    @AfterEach
    void noStackTraces() {
        for (Result result : results) {
            assertThat(result.err()).doesNotContain("\tat ", "Exception");
            assertThat(result.out()).doesNotContain("\tat ", "Exception");
        }
    }

    static List<String> strings(JsonElement array) {
        return StreamSupport.stream(array.getAsJsonArray().spliterator(), false).map(JsonElement::getAsString)
                .toList();
    }

    static JsonObject qualification(JsonObject report, String id) {
        for (JsonElement q : report.getAsJsonArray("qualifications")) {
            if (q.getAsJsonObject().get("id").getAsString().equals(id)) {
                return q.getAsJsonObject();
            }
        }
        throw new AssertionError("no qualification " + id + " in " + report);
    }

    static List<String> ids(JsonArray array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(e -> e.getAsJsonObject().get("id").getAsString()).toList();
    }

    @Nested
    class AdviseJson {
        @Test
        void ccnaExemptsDataCommunicationAndNetworking() {
            Result result = run("advise", "--as-of", "2026-11-28", "--json", "CCNA@2024-06-01");

            assertThat(result.status()).isZero();
            assertThat(result.err()).isEmpty();
            JsonObject report = result.json();
            assertThat(report.get("asOf").getAsString()).isEqualTo("2026-11-28");
            assertThat(report.get("intake").isJsonNull()).isTrue();
            assertThat(report.getAsJsonObject("catalogue").get("version").getAsString()).isEqualTo("2026.11");
            assertThat(report.getAsJsonObject("catalogue").get("institution").getAsString())
                    .isEqualTo("Temasek Polytechnic");

            assertThat(report.getAsJsonArray("qualifications")).hasSize(1);
            JsonObject q = qualification(report, "dip-idm-ict");
            assertThat(q.get("title").getAsString())
                    .isEqualTo("Diploma in Infocomm and Digital Media (ICT Systems, Services & Support)");
            assertThat(q.get("level").getAsString()).isEqualTo("DIPLOMA");
            JsonArray modules = q.getAsJsonArray("exemptedModules");
            assertThat(modules).hasSize(1);
            assertThat(modules.get(0).getAsJsonObject().get("id").getAsString()).isEqualTo("dcn");
            assertThat(modules.get(0).getAsJsonObject().get("title").getAsString())
                    .isEqualTo("Data Communication and Networking");
            assertThat(q.getAsJsonArray("exemptedCertificates")).isEmpty();
            JsonArray grants = q.getAsJsonArray("grants");
            assertThat(grants).hasSize(1);
            JsonObject grant = grants.get(0).getAsJsonObject();
            assertThat(grant.get("rule").getAsString()).isEqualTo("ccna-dcn");
            assertThat(grant.getAsJsonObject("exempts").get("module").getAsString()).isEqualTo("dcn");
            assertThat(grant.getAsJsonObject("exempts").has("certificate")).isFalse();
            assertThat(strings(grant.get("credentials"))).containsExactly("cisco-ccna");
            assertThat(q.get("remainingModules").isJsonNull()).isTrue();
            assertThat(q.getAsJsonArray("lapsingBeforeIntake")).isEmpty();

            List<String> nearMisses = StreamSupport.stream(report.getAsJsonArray("nearMisses").spliterator(), false)
                    .map(JsonElement::getAsJsonObject)
                    .map(n -> n.get("rule").getAsString() + " " + n.get("qualification").getAsString() + " "
                            + strings(n.get("missing")))
                    .toList();
            assertThat(nearMisses).contains("aws-sa-ccs dip-idm-ict [aws-saa, aws-sap]")
                    .noneMatch(n -> n.startsWith("ccna-dcn") || n.startsWith("aipnd-mltf-pml"));
            assertThat(report.getAsJsonArray("lapsed")).isEmpty();
        }

        @Test
        void aLapsedCredentialIsReportedWithItsDatesAndRules() {
            Result result = run("advise", "--as-of", "2026-11-28", "--json", "CCNA@2019-05-02");

            assertThat(result.status()).isZero();
            JsonObject report = result.json();
            assertThat(report.getAsJsonArray("qualifications")).isEmpty();
            JsonArray lapsed = report.getAsJsonArray("lapsed");
            assertThat(lapsed).hasSize(1);
            JsonObject ccna = lapsed.get(0).getAsJsonObject();
            assertThat(ccna.get("credential").getAsString()).isEqualTo("cisco-ccna");
            assertThat(ccna.get("attainedOn").getAsString()).isEqualTo("2019-05-02");
            assertThat(ccna.get("countsUntil").getAsString()).isEqualTo("2023-05-02");
            assertThat(strings(ccna.get("rules"))).containsExactly("ccna-dcn");
        }

        @Test
        void anExemptionLapsingBeforeIntakeIsListed() {
            Result result = run("advise", "--as-of", "2026-11-28", "--intake", "2027-01-05", "--json",
                    "CCNA@2022-12-01", "SAA@2026-01-01");

            assertThat(result.status()).isZero();
            JsonObject report = result.json();
            assertThat(report.get("intake").getAsString()).isEqualTo("2027-01-05");
            assertThat(strings(qualification(report, "dip-idm-ict").get("lapsingBeforeIntake")))
                    .containsExactly("ccna-dcn");
        }

        @Test
        void aWholeCertificateIsListedAsExempted() {
            JsonObject report = run("advise", "--as-of", "2026-11-28", "--json", "AAHN@2025-01-01").json();

            JsonObject q = qualification(report, "sd-amt");
            assertThat(ids(q.getAsJsonArray("exemptedCertificates"))).containsExactly("pdc-aahn");
            assertThat(q.getAsJsonArray("exemptedModules")).isEmpty();
            assertThat(q.getAsJsonArray("grants").get(0).getAsJsonObject().getAsJsonObject("exempts")
                    .get("certificate").getAsString()).isEqualTo("pdc-aahn");
        }

        @Test
        void theAssessmentDateDefaultsToTodayOnTheClock() {
            JsonObject report = run("advise", "--json", "CCNA@2024-06-01").json();

            assertThat(report.get("asOf").getAsString()).isEqualTo("2026-11-28");
        }

        @ParameterizedTest(name = "{0} exempts {2} of {1}")
        @CsvSource({
                "AAHN@2025-01-01,                      sd-amt,      pdc-aahn",
                "AIPND@2025-01-01 MLTF@2025-02-01,     sd-aisd,     pml",
                "BAND@2025-01-01,                      sd-dsb,      dvf",
                "CCNA@2025-01-01,                      dip-idm-ict, dcn",
                "SAA@2025-01-01,                       dip-idm-ict, ccs",
                "SAP@2025-01-01,                       dip-idm-ict, ccs"})
        void eachPublishedExemption(String credentials, String qualificationId, String exempted) {
            List<String> args = new ArrayList<>(List.of("advise", "--as-of", "2026-11-28", "--json"));
            args.addAll(List.of(credentials.split(" ")));

            Result result = run(args.toArray(String[]::new));

            assertThat(result.status()).isZero();
            JsonObject report = result.json();
            assertThat(ids(report.getAsJsonArray("qualifications"))).containsExactly(qualificationId);
            JsonObject q = qualification(report, qualificationId);
            List<String> exemptions = new ArrayList<>(ids(q.getAsJsonArray("exemptedModules")));
            exemptions.addAll(ids(q.getAsJsonArray("exemptedCertificates")));
            assertThat(exemptions).containsExactly(exempted);
        }

        @Test
        void oneNanodegreeAloneIsNotEnoughForPrinciplesOfMachineLearning() {
            JsonObject report = run("advise", "--as-of", "2026-11-28", "--json", "AIPND@2025-01-01").json();

            assertThat(report.getAsJsonArray("qualifications")).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"ccna, cisco-ccna", "saa-c03, aws-saa", "SAP, aws-sap", "Cisco-CCNA, cisco-ccna",
                "intro to ml with tensorflow, udacity-mltf"})
        void aliasesAndIdsInAnyCase(String typed, String id) {
            Result result = run("advise", "--as-of", "2026-11-28", "--json", typed + "@2025-01-01");

            assertThat(result.status()).isZero();
            JsonObject held = result.json().getAsJsonArray("held").get(0).getAsJsonObject();
            assertThat(held.get("credential").getAsString()).isEqualTo(id);
        }
    }

    @Nested
    class AdviseText {
        @Test
        void theTextReportNamesTheExemptedModuleAndWhy() {
            Result result = run("advise", "--as-of", "2026-11-28", "CCNA@2024-06-01");

            assertThat(result.status()).isZero();
            assertThat(result.out()).contains("Data Communication and Networking", "because",
                    "Cisco Certified Network Associate (CCNA), attained 1 Jun 2024, counts until 1 Jun 2028");
            assertThat(result.out().indexOf("because"))
                    .isGreaterThan(result.out().indexOf("Exempted module: Data Communication and Networking"));
        }

        @Test
        void withNothingExemptedTheReportSaysSo() {
            Result result = run("advise", "--as-of", "2026-11-28");

            assertThat(result.status()).isZero();
            assertThat(result.out()).contains("No exemptions on 28 Nov 2026");
        }
    }

    @Nested
    class BadInput {
        void assertBadInput(Result result, String... named) {
            assertThat(result.status()).as("exit status").isEqualTo(2);
            assertThat(result.out()).isEmpty();
            assertThat(result.errorLines()).as("error lines").isNotEmpty();
            for (String value : named) {
                assertThat(result.errorLines()).as("an error line naming " + value).anyMatch(l -> l.contains(value));
            }
        }

        @Test
        void unknownCredential() {
            assertBadInput(run("advise", "--as-of", "2026-11-28", "CCNP@2024-06-01"), "CCNP");
        }

        @Test
        void malformedDate() {
            assertBadInput(run("advise", "--as-of", "2026-11-28", "CCNA@2024-6-1"), "2024-6-1");
            assertBadInput(run("advise", "--as-of", "2026-11-28", "CCNA@2024-02-30"), "2024-02-30");
        }

        @Test
        void attainedAfterTheAssessmentDate() {
            assertBadInput(run("advise", "--as-of", "2026-11-28", "CCNA@2026-11-29"), "2026-11-29");
        }

        @Test
        void attainedAfterTodayWhenNoAssessmentDateIsGiven() {
            assertBadInput(run("advise", "CCNA@2026-11-29"), "2026-11-29");
        }

        @Test
        void badAssessmentDate() {
            assertBadInput(run("advise", "--as-of", "28/11/2026", "CCNA@2024-06-01"), "28/11/2026", "--as-of");
        }

        @Test
        void badIntakeDate() {
            assertBadInput(run("advise", "--as-of", "2026-11-28", "--intake", "2027-1-5", "CCNA@2024-06-01"),
                    "2027-1-5");
        }

        @Test
        void intakeBeforeTheAssessmentDate() {
            assertBadInput(run("advise", "--as-of", "2026-11-28", "--intake", "2026-11-01", "CCNA@2024-06-01"),
                    "2026-11-01");
            assertBadInput(run("advise", "--as-of", "2026-11-28", "--intake", "2026-11-28", "CCNA@2024-06-01"),
                    "2026-11-28");
        }

        @Test
        void everyProblemOfOneRunIsReportedTogether() {
            Result result = run("advise", "--as-of", "28/11/2026", "--intake", "2027-1-5", "CCNP@2024-06-01",
                    "CCNA@2024-6-1", "SAA@2023-01-01");
            assertBadInput(result, "--as-of", "28/11/2026", "2027-1-5", "CCNP", "2024-6-1");
            assertThat(result.errorLines()).hasSize(4);

            Result future = run("advise", "--as-of", "2026-11-28", "CCNP@2024-06-01", "CCNA@2026-12-01");
            assertBadInput(future, "CCNP", "CCNA@2026-12-01");
            assertThat(future.errorLines()).hasSize(2);
        }

        @Test
        void missingAt() {
            assertBadInput(run("advise", "--as-of", "2026-11-28", "CCNA"), "CCNA");
            assertBadInput(run("advise", "--as-of", "2026-11-28", "@2024-06-01"), "@2024-06-01");
        }

        @Test
        void everyBadCredentialIsReported() {
            Result result = run("advise", "--as-of", "2026-11-28", "CCNP@2024-06-01", "CCNA@2024-13-01", "SAA",
                    "SAP@2024-01-01");

            assertBadInput(result, "CCNP", "2024-13-01", "SAA");
            assertThat(result.errorLines()).hasSize(3);
        }

        @Test
        void unknownOption() {
            assertBadInput(run("advise", "--asof", "2026-11-28", "CCNA@2024-06-01"), "--asof");
        }

        @Test
        void invalidCatalogueFileReportsEveryError(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("catalogue.json");
            Files.writeString(file, CatalogueBuilder.catalogue().credentials("a")
                    .set("$.version", "").set("$.credentials[0].kind", "CERT").json(), StandardCharsets.UTF_8);

            Result result = run("advise", "--catalogue", file.toString(), "--as-of", "2026-11-28", "a@2024-01-01");

            assertBadInput(result, "$.version", "$.credentials[0].kind", "\"CERT\"", file.toString());
            assertThat(result.errorLines()).hasSize(2);
        }

        @Test
        void missingCatalogueFile(@TempDir Path dir) {
            Path file = dir.resolve("nowhere.json");

            assertBadInput(run("advise", "--catalogue", file.toString(), "CCNA@2024-06-01"), file.toString());
        }

        /**
         * A directory where a catalogue file is expected is input the user can correct, like a missing file: bad
         * input (2), not an unexpected failure (1).
         */
        @Test
        void catalogueThatIsADirectory(@TempDir Path dir) {
            assertBadInput(run("advise", "--catalogue", dir.toString(), "CCNA@2024-06-01"), dir.toString());
        }
    }

    @Nested
    class CatalogueFiles {
        @Test
        void aValidCatalogueAndItsAdvice(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("catalogue.json");
            Files.writeString(file, CatalogueBuilder.catalogue().credential("x1", "X-ONE")
                    .qualification("q", "Test Diploma", true, "m1", "m2").moduleRule("r", "q", "m1", "x1").json());

            Result validate = run("catalogue", "validate", file.toString());
            Result advise = run("advise", "--catalogue", file.toString(), "--as-of", "2026-11-28", "--json",
                    "x-one@2026-01-01");

            assertThat(validate.status()).isZero();
            assertThat(validate.out()).contains("valid", "test-1");
            assertThat(validate.err()).isEmpty();
            assertThat(advise.status()).isZero();
            JsonObject q = qualification(advise.json(), "q");
            assertThat(ids(q.getAsJsonArray("exemptedModules"))).containsExactly("m1");
            assertThat(ids(q.getAsJsonArray("remainingModules"))).containsExactly("m2");
        }

        @Test
        void validateReportsEveryError(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("catalogue.json");
            Files.writeString(file, CatalogueBuilder.catalogue().credentials("a", "b").credential("a")
                    .qualification("q", "Q", false, "m").moduleRule("r", "q", "m", CatalogueBuilder.allOf("b", "zz"))
                    .set("$.publishedOn", "2026-02-30").json());

            Result result = run("catalogue", "validate", file.toString());

            assertThat(result.status()).isEqualTo(2);
            assertThat(result.errorLines()).containsExactlyInAnyOrder(
                    "error: " + file + ": $.publishedOn: \"2026-02-30\" is not a date written as YYYY-MM-DD",
                    "error: " + file + ": $.credentials[2].id: duplicate id \"a\"",
                    "error: " + file + ": $.rules[0].requires.allOf[1]: unknown credential \"zz\"");
        }

        @Test
        void validateReportsJsonThatIsNotACatalogue(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("catalogue.json");
            Files.writeString(file, "{\"format\": ");

            Result result = run("catalogue", "validate", file.toString());

            assertThat(result.status()).isEqualTo(2);
            assertThat(result.errorLines()).singleElement().asString().contains(file.toString(), "not valid JSON");
        }

        @Test
        void validateReportsAFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("catalogue.json");
            Files.write(file, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});

            Result result = run("catalogue", "validate", file.toString());

            assertThat(result.status()).isEqualTo(2);
            assertThat(result.errorLines()).singleElement().asString().contains("UTF-8");
        }
    }

    @Nested
    class Window {
        @Test
        void noArgumentsOpensTheWindow() {
            Result result = run();

            assertThat(result.status()).isZero();
            assertThat(windowsOpened).containsExactly((Path) null);
        }

        @Test
        void theWindowOpensOnTheDataFolderGiven(@TempDir Path dir) {
            run("--data-dir", dir.toString());

            assertThat(windowsOpened).containsExactly(dir);
        }

        @Test
        void commandsNeverOpenTheWindow() {
            run("advise", "--as-of", "2026-11-28", "CCNA@2024-06-01");
            run("advise", "--help");

            assertThat(windowsOpened).isEmpty();
        }

        /** An unexpected failure (here: the window cannot open) exits 1 with an error line, no stack trace. */
        @Test
        void anUnexpectedFailureExitsOne() {
            Result result = run(path -> {
                throw new IllegalStateException("no display available");
            });

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.errorLines()).containsExactly("error: no display available");
        }
    }

    @Test
    void helpExitsZero() {
        Result result = run("advise", "--help");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("CREDENTIAL@DATE", "--as-of", "--catalogue", "--json");
    }
}
