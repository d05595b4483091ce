package sg.tsa.advisor.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.learner.HeldEntry;
import sg.tsa.advisor.storage.learner.LearnerDetails;
import sg.tsa.advisor.storage.learner.Visit;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code catalogue diff} and {@code catalogue impact} through the command line, on a real data folder. */
class DiffAndImpactTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    @TempDir
    Path temp;

    private CliRun run(String... args) {
        return CliRun.in(temp.resolve("data"), CLOCK, args);
    }

    /**
     * The shipped catalogue as 2027.01: CCNA counts only two years for module dcn, and either Udacity nanodegree
     * alone exempts pml (it needed both).
     */
    private Path nextEdition() throws Exception {
        JsonObject tree;
        try (InputStream in = ShippedCatalogue.class.getResourceAsStream(ShippedCatalogue.RESOURCE)) {
            tree = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        }
        tree.addProperty("version", "2027.01");
        for (var element : tree.getAsJsonArray("rules")) {
            JsonObject rule = element.getAsJsonObject();
            if (rule.get("id").getAsString().equals("ccna-dcn")) {
                rule.addProperty("recencyYears", 2);
            }
            if (rule.get("id").getAsString().equals("aipnd-mltf-pml")) {
                rule.add("requires", JsonParser.parseString("{\"anyOf\": [\"udacity-aipnd\", \"udacity-mltf\"]}"));
            }
        }
        Path file = temp.resolve("2027.01.json");
        Files.writeString(file, tree.toString());
        return file;
    }

    private void saveConsultation(Storage storage, String learner, String credential, LocalDate attained) {
        storage.consultations().record(new Visit(null, new LearnerDetails(learner, null, null, null),
                List.of(new HeldEntry(credential, attained, null)), CLOCK.instant(), null, AS_OF, null, "2026.11",
                "{}"));
    }

    @Test
    void diffOfAFileAgainstTheStoredVersionInWordsAndAsJson() throws Exception {
        Path next = nextEdition();
        Storage.open(temp.resolve("data"), CLOCK).close();

        CliRun text = run("catalogue", "diff", "2026.11", next.toString());
        CliRun json = run("catalogue", "diff", "2026.11", next.toString(), "--json");
        CliRun same = run("catalogue", "diff", next.toString(), next.toString());

        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out()).isEqualTo("""
                2026.11 → 2027.01: 2 changes
                ~ rule aipnd-mltf-pml: requires udacity-aipnd and udacity-mltf → udacity-aipnd or udacity-mltf
                ~ rule ccna-dcn: recency the default → 2 years
                """);
        JsonObject report = JsonParser.parseString(json.out()).getAsJsonObject();
        assertThat(report.getAsJsonObject("old").get("version").getAsString()).isEqualTo("2026.11");
        assertThat(report.getAsJsonObject("new").get("version").getAsString()).isEqualTo("2027.01");
        JsonObject change = report.getAsJsonArray("changes").get(1).getAsJsonObject();
        assertThat(change.get("change").getAsString()).isEqualTo("changed");
        assertThat(change.get("kind").getAsString()).isEqualTo("rule");
        assertThat(change.get("id").getAsString()).isEqualTo("ccna-dcn");
        assertThat(change.get("qualification").isJsonNull()).isTrue();
        assertThat(change.getAsJsonArray("fields")).containsExactly(new com.google.gson.JsonPrimitive("recencyYears"));
        assertThat(change.get("text").getAsString()).isEqualTo("rule ccna-dcn: recency the default → 2 years");
        assertThat(same.out()).isEqualTo("2027.01 → 2027.01: no changes; the two editions mean the same\n");
    }

    @Test
    void diffOfSomethingThatIsNeitherAFileNorAVersionIsBadInput() {
        CliRun run = run("catalogue", "diff", "2025.01", "2026.11");
        assertThat(run.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).startsWith("error: \"2025.01\" is neither a catalogue file nor a stored version");
    }

    @Test
    void impactListsTheLearnersWhoWouldGainOrLoseAnExemption() throws Exception {
        Path next = nextEdition();
        try (Storage storage = Storage.open(temp.resolve("data"), CLOCK)) {
            saveConsultation(storage, "Tan Wei Ling", "cisco-ccna", LocalDate.of(2024, 6, 1));
            saveConsultation(storage, "Nur Aisyah", "aws-saa", LocalDate.of(2023, 1, 10));
            saveConsultation(storage, "Lim Jun Jie", "udacity-aipnd", LocalDate.of(2025, 3, 1));
        }

        CliRun text = run("catalogue", "impact", next.toString());
        CliRun json = run("catalogue", "impact", next.toString(), "--json");

        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out()).isEqualTo("""
                2 of 3 saved consultations would change with catalogue 2027.01 (active: 2026.11)
                  Tan Wei Ling (consultation 1, as of 2026-11-28); loses Data Communication and Networking (dip-idm-ict)
                  Lim Jun Jie (consultation 3, as of 2026-11-28); gains Principles of Machine Learning (sd-aisd)
                """);
        JsonObject report = JsonParser.parseString(json.out()).getAsJsonObject();
        assertThat(report.get("consultations").getAsInt()).isEqualTo(3);
        JsonArray learners = report.getAsJsonArray("learners");
        assertThat(learners).hasSize(2);
        JsonObject tan = learners.get(0).getAsJsonObject();
        assertThat(tan.get("learner").getAsString()).isEqualTo("Tan Wei Ling");
        assertThat(tan.getAsJsonArray("gained")).isEmpty();
        assertThat(tan.getAsJsonArray("lost").get(0).getAsJsonObject().get("module").getAsString()).isEqualTo("dcn");
    }

    @Test
    void impactOfTheActiveEditionItselfIsNobody() throws Exception {
        try (Storage storage = Storage.open(temp.resolve("data"), CLOCK)) {
            saveConsultation(storage, "Tan Wei Ling", "cisco-ccna", LocalDate.of(2024, 6, 1));
        }
        Path same = temp.resolve("same.json");
        run("catalogue", "export", same.toString());

        assertThat(run("catalogue", "impact", same.toString()).out())
                .isEqualTo("0 of 1 saved consultations would change with catalogue 2026.11 (active: 2026.11)\n");
    }
}
