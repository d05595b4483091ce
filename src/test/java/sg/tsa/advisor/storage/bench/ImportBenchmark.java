package sg.tsa.advisor.storage.bench;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.format.CatalogueReader;
import sg.tsa.advisor.catalogue.format.CatalogueWriter;
import sg.tsa.advisor.storage.Storage;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Measures, by hand (never a timed test), the import of the synthetic catalogue and the load of the active
 * edition at start. Each round uses a fresh data folder; the figures printed are medians.
 * <pre>
 * mvn -q package -DskipTests &amp;&amp; mvn -q test-compile
 * java -cp "target/classes:target/test-classes:target/lib/*" sg.tsa.advisor.storage.bench.ImportBenchmark [ROUNDS]
 * java -cp "target/classes:target/test-classes:target/lib/*" sg.tsa.advisor.storage.bench.ImportBenchmark --cold N [DATA_DIR]
 * </pre>
 * {@code --cold N} only measures the start as the window does it, in N fresh JVMs one after another, on
 * {@code DATA_DIR} (a data folder with the synthetic catalogue active; made in a temporary folder when not given).
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals(LOAD_ONCE)) {
            loadOnce(Path.of(args[1]));
            return;
        }
        if (args.length >= 2 && args[0].equals(COLD)) {
            cold(Integer.parseInt(args[1]), args.length > 2 ? Path.of(args[2]) : null);
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path work = Files.createTempDirectory("import-benchmark");
        Path file = work.resolve("synthetic.json");
        Catalogue synthetic = SyntheticCatalogue.generate("synthetic-1", 42L, SyntheticCatalogue.Size.BENCHMARK);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CatalogueWriter.write(synthetic, out);
        }
        System.out.printf("catalogue: %d qualifications, %d modules, %d credentials, %d rules, %.1f MB%n",
                synthetic.qualifications().size(),
                synthetic.qualifications().stream().mapToInt(q -> q.modules().size()).sum(),
                synthetic.credentials().size(), synthetic.rules().size(), Files.size(file) / 1e6);

        List<Long> validate = new ArrayList<>();
        List<Long> store = new ArrayList<>();
        List<Long> open = new ArrayList<>();
        List<Long> load = new ArrayList<>();
        long coldLoad = 0;
        for (int round = 0; round <= rounds; round++) {
            Path data = work.resolve("data-" + round);
            try (Storage storage = Storage.open(data, Clock.systemDefaultZone())) {
                long start = System.nanoTime();
                Catalogue read = CatalogueReader.read(file);
                long validated = System.nanoTime();
                storage.catalogues().importCatalogue(read);
                long stored = System.nanoTime();
                if (round > 0) { // round 0 warms the JIT up
                    validate.add(validated - start);
                    store.add(stored - validated);
                }
            }
            long opening = System.nanoTime();
            try (Storage storage = Storage.open(data, Clock.systemDefaultZone())) {
                long opened = System.nanoTime();
                Catalogue active = storage.catalogues().activeCatalogue();
                long loaded = System.nanoTime();
                check(active.rules().size() == synthetic.rules().size(), () -> "loaded the wrong edition");
                if (round > 0) {
                    open.add(opened - opening);
                    load.add(loaded - opened);
                } else {
                    coldLoad = (loaded - opened) / 1_000_000;
                }
            }
        }
        System.out.printf("import: read and validate the file %d ms + store and activate %d ms = %d ms (target 3000)%n",
                median(validate), median(store), median(validate) + median(store));
        System.out.printf("start: open (integrity check, migrations, backup) %d ms; load the active edition %d ms "
                + "(target 300); the first load in this JVM, cold: %d ms%n", median(open), median(load), coldLoad);
        List<Long> freshOpen = new ArrayList<>();
        List<Long> freshLoad = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long[] times = inFreshJvm(work.resolve("data-1"));
            freshOpen.add(times[0]);
            freshLoad.add(times[1]);
        }
        System.out.printf("start in a fresh JVM, as the window does (median of 3): open %d ms, then load the active "
                + "edition %d ms%n", median(freshOpen), median(freshLoad));
        System.out.printf("database file: %.1f MB%n", Files.size(work.resolve("data-1").resolve(Storage.DATABASE_FILE))
                / 1e6);
    }

    private static final String LOAD_ONCE = "--load-once";
    private static final String COLD = "--cold";

    /** Only the start in fresh JVMs: each run's open and load, then the median and range of the loads. */
    private static void cold(int runs, Path data) throws Exception {
        if (data == null) {
            data = Files.createTempDirectory("import-benchmark").resolve("data");
            try (Storage storage = Storage.open(data, Clock.systemDefaultZone())) {
                storage.catalogues().importCatalogue(
                        SyntheticCatalogue.generate("synthetic-1", 42L, SyntheticCatalogue.Size.BENCHMARK));
            }
        }
        List<Long> loads = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            long[] times = inFreshJvm(data);
            loads.add(times[1]);
            System.out.printf("fresh JVM %d: open %d ms, load the active edition %d ms (process CPU during the load "
                    + "%d ms)%n", run, times[0] / 1_000_000, times[1] / 1_000_000, times[2] / 1_000_000);
        }
        System.out.printf("load in a fresh JVM: median %d ms, %d–%d ms over %d runs (target 300)%n", median(loads),
                Collections.min(loads) / 1_000_000, Collections.max(loads) / 1_000_000, runs);
    }

    /**
     * In a fresh JVM: what the window's start does, once, nothing warmed up. Prints open and load, in ns, and the
     * CPU time the whole process spent during the load (every thread: the JIT compilers and GC too), in ns.
     */
    private static void loadOnce(Path data) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long start = System.nanoTime();
        try (Storage storage = Storage.open(data, Clock.systemDefaultZone())) {
            long opened = System.nanoTime();
            long cpuBefore = os.getProcessCpuTime();
            storage.catalogues().activeCatalogue();
            long loaded = System.nanoTime();
            long cpu = os.getProcessCpuTime() - cpuBefore;
            System.out.println((opened - start) + " " + (loaded - opened) + " " + cpu);
        }
    }

    private static long[] inFreshJvm(Path data) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ImportBenchmark.class.getName(), LOAD_ONCE, data.toString())
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        child.waitFor();
        String last = out.lines().reduce((a, b) -> b).orElse("");
        try {
            String[] parts = last.split(" ");
            return new long[]{Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                    parts.length > 2 ? Long.parseLong(parts[2]) : 0};
        } catch (NumberFormatException e) {
            throw new IOException("the fresh JVM failed: " + out, e);
        }
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1_000_000;
    }

    private static void check(boolean condition, Supplier<String> message) throws IOException {
        if (!condition) {
            throw new IOException(message.get());
        }
    }
}
