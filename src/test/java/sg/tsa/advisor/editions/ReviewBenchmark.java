package sg.tsa.advisor.editions;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.diff.DiffBenchmark;
import sg.tsa.advisor.catalogue.format.CatalogueWriter;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.bench.SyntheticCatalogue;
import sg.tsa.advisor.storage.learner.HeldEntry;
import sg.tsa.advisor.storage.learner.LearnerDetails;
import sg.tsa.advisor.storage.learner.Visit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * How long the Catalogue workspace's review of a 20,000-rule edition takes, step by step, against an active
 * 20,000-rule edition and 300 saved consultations: each step runs in the background while the window shows what
 * it is working out. Run by hand, never as a timed test:
 * <pre>
 * java -cp "target/classes:target/test-classes:target/lib/*" sg.tsa.advisor.editions.ReviewBenchmark
 * </pre>
 */
public final class ReviewBenchmark {
    private static final int CONSULTATIONS = 300;
    private static final int ROUNDS = 5;

    private ReviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("review-bench");
        Catalogue active = SyntheticCatalogue.generate("bench-1", 42L, SyntheticCatalogue.Size.BENCHMARK);
        Path file = folder.resolve("bench-2.json");
        Files.writeString(file, CatalogueWriter.toString(DiffBenchmark.everyFiftiethRuleChanged(active, "bench-2")));
        try (Storage storage = Storage.open(folder.resolve("data"), Clock.systemUTC())) {
            storage.catalogues().importCatalogue(active);
            saveConsultations(storage, active);
            EditionService service = new EditionService(() -> storage);
            Catalogue next = service.check(file).catalogue();
            time("read, validate and check the signature of the 9.4 MB file", () -> service.check(file));
            time("compare with the active edition (diff)", () -> service.compare(next));
            time("impact on " + CONSULTATIONS + " saved consultations", () -> service.impact(next));
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void saveConsultations(Storage storage, Catalogue catalogue) {
        Random random = new Random(7);
        LocalDate asOf = LocalDate.of(2026, 11, 28);
        for (int i = 0; i < CONSULTATIONS; i++) {
            List<HeldEntry> held = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                String id = catalogue.credentials().get(random.nextInt(catalogue.credentials().size())).id();
                if (held.stream().noneMatch(h -> h.credentialId().equals(id))) {
                    held.add(new HeldEntry(id, asOf.minusDays(random.nextInt(2_000)), null));
                }
            }
            storage.consultations().record(new Visit(null, new LearnerDetails("Learner " + i, null, null, null), held,
                    Instant.now(), null, asOf, null, catalogue.version(), "{}"));
        }
    }

    private static void time(String what, Callable<?> step) throws Exception {
        long[] ms = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            step.call();
            ms[round] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: first %,d ms, median %,d ms (runs %s)%n", what, ms[0], sorted[ROUNDS / 2],
                Arrays.toString(ms));
    }
}
