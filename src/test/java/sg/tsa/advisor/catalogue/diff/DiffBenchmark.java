package sg.tsa.advisor.catalogue.diff;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Rule;
import sg.tsa.advisor.storage.bench.SyntheticCatalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long {@link CatalogueDiff} takes on two 20,000-rule synthetic editions, one in fifty rules changed. Run by
 * hand, never as a timed test:
 * <pre>
 * java -cp "target/classes:target/test-classes:target/lib/*" sg.tsa.advisor.catalogue.diff.DiffBenchmark
 * </pre>
 */
public final class DiffBenchmark {
    private DiffBenchmark() {
    }

    /** {@code old} as edition {@code version} with one rule in fifty given a recency one year longer. */
    public static Catalogue everyFiftiethRuleChanged(Catalogue old, String version) {
        List<Rule> rules = new ArrayList<>(old.rules());
        for (int i = 0; i < rules.size(); i += 50) {
            Rule r = rules.get(i);
            rules.set(i, new Rule(r.id(), r.qualificationId(), r.exempts(), r.requires(),
                    r.recencyYears() == null ? 3 : r.recencyYears() + 1, r.effectiveFrom(), r.effectiveUntil(),
                    r.sourceId(), r.note()));
        }
        return new Catalogue(version, old.publishedOn(), old.institution(), old.contact().orElse(null),
                old.sources(), old.defaultRecencyYears(), old.issuers(), old.credentials(), old.qualifications(), rules);
    }

    public static void main(String[] args) {
        Catalogue old = SyntheticCatalogue.generate("bench-1", 42L, SyntheticCatalogue.Size.BENCHMARK);
        Catalogue updated = everyFiftiethRuleChanged(old, "bench-2");
        long[] times = new long[7];
        int changes = 0;
        for (int run = 0; run < times.length; run++) {
            long start = System.nanoTime();
            changes = CatalogueDiff.between(old, updated).size();
            times[run] = (System.nanoTime() - start) / 1_000_000;
        }
        System.out.printf("diff of two %,d-rule editions: %,d changes; runs %s ms; median %d ms%n",
                old.rules().size(), changes, Arrays.toString(times), Arrays.stream(times).sorted().toArray()[3]);
    }
}
