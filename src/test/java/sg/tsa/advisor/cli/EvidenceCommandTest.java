package sg.tsa.advisor.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.evidence.MadeFiles;
import sg.tsa.advisor.testing.CatalogueBuilder;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code evidence inspect} and {@code advise --evidence}, run in-process on files made by the test. */
class EvidenceCommandTest {
    static final String TEMPLATE = "0e8a3b2c-5d9f-4e61-a1b7-2f3c4d5e6f70";
    static final String TP_STORE = "0x4d05f843718da742b4229938f972a3eb969c25ce";
    static final KeyPair KEYS = MadeFiles.keyPair(10);

    @TempDir
    Path temp;
    Path catalogue;
    Path credlyPng;
    Path ob3Json;
    Path alteredJson;
    Path opencert;
    Path unmatched;
    final List<CliTest.Result> results = new ArrayList<>();

    @BeforeEach
    void makeFiles() throws Exception {
        catalogue = temp.resolve("catalogue.json");
        Files.writeString(catalogue, CatalogueBuilder.catalogue().credentials("aws-saa", "ccna", "dit")
                .setJson("$.credentials[0].matches", "[{\"credlyTemplate\": \"" + TEMPLATE + "\"}]")
                .setJson("$.credentials[1].matches", "[{\"achievementId\": \"" + MadeFiles.ACHIEVEMENT_ID + "\"}]")
                .setJson("$.credentials[2].matches", "[{\"openCerts\": {\"store\": \"" + TP_STORE
                        + "\", \"name\": \"Diploma in Information Technology\"}}]")
                .qualification("q1", "Diploma in Infocomm", true, "m1", "m2", "m3")
                .moduleRule("r1", "q1", "m1", "aws-saa").moduleRule("r2", "q1", "m2", "ccna")
                .moduleRule("r3", "q1", "m3", "dit").json());
        credlyPng = write("aws-saa.png", MadeFiles.bakedPng("openbadges", MadeFiles.ob2Assertion(
                "https://api.credly.com/v1/obi/v2/badge_classes/" + TEMPLATE,
                "AWS Certified Solutions Architect – Associate", "2024-08-30T00:00:00.000Z").toString(), false));
        JsonObject signed = MadeFiles.signDataIntegrity(MadeFiles.ob3Credential("Networking Essentials",
                "2024-06-01T00:00:00Z", null), KEYS);
        ob3Json = write("ccna.json", signed.toString().getBytes(StandardCharsets.UTF_8));
        alteredJson = write("ccna-edited.json", signed.toString().replace("2024-06-01", "2019-06-01")
                .getBytes(StandardCharsets.UTF_8));
        opencert = write("dit.opencert", MadeFiles.openCerts(TP_STORE, "Diploma in Information Technology",
                "2023-05-02", 1).get(0).toString().getBytes(StandardCharsets.UTF_8));
        JsonObject other = MadeFiles.ob3Credential("Other", "2024-01-01", null);
        other.getAsJsonObject("credentialSubject").getAsJsonObject("achievement")
                .addProperty("id", "https://elsewhere.example/achievements/other");
        unmatched = write("other.json", MadeFiles.signDataIntegrity(other, KEYS).toString()
                .getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(temp.resolve(name), bytes);
    }

    CliTest.Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", temp.resolve("data").toString()));
        all.addAll(List.of(args));
        int status = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), CliTest.CLOCK,
                dir -> { });
        CliTest.Result result = new CliTest.Result(status, out.toString(), err.toString());
        results.add(result);
        return result;
    }

    @AfterEach
    void noStackTracesNorPersonalIdentifiers() {
        for (CliTest.Result result : results) {
            assertThat(result.out() + result.err()).doesNotContain("\tat ", "Exception", "S1234567D",
                    "weiling@example.com", "learner@example.com");
        }
    }

    private static Map<String, JsonObject> byFile(String json) {
        Map<String, JsonObject> files = new HashMap<>();
        JsonArray array = JsonParser.parseString(json).getAsJsonArray();
        for (JsonElement element : array) {
            files.put(element.getAsJsonObject().get("file").getAsString(), element.getAsJsonObject());
        }
        return files;
    }

    @Test
    void inspectJsonShowsEachFileAsTheContractSays() {
        CliTest.Result result = run("evidence", "inspect", "--json", "--catalogue", catalogue.toString(),
                credlyPng.toString(), ob3Json.toString(), alteredJson.toString(), opencert.toString(),
                unmatched.toString());

        assertThat(result.status()).isEqualTo(Cli.OK);
        Map<String, JsonObject> files = byFile(result.out());
        assertThat(files).containsOnlyKeys("aws-saa.png", "ccna.json", "ccna-edited.json", "dit.opencert",
                "other.json");
        JsonObject aws = files.get("aws-saa.png");
        assertThat(aws.get("format").getAsString()).isEqualTo("open-badges-2");
        assertThat(aws.get("achievement").getAsString()).isEqualTo("AWS Certified Solutions Architect – Associate");
        assertThat(aws.get("issuer").getAsString()).isEqualTo("Amazon Web Services Training and Certification");
        assertThat(aws.get("attainedOn").getAsString()).isEqualTo("2024-08-30");
        assertThat(aws.get("expiresOn").getAsString()).isEqualTo("2027-08-30");
        assertThat(aws.get("credential").getAsString()).isEqualTo("aws-saa");
        assertThat(aws.get("verification").getAsString()).isEqualTo("unverifiable");
        assertThat(files.get("ccna.json").get("verification").getAsString()).isEqualTo("intact");
        assertThat(files.get("ccna.json").get("credential").getAsString()).isEqualTo("ccna");
        assertThat(files.get("ccna-edited.json").get("verification").getAsString()).isEqualTo("altered");
        assertThat(files.get("dit.opencert").get("format").getAsString()).isEqualTo("opencerts");
        assertThat(files.get("dit.opencert").get("credential").getAsString()).isEqualTo("dit");
        assertThat(files.get("dit.opencert").get("issuer").getAsString()).isEqualTo("Temasek Polytechnic");
        assertThat(files.get("other.json").get("credential").isJsonNull()).isTrue();
        assertThat(files.get("other.json").get("expiresOn").isJsonNull()).isTrue();
    }

    @Test
    void aKeyTrustedForTheIssuerMakesTheFileVerified() {
        CliTest.Result result = run("evidence", "inspect", "--json", "--catalogue", catalogue.toString(),
                "--trust", MadeFiles.ISSUER_ID + "=" + MadeFiles.multibaseKey(KEYS), ob3Json.toString());

        assertThat(byFile(result.out()).get("ccna.json").get("verification").getAsString()).isEqualTo("verified");
    }

    @Test
    void aFileThatIsNotACredentialFileIsBadInputAndTheOthersAreStillShown() throws Exception {
        Path notes = write("notes.txt", "remember the CCNA".getBytes(StandardCharsets.UTF_8));

        CliTest.Result result = run("evidence", "inspect", "--catalogue", catalogue.toString(), notes.toString(),
                credlyPng.toString());

        assertThat(result.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(result.errorLines()).containsExactly("error: " + notes + ": not a credential file: neither a badge"
                + " (JSON, PNG, SVG, signed token) nor an OpenCerts certificate");
        assertThat(result.out()).contains("aws-saa.png: Open Badges 2.0 badge", "unverifiable",
                "check the badge on the issuer's site");
    }

    @Test
    void textForPeopleSaysWhatToDoWithAFileThatMatchesNothing() {
        CliTest.Result result = run("evidence", "inspect", "--catalogue", catalogue.toString(), unmatched.toString());

        assertThat(result.status()).isEqualTo(Cli.OK);
        assertThat(result.out()).contains("achievement:  Other", "matches no catalogue credential",
                "unlisted credential, never counted", "verification: intact");
    }

    @Test
    void theLearnersEmailIsComparedWithTheHashedRecipientAndNeverPrinted() {
        CliTest.Result matches = run("evidence", "inspect", "--json", "--catalogue", catalogue.toString(),
                "--email", "learner@example.com", credlyPng.toString());
        CliTest.Result other = run("evidence", "inspect", "--catalogue", catalogue.toString(),
                "--email", "weiling@example.com", credlyPng.toString());

        assertThat(byFile(matches.out()).get("aws-saa.png").get("recipient").getAsString())
                .isEqualTo("recipient matches");
        assertThat(other.out()).contains("recipient:    does not match");
    }

    @Test
    void adviseCountsTheCredentialsTheFilesShowWithTheirDates() {
        CliTest.Result result = run("advise", "--json", "--as-of", "2026-11-28", "--catalogue", catalogue.toString(),
                "--evidence", credlyPng.toString(), "--evidence", opencert.toString(), "--evidence",
                ob3Json.toString());

        assertThat(result.status()).isEqualTo(Cli.OK);
        JsonObject q1 = CliTest.qualification(result.json(), "q1");
        assertThat(q1.getAsJsonArray("exemptedModules")).extracting(m -> m.getAsJsonObject().get("id").getAsString())
                .containsExactlyInAnyOrder("m1", "m2", "m3");
    }

    @Test
    void adviseRefusesAnAlteredFileAndOneThatMatchesNothing() {
        CliTest.Result result = run("advise", "--as-of", "2026-11-28", "--catalogue", catalogue.toString(),
                "--evidence", alteredJson.toString(), "--evidence", unmatched.toString(), "ccna@2024-06-01");

        assertThat(result.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(result.errorLines()).hasSize(2);
        assertThat(result.errorLines().get(0)).startsWith("error: --evidence " + alteredJson + ": altered (");
        assertThat(result.errorLines().get(1)).contains("--evidence " + unmatched, "\"Other\"",
                "matches no catalogue credential");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void adviseWithTheLocalDatabaseUsesItsActiveCatalogueAndRefusesANonCredentialFile() throws Exception {
        Path notes = write("notes.txt", "x".getBytes(StandardCharsets.UTF_8));

        CliTest.Result result = run("advise", "--as-of", "2026-11-28", "--evidence", notes.toString());

        assertThat(result.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(result.errorLines()).singleElement().asString().startsWith("error: --evidence " + notes + ": ");
    }
}
