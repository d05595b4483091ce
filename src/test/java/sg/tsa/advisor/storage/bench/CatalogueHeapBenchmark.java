package sg.tsa.advisor.storage.bench;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.engine.ExemptionEngine;
import sg.tsa.advisor.storage.Storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Measures, by hand (never a test), how much heap the window's catalogue holds once read from the database, and the
 * engine built from it: the heap in use after full collections before and after each is made, while both are still
 * held. Run it with the serial collector, whose {@code System.gc()} is a full collection:
 * <pre>
 * java -XX:+UseSerialGC -Xmx1g -cp "target/classes:target/test-classes:target/lib/*" \
 *     sg.tsa.advisor.storage.bench.CatalogueHeapBenchmark DATA_DIR [RULES]
 * </pre>
 * {@code DATA_DIR} is a data folder; when it holds no database yet, the synthetic catalogue with {@code RULES} rules
 * (20,000 unless given) is imported there first, and read back in the same run.
 */
public final class CatalogueHeapBenchmark {
    private CatalogueHeapBenchmark() {
    }

    /** Where what was measured goes, so that nothing is collected before the end. */
    private static volatile Object kept;

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: CatalogueHeapBenchmark DATA_DIR [RULES]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        int rules = args.length > 1 ? Integer.parseInt(args[1]) : SyntheticCatalogue.Size.BENCHMARK.rules();
        boolean fresh = !Files.exists(data.resolve(Storage.DATABASE_FILE));
        try (Storage storage = Storage.open(data, Clock.systemUTC())) {
            if (fresh) {
                SyntheticCatalogue.Size size = SyntheticCatalogue.Size.BENCHMARK;
                storage.catalogues().importCatalogue(SyntheticCatalogue.generate("synthetic-1", 42L,
                        new SyntheticCatalogue.Size(size.qualifications(), size.modulesPerQualification(),
                                size.credentials(), rules)));
            }
            String version = storage.catalogues().activeEdition().orElseThrow().version();
            kept = storage.catalogues().edition(version); // once, so that the classes it needs are loaded
            kept = null;
            long before = heapAfterFullGc();
            Catalogue catalogue = storage.catalogues().edition(version);
            long read = heapAfterFullGc();
            ExemptionEngine engine = new ExemptionEngine(catalogue);
            long built = heapAfterFullGc();
            kept = new Object[] {catalogue, engine};
            System.out.printf("%s, %d rules: the catalogue read back holds %.1f MB of heap, its engine %.1f MB%n",
                    version, catalogue.rules().size(), (read - before) / 1048576.0, (built - read) / 1048576.0);
        }
    }

    private static long heapAfterFullGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
