package sg.tsa.advisor.storage.learner;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.ExemptionEngine;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.report.JsonReport;
import sg.tsa.advisor.storage.Storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** History across learners over a real database file: newest first, searched, bounded, erased learners gone. */
class RecentConsultationsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private static final LocalDate JUNE_2024 = LocalDate.of(2024, 6, 1);

    @TempDir
    Path temp;
    private Storage storage;
    private Catalogue catalogue;

    @BeforeEach
    void open() {
        storage = Storage.open(temp.resolve("data"), CLOCK);
        catalogue = storage.catalogues().activeCatalogue();
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private Consultation visit(String name, String email, String phone, String at, String counsellor,
                               String... credentialIds) {
        List<HeldEntry> held = List.of(credentialIds).stream().map(id -> new HeldEntry(id, JUNE_2024, null)).toList();
        Advice advice = new ExemptionEngine(catalogue).advise(new AdviceRequest(
                held.stream().map(h -> new HeldCredential(h.credentialId(), h.attainedOn())).toList(), AS_OF));
        Long known = storage.learners().search(name, 1).stream().filter(l -> l.name().equals(name))
                .map(Learner::id).findFirst().orElse(null);
        return storage.consultations().record(new Visit(known, new LearnerDetails(name, email, phone, null), held,
                Instant.parse(at), counsellor, AS_OF, null, catalogue.version(), JsonReport.render(catalogue, advice)));
    }

    private ListedConsultation.Page recent(String text) {
        return storage.consultations().recent(null, text, List.of(), 200);
    }

    private static List<String> names(ListedConsultation.Page page) {
        return page.listed().stream().map(ListedConsultation::learnerName).toList();
    }

    @Test
    void everyLearnersConsultationsAreListedNewestFirstWithWhatTheReportGranted() {
        visit("Tan Wei Ming", null, "9123 4567", "2026-03-03T02:00:00Z", "Nur Aisyah", "cisco-ccna");
        visit("Lim Mei Ling", "mei@example.com", null, "2026-11-20T06:30:00Z", "Mr Lee", "aws-saa", "cisco-ccna");
        visit("Tan Wei Ming", null, "9876 5432", "2026-11-21T01:00:00Z", null);

        ListedConsultation.Page page = recent("");

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.listed()).extracting(ListedConsultation::heldAt).containsExactly(
                Instant.parse("2026-11-21T01:00:00Z"), Instant.parse("2026-11-20T06:30:00Z"),
                Instant.parse("2026-03-03T02:00:00Z"));
        ListedConsultation newest = page.listed().get(0);
        assertThat(newest.learnerName()).isEqualTo("Tan Wei Ming");
        assertThat(newest.counsellor()).isNull();
        assertThat(newest.exempted()).isEmpty();
        assertThat(newest.modules()).isZero();
        ListedConsultation lim = page.listed().get(1);
        assertThat(lim.contact()).isEqualTo("mei@example.com");
        assertThat(lim.counsellor()).isEqualTo("Mr Lee");
        // as the saved report says, in its order: qualifications by title, their modules in catalogue order
        assertThat(lim.exempted()).containsExactly("Data Communication and Networking",
                "Cloud Computing & Security");
        assertThat(lim.modules()).isEqualTo(2);
        assertThat(page.listed().get(2).exempted()).containsExactly("Data Communication and Networking");
    }

    @Test
    void aSearchFindsNameContactCounsellorCredentialAndModule() {
        visit("Tan Wei Ming", null, "9123 4567", "2026-03-03T02:00:00Z", "Nur Aisyah", "cisco-ccna");
        visit("Lim Mei Ling", "mei@example.com", null, "2026-11-20T06:30:00Z", "Mr Lee", "aws-saa");
        visit("Ong_Boon 100%", null, null, "2026-11-22T06:30:00Z", "Mr Lee", "udacity-ba");

        assertThat(names(recent("wei m"))).containsExactly("Tan Wei Ming");
        assertThat(names(recent("MEI@EXAMPLE"))).containsExactly("Lim Mei Ling");
        assertThat(names(recent("91234567"))).as("spaces in a phone number ignored").containsExactly("Tan Wei Ming");
        assertThat(names(recent("4567"))).containsExactly("Tan Wei Ming");
        assertThat(names(recent("aisyah"))).containsExactly("Tan Wei Ming");
        assertThat(names(recent("lee"))).containsExactly("Ong_Boon 100%", "Lim Mei Ling");
        assertThat(names(recent("ccna"))).as("an entered credential's id").containsExactly("Tan Wei Ming");
        assertThat(names(recent("cloud computing"))).as("a module granted").containsExactly("Lim Mei Ling");
        assertThat(names(recent("dvf"))).as("a module's id").containsExactly("Ong_Boon 100%");
        // what the catalogue calls "AWS Certified Solutions Architect" is found through the ids it names
        assertThat(names(storage.consultations().recent(null, "Solutions Architect", List.of("aws-saa", "x y"), 200)))
                .containsExactly("Lim Mei Ling");
        // LIKE's wildcards are searched for as themselves
        assertThat(names(recent("_"))).containsExactly("Ong_Boon 100%");
        assertThat(names(recent("100%"))).containsExactly("Ong_Boon 100%");
        assertThat(recent("nobody").listed()).isEmpty();
        assertThat(recent("nobody").total()).isZero();
    }

    @Test
    void oneLearnersConsultationsAreListedAndSearchedApart() {
        Consultation first = visit("Tan Wei Ming", null, "9123 4567", "2026-03-03T02:00:00Z", "Nur Aisyah");
        visit("Lim Mei Ling", null, null, "2026-11-20T06:30:00Z", "Nur Aisyah");
        Consultation second = visit("Tan Wei Ming", null, null, "2026-11-21T01:00:00Z", "Mr Lee");

        ListedConsultation.Page his = storage.consultations().recent(first.learnerId(), "", List.of(), 200);
        assertThat(his.listed()).extracting(ListedConsultation::id).containsExactly(second.id(), first.id());
        assertThat(storage.consultations().recent(first.learnerId(), "aisyah", List.of(), 200).listed())
                .extracting(ListedConsultation::id).containsExactly(first.id());
    }

    @Test
    void theListStopsAtItsBoundAndCountsEveryMatch() throws Exception {
        long learner = storage.learners().create(new LearnerDetails("Many Visits", null, null, null)).id();
        storage.database().write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO consultation (learner_id, held_at, as_of, catalogue_version, report_json)
                    VALUES (?, ?, '2026-11-28', '2026.11', '{}')""")) {
                for (int i = 0; i < 201; i++) {
                    insert.setLong(1, learner);
                    insert.setString(2, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * i).toString());
                    insert.addBatch();
                }
                return insert.executeBatch().length;
            }
        });

        ListedConsultation.Page all = recent("");
        assertThat(all.total()).isEqualTo(201);
        assertThat(all.listed()).hasSize(200);
        assertThat(all.listed().get(0).heldAt()).isEqualTo(Instant.parse("2026-01-01T03:20:00Z"));
        assertThat(all.listed().get(199).heldAt()).as("the oldest is the one left out")
                .isEqualTo(Instant.parse("2026-01-01T00:01:00Z"));
        assertThat(storage.consultations().recent(null, "", List.of(), 201).listed()).hasSize(201);
    }

    @Test
    void anErasedLearnerDisappearsWithWhatTheirConsultationsGranted() throws Exception {
        Consultation tan = visit("Tan Wei Ming", null, "9123 4567", "2026-03-03T02:00:00Z", "Nur Aisyah",
                "cisco-ccna");
        visit("Lim Mei Ling", null, null, "2026-11-20T06:30:00Z", "Mr Lee", "cisco-ccna");

        storage.erasure().erase(List.of(tan.learnerId()));

        assertThat(names(recent(""))).containsExactly("Lim Mei Ling");
        assertThat(names(recent("Data Communication"))).containsExactly("Lim Mei Ling");
        int left = storage.database().read(connection -> {
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT count(*) FROM consultation_exemption WHERE consultation_id = ?")) {
                count.setLong(1, tan.id());
                try (var rows = count.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
        assertThat(left).isZero();
    }

    @Test
    void consultationsSavedBeforeTheUpgradeListWhatTheirReportsGranted() throws Exception {
        storage.close();
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Path folder = Files.createDirectories(temp.resolve("old"));
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + folder.resolve(Storage.DATABASE_FILE));
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("11").load().migrate();
        Advice advice = new ExemptionEngine(catalogue).advise(new AdviceRequest(List.of(
                new HeldCredential("aws-saa", JUNE_2024), new HeldCredential("cisco-ccna", JUNE_2024)), AS_OF));
        try (Connection connection = source.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO learner (id, name, created_at, updated_at) "
                    + "VALUES (7, 'Before Upgrade', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO consultation (learner_id, held_at, as_of, catalogue_version, report_json)
                    VALUES (7, ?, '2026-11-28', '2026.11', ?)""")) {
                insert.setString(1, "2026-02-01T00:00:00Z");
                insert.setString(2, JsonReport.render(catalogue, advice));
                insert.executeUpdate();
                insert.setString(1, "2026-02-02T00:00:00Z");
                insert.setString(2, "not JSON at all");
                insert.executeUpdate();
            }
        }

        storage = Storage.open(folder, CLOCK);

        ListedConsultation.Page page = recent("");
        assertThat(page.listed()).extracting(ListedConsultation::exempted).containsExactly(List.of(),
                List.of("Data Communication and Networking", "Cloud Computing & Security"));
        assertThat(names(recent("cloud"))).containsExactly("Before Upgrade");
    }
}
