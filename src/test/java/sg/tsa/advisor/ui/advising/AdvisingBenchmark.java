package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.storage.bench.SyntheticCatalogue;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.HeldCredential;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Run by hand (never by the build) for the README's performance figures: on the synthetic 20,000-rule catalogue,
 * how long preparing it takes, one type-ahead query (what runs on each keystroke, on the FX thread) and one
 * recompute of the advice (in the background).
 * {@code java -cp target/classes:target/test-classes:<deps> sg.tsa.advisor.ui.advising.AdvisingBenchmark}
 */
public final class AdvisingBenchmark {
    private AdvisingBenchmark() {
    }

    public static void main(String[] args) {
        Catalogue catalogue = SyntheticCatalogue.generate("synthetic-1", 42L, SyntheticCatalogue.Size.BENCHMARK);
        long[] prepare = new long[5];
        LoadedCatalogue loaded = null;
        for (int i = 0; i < prepare.length; i++) {
            long start = System.nanoTime();
            loaded = LoadedCatalogue.of(catalogue);
            prepare[i] = System.nanoTime() - start;
        }
        String[] queries = {"a", "ap", "app", "appl", "applied", "applied t", "applied topic 4", "alias-1", "alias-17",
            "issuer 3", "aplied", "appleid topc", "topic applied", "isuer 3", "zzzz qqqq"};
        long[] search = new long[2000];
        for (int i = 0; i < search.length; i++) {
            long start = System.nanoTime();
            loaded.search().find(queries[i % queries.length], CredentialPickerModel.MATCHES_SHOWN);
            search[i] = System.nanoTime() - start;
        }
        List<HeldCredential> held = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            held.add(new HeldCredential("cred-" + (i * 37), LocalDate.of(2024, 1, 1)));
        }
        AdviceRequest request = new AdviceRequest(held, LocalDate.of(2026, 11, 28), LocalDate.of(2027, 4, 1));
        long[] advise = new long[200];
        for (int i = 0; i < advise.length; i++) {
            long start = System.nanoTime();
            loaded.engine().advise(request);
            advise[i] = System.nanoTime() - start;
        }
        System.out.printf("catalogue: %d credentials, %d qualifications, %d rules%n", catalogue.credentials().size(),
                catalogue.qualifications().size(), catalogue.rules().size());
        System.out.printf("prepare (engine + search + rule index), median of 5: %.1f ms%n", median(prepare));
        System.out.printf("type-ahead query, median: %.3f ms, 99th percentile: %.3f ms%n", median(search),
                percentile(search, 0.99));
        System.out.printf("advice recompute (10 held, with intake), median: %.1f ms, 99th percentile: %.1f ms%n",
                median(advise), percentile(advise, 0.99));
    }

    private static double median(long[] nanos) {
        return percentile(nanos, 0.5);
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }
}
