package sg.tsa.advisor.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.learner.HeldEntry;
import sg.tsa.advisor.storage.learner.LearnerDetails;
import sg.tsa.advisor.storage.learner.Visit;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code learner export|erase|purge} and {@code settings retention}: PDPA on request and by default. */
class LearnerCommandTest {
    private static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), SINGAPORE);

    @TempDir
    Path temp;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--data-dir=" + temp.resolve("data"));
        int status = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), NOW, d -> { });
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
        return new Run(status, out.toString(), err.toString());
    }

    private long saved(Storage storage, String name, String email, Instant at) {
        return storage.consultations().record(new Visit(null, new LearnerDetails(name, email, null,
                "Wants evening classes"), List.of(new HeldEntry("cisco-ccna", LocalDate.of(2024, 6, 1),
                "Certificate CX-99812 seen")), at, "Nur Aisyah", LocalDate.of(2026, 11, 28), null, "2026.11",
                "{\"qualifications\": [{\"exemptedModules\": [{\"id\": \"dcn\", \"title\": \"Data Communications\"}]}]}"))
                .learnerId();
    }

    @Test
    void everythingHeldAboutALearnerIsExportedAsReadableJsonAndPdf() throws Exception {
        try (Storage storage = Storage.open(temp.resolve("data"), NOW)) {
            saved(storage, "Tan Wei Ling", "wei.ling@example.com", NOW.instant());
            saved(storage, "Lim Bee Hoon", null, NOW.instant());
        }
        Path json = temp.resolve("tan.json");
        Path pdf = temp.resolve("tan.pdf");

        Run exported = run("learner", "export", "tan wei ling", "--json", json.toString(), "--pdf", pdf.toString());

        assertThat(exported.status()).as(exported.err()).isZero();
        JsonObject record = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertThat(record.getAsJsonObject("learner").get("name").getAsString()).isEqualTo("Tan Wei Ling");
        assertThat(record.getAsJsonObject("learner").get("email").getAsString()).isEqualTo("wei.ling@example.com");
        assertThat(record.getAsJsonArray("heldCredentials").get(0).getAsJsonObject().get("evidence").getAsString())
                .isEqualTo("Certificate CX-99812 seen");
        assertThat(record.getAsJsonArray("consultations")).hasSize(1);
        assertThat(record.getAsJsonArray("consultations").get(0).getAsJsonObject().getAsJsonObject("advice")
                .getAsJsonArray("qualifications")).hasSize(1);
        assertThat(record.get("retentionMonths").getAsInt()).isEqualTo(24);
        assertThat(record.get("keptUntil").getAsString()).startsWith("2028-11-28");
        assertThat(record.getAsJsonObject("alsoHeldIn").getAsJsonArray("backups")).isEmpty();
        assertThat(Files.readString(json)).doesNotContain("Lim Bee Hoon");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("What we hold about Tan Wei Ling", "wei.ling@example.com",
                    "Wants evening classes", "Certificate CX-99812 seen", "exempted from Data Communications",
                    "Kept until 28 Nov 2028").doesNotContain("Lim Bee Hoon");
        }
    }

    @Test
    void aNameTwoLearnersShareOrNobodyHasIsBadInputThatSaysWhatToGive() {
        long first;
        try (Storage storage = Storage.open(temp.resolve("data"), NOW)) {
            first = saved(storage, "Tan Wei Ling", "one@example.com", NOW.instant());
            saved(storage, "Tan Wei Ling", "two@example.com", NOW.instant());
        }

        Run twice = run("learner", "export", "Tan Wei Ling", "--json", "-");
        Run nobody = run("learner", "erase", "Nobody Here", "--yes");
        Run byNumber = run("learner", "export", "#" + first, "--json", "-");

        assertThat(twice.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(twice.err()).startsWith("error: 2 learners are named \"Tan Wei Ling\": #" + first
                + " (first saved 2026-11-28, one@example.com), #").contains("give the number");
        assertThat(nobody.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(nobody.err()).startsWith("error: no learner is named \"Nobody Here\"");
        assertThat(byNumber.status()).isZero();
        assertThat(byNumber.out()).contains("one@example.com").doesNotContain("two@example.com");
    }

    @Test
    void eraseAsksForYesThenLeavesNoTraceInAnyFileOfTheDataFolder() throws Exception {
        Path data = temp.resolve("data");
        try (Storage storage = Storage.open(data, NOW)) {
            saved(storage, "Tan Wei Ling", "wei.ling@example.com", NOW.instant());
        }
        Storage.open(data, Clock.offset(NOW, java.time.Duration.ofDays(1))).close(); // a backup that holds her

        Run unconfirmed = run("learner", "erase", "Tan Wei Ling");
        assertThat(unconfirmed.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(unconfirmed.err()).contains("with 1 consultations, rewrites 1 backups").contains("add --yes");
        assertThat(contents(data)).contains("wei.ling@example.com");

        Run erased = run("learner", "erase", "Tan Wei Ling", "--yes");

        assertThat(erased.status()).as(erased.err()).isZero();
        assertThat(erased.out()).isEqualTo("erased Tan Wei Ling (#1) and their 1 consultations; rewrote 1 backups; "
                + "deleted 0 files that held them" + System.lineSeparator());
        assertThat(contents(data)).doesNotContain("wei.ling@example.com", "Tan Wei Ling", "Wants evening classes",
                "CX-99812");
    }

    @Test
    void learnersPastTheRetentionPeriodArePurgedAtStartAndOnRequestWithACount() throws Exception {
        Path data = temp.resolve("data");
        Instant twentyFiveMonthsAgo = NOW.instant().atZone(SINGAPORE).minusMonths(25).toInstant();
        Instant thirteenMonthsAgo = NOW.instant().atZone(SINGAPORE).minusMonths(13).toInstant();
        try (Storage storage = Storage.open(data, Clock.fixed(twentyFiveMonthsAgo, SINGAPORE))) {
            saved(storage, "Old Learner", "old@example.com", twentyFiveMonthsAgo);
            saved(storage, "Recent Learner", "recent@example.com", thirteenMonthsAgo);
        }

        Run listed = run("catalogue", "list");

        assertThat(listed.err()).contains("note: Removed 1 learner (and 1 consultation) whose last consultation was "
                + "more than 24 months ago, as the retention period says.");
        assertThat(contents(data)).doesNotContain("old@example.com").contains("recent@example.com");

        assertThat(run("settings", "retention", "12").status()).isZero();
        Run purged = run("learner", "purge"); // the start already applies the new period; the command says so too

        assertThat(purged.status()).isZero();
        assertThat(purged.err()).contains("note: Removed 1 learner (and 1 consultation) whose last consultation was "
                + "more than 12 months ago");
        assertThat(purged.out()).startsWith("no learner's last consultation is more than 12 months old");
        assertThat(contents(data)).doesNotContain("recent@example.com");
        assertThat(run("settings", "retention", "0").status()).isEqualTo(Cli.BAD_INPUT);
    }

    /** Every file of the folder, as bytes read as UTF-8 text. */
    private static String contents(Path folder) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
