package sg.tsa.advisor.storage.pdpa;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import sg.tsa.advisor.report.Wording;
import sg.tsa.advisor.storage.LearnerErasure;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.learner.Consultation;
import sg.tsa.advisor.storage.learner.HeldEntry;
import sg.tsa.advisor.storage.learner.Learner;
import sg.tsa.advisor.storage.learner.LearnerCredential;
import sg.tsa.advisor.summary.RecordPdf;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything held about one learner, for an access request under the PDPA: their details, the credentials recorded
 * for them, every consultation with what was entered and the advice as shown, where else copies are kept (backups,
 * damaged copies) and until when the record is kept. As readable JSON and as a PDF with the summary's look.
 */
public final class LearnerExport {
    private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting()
            .disableHtmlEscaping().create();

    private final Learner learner;
    private final List<LearnerCredential> held;
    private final List<Consultation> consultations;
    private final List<List<HeldEntry>> entered;
    private final LearnerErasure.Scope copies;
    private final int retentionMonths;
    private final Instant exportedAt;
    private final Clock clock;
    private final Path dataFolder;

    private LearnerExport(Storage storage, Learner learner, Clock clock) {
        this.learner = learner;
        this.held = storage.learners().credentials(learner.id());
        this.consultations = storage.consultations().forLearner(learner.id());
        this.entered = consultations.stream().map(c -> storage.consultations().entered(c.id())).toList();
        this.copies = storage.erasure().scope(learner.id());
        this.retentionMonths = storage.settings().retentionMonths();
        this.exportedAt = clock.instant();
        this.clock = clock;
        this.dataFolder = storage.directory();
    }

    /** Reads everything held about the learner; empty when no learner has that id. */
    public static Optional<LearnerExport> of(Storage storage, long learnerId, Clock clock) {
        return storage.learners().find(learnerId).map(found -> new LearnerExport(storage, found, clock));
    }

    /** The day after which the retention period removes the record, unless the learner comes back. */
    public Instant keptUntil() {
        Instant last = consultations.stream().map(Consultation::heldAt).max(Instant::compareTo)
                .orElse(learner.updatedAt());
        return ZonedDateTime.ofInstant(last, clock.getZone()).plusMonths(retentionMonths).toInstant();
    }

    public String json() {
        JsonObject root = new JsonObject();
        root.addProperty("exportedAt", exportedAt.toString());
        root.addProperty("dataFolder", dataFolder.toString());
        JsonObject person = new JsonObject();
        person.addProperty("id", learner.id());
        person.addProperty("name", learner.name());
        person.addProperty("email", learner.details().email());
        person.addProperty("phone", learner.details().phone());
        person.addProperty("notes", learner.details().notes());
        person.addProperty("createdAt", learner.createdAt().toString());
        person.addProperty("updatedAt", learner.updatedAt().toString());
        root.add("learner", person);
        JsonArray credentials = new JsonArray();
        for (LearnerCredential credential : held) {
            credentials.add(entry(credential.credentialId(), credential.attainedOn().toString(),
                    credential.evidence()));
        }
        root.add("heldCredentials", credentials);
        JsonArray visits = new JsonArray();
        for (int i = 0; i < consultations.size(); i++) {
            Consultation c = consultations.get(i);
            JsonObject visit = new JsonObject();
            visit.addProperty("heldAt", c.heldAt().toString());
            visit.addProperty("counsellor", c.counsellor());
            visit.addProperty("asOf", c.asOf().toString());
            visit.addProperty("intake", c.intake() == null ? null : c.intake().toString());
            visit.addProperty("catalogueVersion", c.catalogueVersion());
            visit.addProperty("notes", c.notes());
            JsonArray entries = new JsonArray();
            entered.get(i).forEach(e -> entries.add(entry(e.credentialId(), e.attainedOn().toString(),
                    e.evidence())));
            visit.add("entered", entries);
            visit.add("advice", parsed(c.reportJson()));
            visits.add(visit);
        }
        root.add("consultations", visits);
        JsonObject elsewhere = new JsonObject();
        elsewhere.add("backups", names(copies.backups()));
        elsewhere.add("damagedCopies", names(copies.damagedCopies()));
        root.add("alsoHeldIn", elsewhere);
        root.addProperty("retentionMonths", retentionMonths);
        root.addProperty("keptUntil", keptUntil().toString());
        return GSON.toJson(root) + System.lineSeparator();
    }

    public byte[] pdf(String institution) {
        List<RecordPdf.Section> sections = new ArrayList<>();
        sections.add(new RecordPdf.Section("The learner", List.of(
                line("Name", learner.name()), line("E-mail", learner.details().email()),
                line("Phone", learner.details().phone()), line("Notes", learner.details().notes()),
                line("First saved", when(learner.createdAt())), line("Last changed", when(learner.updatedAt())))));
        List<RecordPdf.Line> credentials = new ArrayList<>();
        for (LearnerCredential credential : held) {
            credentials.add(line(credential.credentialId(), "attained " + Wording.date(credential.attainedOn())
                    + (credential.evidence() == null ? "" : "; evidence: " + credential.evidence())));
        }
        if (credentials.isEmpty()) {
            credentials.add(line("", "None recorded."));
        }
        sections.add(new RecordPdf.Section("Credentials recorded", credentials));
        for (int i = 0; i < consultations.size(); i++) {
            Consultation c = consultations.get(i);
            List<RecordPdf.Line> lines = new ArrayList<>(List.of(line("Counsellor", c.counsellor()),
                    line("Assessed as of", Wording.date(c.asOf())),
                    line("Planned intake", c.intake() == null ? null : Wording.date(c.intake())),
                    line("Catalogue edition", c.catalogueVersion()), line("Notes", c.notes())));
            for (HeldEntry e : entered.get(i)) {
                lines.add(line("Entered", e.credentialId() + ", attained " + Wording.date(e.attainedOn())
                        + (e.evidence() == null ? "" : "; evidence: " + e.evidence())));
            }
            lines.add(line("Advice given", exempted(c.reportJson())));
            sections.add(new RecordPdf.Section("Consultation of " + when(c.heldAt()), lines));
        }
        sections.add(new RecordPdf.Section("Where it is kept, and how long", List.of(
                line("Kept in", dataFolder.toString()),
                line("Backups", copies.backups().isEmpty() ? "none hold this learner"
                        : copies.backups().size() + " automatic backups in the backups folder"),
                line("Damaged copies", copies.damagedCopies().isEmpty() ? "none hold this learner"
                        : copies.damagedCopies().size() + " files in the damaged folder"),
                line("Kept until", Wording.date(keptUntil().atZone(clock.getZone()).toLocalDate()) + " ("
                        + retentionMonths + " months after the last consultation), unless erased sooner"))));
        return RecordPdf.create(institution, "What we hold about " + learner.name(),
                "Exported " + when(exportedAt) + " by Exemption Advisor", sections);
    }

    private String when(Instant instant) {
        return Wording.dateTime(LocalDateTime.ofInstant(instant, clock.getZone()));
    }

    private static RecordPdf.Line line(String label, String value) {
        return new RecordPdf.Line(label, value == null ? "—" : value);
    }

    private static JsonObject entry(String credential, String attainedOn, String evidence) {
        JsonObject entry = new JsonObject();
        entry.addProperty("credential", credential);
        entry.addProperty("attainedOn", attainedOn);
        entry.addProperty("evidence", evidence);
        return entry;
    }

    private static JsonArray names(List<Path> files) {
        JsonArray names = new JsonArray();
        files.forEach(f -> names.add(f.getFileName().toString()));
        return names;
    }

    private static JsonElement parsed(String reportJson) {
        try {
            return JsonParser.parseString(reportJson);
        } catch (JsonParseException e) {
            return new JsonPrimitive(reportJson);
        }
    }

    /** The exempted modules of a stored report, by title, for the PDF. */
    private static String exempted(String reportJson) {
        List<String> titles = new ArrayList<>();
        JsonElement report = parsed(reportJson);
        if (report.isJsonObject() && report.getAsJsonObject().get("qualifications") instanceof JsonArray all) {
            for (JsonElement qualification : all) {
                if (qualification.getAsJsonObject().get("exemptedModules") instanceof JsonArray modules) {
                    modules.forEach(m -> titles.add(m.getAsJsonObject().get("title").getAsString()));
                }
            }
        }
        return titles.isEmpty() ? "no exemptions" : "exempted from " + String.join(", ", titles);
    }
}
