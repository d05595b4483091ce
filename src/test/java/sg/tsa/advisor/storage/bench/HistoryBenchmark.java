package sg.tsa.advisor.storage.bench;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.ExemptionEngine;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.report.JsonReport;
import sg.tsa.advisor.storage.Storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Measures, by hand (never a timed test), History's query across learners on a large local database: LEARNERS
 * learners with CONSULTATIONS consultations of real reports (shipped catalogue), each search the median of 25.
 * <pre>
 * mvn -q package -DskipTests &amp;&amp; mvn -q test-compile
 * java -cp "target/classes:target/test-classes:target/lib/*" sg.tsa.advisor.storage.bench.HistoryBenchmark [LEARNERS CONSULTATIONS]
 * </pre>
 */
public final class HistoryBenchmark {
    private static final String[] SURNAMES = {"Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Koh", "Teo"};
    private static final String[] GIVEN = {"Wei Ming", "Mei Ling", "Siti", "Ahmad", "Priya", "Kumar", "Hui Min",
        "Jun Jie", "Nur Aisyah", "Ravi"};
    private static final List<List<String>> HELD = List.of(List.of("cisco-ccna"), List.of("aws-saa"),
            List.of("cisco-ccna", "aws-saa"), List.of("udacity-ba"), List.of("udacity-aipnd", "udacity-mltf"),
            List.of("tp-aahn"), List.of());

    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int learners = args.length > 1 ? Integer.parseInt(args[0]) : 10_000;
        int consultations = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Path folder = Files.createTempDirectory("history-benchmark");
        try (Storage storage = Storage.open(folder, Clock.systemUTC())) {
            long filling = System.nanoTime();
            fill(storage, learners, consultations);
            System.out.printf("%d learners, %d consultations stored in %.1f s (trigger included)%n", learners,
                    consultations, (System.nanoTime() - filling) / 1e9);
            List<String> none = List.of();
            report("newest 200 of everyone", () -> storage.consultations().recent(null, "", none, 200).total());
            report("search \"tan\" (names)", () -> storage.consultations().recent(null, "tan", none, 200).total());
            report("search \"cloud computing\" (a module)",
                    () -> storage.consultations().recent(null, "cloud computing", none, 200).total());
            report("search \"solutions architect\" (credential ids named)", () -> storage.consultations()
                    .recent(null, "solutions architect", List.of("aws-saa", "aws-sap"), 200).total());
            report("search matching nothing (every row looked at)",
                    () -> storage.consultations().recent(null, "zzzz", none, 200).total());
            report("one learner's", () -> storage.consultations().recent(7L, "", none, 200).total());
            report("last visit of a learner (suggestions)",
                    () -> storage.consultations().lastVisit(7L).isPresent() ? 1 : 0);
        }
    }

    private static void fill(Storage storage, int learners, int consultations) {
        Catalogue catalogue = storage.catalogues().activeCatalogue();
        ExemptionEngine engine = new ExemptionEngine(catalogue);
        LocalDate asOf = LocalDate.of(2026, 11, 28);
        List<String> reports = HELD.stream().map(held -> JsonReport.render(catalogue, engine.advise(new AdviceRequest(
                held.stream().map(id -> new HeldCredential(id, LocalDate.of(2024, 6, 1))).toList(), asOf)))).toList();
        Random random = new Random(42);
        storage.database().write(connection -> {
            try (PreparedStatement learner = connection.prepareStatement("""
                    INSERT INTO learner (id, name, phone, created_at, updated_at)
                    VALUES (?, ?, ?, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')""")) {
                for (int i = 1; i <= learners; i++) {
                    learner.setInt(1, i);
                    learner.setString(2, SURNAMES[random.nextInt(SURNAMES.length)] + " "
                            + GIVEN[random.nextInt(GIVEN.length)]);
                    learner.setString(3, String.format("9%03d %04d", random.nextInt(1000), random.nextInt(10_000)));
                    learner.addBatch();
                }
                learner.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO consultation (learner_id, held_at, counsellor, as_of, catalogue_version, report_json)
                    VALUES (?, ?, ?, '2026-11-28', ?, ?)""")) {
                Instant start = Instant.parse("2024-01-01T00:00:00Z");
                for (int i = 0; i < consultations; i++) {
                    insert.setInt(1, 1 + random.nextInt(learners));
                    insert.setString(2, start.plusSeconds(900L * i).toString());
                    insert.setString(3, GIVEN[random.nextInt(GIVEN.length)]);
                    insert.setString(4, catalogue.version());
                    insert.setString(5, reports.get(random.nextInt(reports.size())));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            // what was entered: the credentials each report says were held
            try (PreparedStatement entered = connection.prepareStatement("""
                    INSERT INTO consultation_credential (consultation_id, position, credential_id, attained_on)
                    SELECT c.id, h.key, json_extract(h.value, '$.credential'), json_extract(h.value, '$.attainedOn')
                    FROM consultation AS c, json_each(c.report_json, '$.held') AS h""")) {
                return entered.executeUpdate();
            }
        });
    }

    private static void report(String what, Supplier<Integer> query) {
        int found = query.get();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            long start = System.nanoTime();
            query.get();
            times.add(System.nanoTime() - start);
        }
        Collections.sort(times);
        System.out.printf("%-55s %6d found  median %6.1f ms  worst %6.1f ms%n", what, found,
                times.get(times.size() / 2) / 1e6, times.get(times.size() - 1) / 1e6);
    }
}
