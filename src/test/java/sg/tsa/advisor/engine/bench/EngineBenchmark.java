package sg.tsa.advisor.engine.bench;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Rule;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.ExemptionEngine;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.report.FurtherOptions;
import sg.tsa.advisor.storage.bench.SyntheticCatalogue;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Run by hand (never by the build) for the README's performance figures: the exemption engine on the synthetic
 * catalogue ({@link SyntheticCatalogue}: 60 qualifications of 40 modules, 2,000 credentials; 20,000 rules, and the
 * same with 80,000 rules), re-advising as a counsellor toggles one credential on and off beside 1, 10 or 50 held
 * ones, with an intake date. Each call alternates between the two requests, as toggling does.
 * <p>
 * Three paths are timed: {@code advise} alone; {@code screen}, what the advising screen asks for (the advice, its
 * further options and one "Why?" lookup); {@code complete}, the advice with its complete list of near misses, as
 * the JSON report needs. Each path is warmed up first (at least 3 s and 20 calls), then timed call by call
 * (up to 2,000 calls or 30 s, {@code -Dbench.seconds=N}), with the bytes the thread allocated during each call
 * ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}) and the thread's CPU time, which a
 * machine shared with other work disturbs less than the elapsed time.
 * <pre>
 * mvn -q -o package -DskipTests &amp;&amp; mvn -q -o test-compile
 * java -cp "target/classes:target/test-classes:target/lib/*" sg.tsa.advisor.engine.bench.EngineBenchmark [RULES...]
 * </pre>
 */
public final class EngineBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private static final LocalDate INTAKE = LocalDate.of(2027, 4, 1);
    private static final String TOGGLED = "cred-1000";
    private static final int[] HELD_COUNTS = {1, 10, 50};
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    /** At most this long timing one path: {@code -Dbench.seconds=N}, 30 unless given. */
    private static final long MEASURE_NANOS = Long.getLong("bench.seconds", 30) * 1_000_000_000L;
    private static final int MEASURED_CALLS = 2_000;

    /** Where each result goes, so that the JIT cannot drop the work that made it. */
    private static volatile Object blackhole;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private EngineBenchmark() {
    }

    /** One way of asking the engine: what a caller does with the advice after {@code advise}. */
    private record Path(String name, Function<Advice, Object> use) {
    }

    public static void main(String[] args) {
        int[] ruleCounts = args.length == 0 ? new int[] {20_000, 80_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf("%-7s %-5s %-9s %10s %10s %10s %10s %14s%n", "rules", "held", "path", "median ms",
                "p99 ms", "max ms", "cpu ms", "KB per call");
        System.out.printf("(load average at start: %.1f)%n", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
        for (int rules : ruleCounts) {
            Catalogue catalogue = SyntheticCatalogue.generate("synthetic-1", 42L,
                    new SyntheticCatalogue.Size(60, 40, 2_000, rules));
            long[] construct = new long[5];
            long[] constructCpu = new long[5];
            ExemptionEngine engine = null;
            for (int i = 0; i < construct.length; i++) {
                long cpuBefore = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                engine = new ExemptionEngine(catalogue);
                construct[i] = System.nanoTime() - start;
                constructCpu[i] = THREADS.getCurrentThreadCpuTime() - cpuBefore;
            }
            System.out.printf("%-7d engine construction, median of 5: %.1f ms (cpu %.1f ms)%n", rules,
                    percentile(construct, 0.5), percentile(constructCpu, 0.5));
            Rule asked = catalogue.rules().get(catalogue.rules().size() / 2);
            for (int heldCount : HELD_COUNTS) {
                List<HeldCredential> held = new ArrayList<>();
                for (int i = 0; i < heldCount; i++) {
                    held.add(new HeldCredential("cred-" + (i * 37 % 2_000), LocalDate.of(2024, 1, 1)));
                }
                List<HeldCredential> toggled = new ArrayList<>(held);
                toggled.add(new HeldCredential(TOGGLED, LocalDate.of(2025, 6, 1)));
                AdviceRequest[] requests = {new AdviceRequest(held, AS_OF, INTAKE),
                    new AdviceRequest(toggled, AS_OF, INTAKE)};
                Set<String> entered = new HashSet<>();
                toggled.forEach(h -> entered.add(h.credentialId()));
                List<Path> paths = List.of(
                        new Path("advise", advice -> advice),
                        new Path("screen", advice -> List.of(FurtherOptions.of(advice, entered),
                                advice.outcome(asked).orElseThrow())),
                        new Path("complete", advice -> advice.nearMisses().size()));
                for (Path path : paths) {
                    run(engine, requests, path, rules, heldCount);
                }
            }
        }
    }

    private static void run(ExemptionEngine engine, AdviceRequest[] requests, Path path, int rules, int held) {
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        for (int i = 0; i < 20 || System.nanoTime() < warmUpEnd; i++) {
            blackhole = path.use().apply(engine.advise(requests[i & 1]));
        }
        long[] nanos = new long[MEASURED_CALLS];
        long[] cpu = new long[MEASURED_CALLS];
        long[] bytes = new long[MEASURED_CALLS];
        long measureEnd = System.nanoTime() + MEASURE_NANOS;
        int calls = 0;
        while (calls < MEASURED_CALLS && System.nanoTime() < measureEnd) {
            long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
            long cpuBefore = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            blackhole = path.use().apply(engine.advise(requests[calls & 1]));
            nanos[calls] = System.nanoTime() - start;
            cpu[calls] = THREADS.getCurrentThreadCpuTime() - cpuBefore;
            bytes[calls] = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
            calls++;
        }
        long[] timed = Arrays.copyOf(nanos, calls);
        double kilobytes = Arrays.stream(bytes, 0, calls).average().orElse(0) / 1024;
        System.out.printf("%-7d %-5s %-9s %10.3f %10.3f %10.3f %10.3f %14.1f   (%d calls)%n", rules, held + "+1",
                path.name(), percentile(timed, 0.5), percentile(timed, 0.99), percentile(timed, 1.0),
                percentile(Arrays.copyOf(cpu, calls), 0.5), kilobytes, calls);
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }
}
