package sg.tsa.advisor.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Rule;
import sg.tsa.advisor.report.FurtherOptions;
import sg.tsa.advisor.storage.bench.SyntheticCatalogue;
import sg.tsa.advisor.testing.Seeds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiled engine gives the same advice as {@link ReferenceEvaluator}, the meaning written out plainly: every
 * part of it, whichever way it is asked for (the whole advice, one rule's outcome, the near misses of rules naming
 * some credentials, the further options people are shown).
 */
class EngineAgreementProperties {
    private static final int CASES = 1_000;

    static LongStream seeds() {
        return Seeds.first(CASES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theEngineAgreesWithTheReference(long seed) {
        AgreementCases c = AgreementCases.of(new Random(seed));
        assertAgree(seed, c.catalogue(), c.request(), new Random(seed * 31 + 7));
    }

    /** A mid-sized catalogue of the benchmark's shape: 600 rules, nested three deep, 60 credentials. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("syntheticSeeds")
    void theEngineAgreesWithTheReferenceOnASyntheticCatalogue(long seed) {
        Catalogue catalogue = SyntheticCatalogue.generate("synthetic", seed,
                new SyntheticCatalogue.Size(6, 10, 60, 600));
        Random random = new Random(seed);
        LocalDate asOf = LocalDate.of(2026, 11, 28);
        List<HeldCredential> held = new ArrayList<>();
        for (int i = random.nextInt(25); i > 0; i--) {
            held.add(new HeldCredential("cred-" + random.nextInt(60), asOf.minusDays(random.nextInt(7 * 365))));
        }
        assertAgree(seed, catalogue, new AdviceRequest(held, asOf, asOf.plusDays(120)), random);
    }

    static LongStream syntheticSeeds() {
        return Seeds.first(25);
    }

    private static void assertAgree(long seed, Catalogue catalogue, AdviceRequest request, Random random) {
        ExemptionEngine engine = new ExemptionEngine(catalogue);
        Advice expected = new ReferenceEvaluator(catalogue).advise(request);
        Set<String> asked = new HashSet<>();
        catalogue.credentials().stream().filter(x -> random.nextInt(3) == 0).forEach(x -> asked.add(x.id()));
        asked.add("not-a-credential");

        // Asked for only a part first, as the screen does: those parts must not depend on the rest being worked out.
        Advice advice = engine.advise(request);
        List<NearMiss> expectedNaming = expected.nearMisses().stream()
                .filter(m -> m.rule().requires().credentialIds().stream().anyMatch(asked::contains)).toList();
        assertThat(advice.nearMissesNaming(asked)).as("seed %d: near misses naming %s", seed, asked)
                .isEqualTo(expectedNaming);
        assertThat(FurtherOptions.of(advice)).as("seed %d: further options", seed)
                .isEqualTo(FurtherOptions.of(expected));
        for (int i = 0; i < catalogue.rules().size(); i++) {
            Rule rule = catalogue.rules().get(i);
            assertThat(advice.outcome(rule)).as("seed %d: outcome of %s", seed, rule.id())
                    .contains(expected.outcomes().get(i));
        }
        assertThat(advice.held()).as("seed %d: held", seed).isEqualTo(expected.held());
        assertThat(advice.qualifications()).as("seed %d: qualifications", seed).isEqualTo(expected.qualifications());
        assertThat(advice.lapsed()).as("seed %d: lapsed", seed).isEqualTo(expected.lapsed());
        assertThat(advice.nearMisses()).as("seed %d: near misses", seed).isEqualTo(expected.nearMisses());
        assertThat(advice.outcomes()).as("seed %d: outcomes", seed).isEqualTo(expected.outcomes());
        assertThat(advice).as("seed %d", seed).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(advice.nearMissesNaming(asked)).as("seed %d: near misses naming, after all", seed)
                .isEqualTo(expectedNaming);
    }

    /** The cases reach every part of the meaning often enough to be worth comparing. */
    @Test
    void theCasesReachEveryPartOfTheMeaning() {
        int granted = 0;
        int notInForce = 0;
        int nearMisses = 0;
        int lapsed = 0;
        int lapsingBeforeIntake = 0;
        int certificates = 0;
        for (long seed : seeds().toArray()) {
            AgreementCases c = AgreementCases.of(new Random(seed));
            Advice advice = new ReferenceEvaluator(c.catalogue()).advise(c.request());
            granted += advice.isEmpty() ? 0 : 1;
            notInForce += advice.outcomes().stream().anyMatch(o -> o.status() == RuleOutcome.Status.NOT_IN_FORCE)
                    ? 1 : 0;
            nearMisses += advice.nearMisses().isEmpty() ? 0 : 1;
            lapsed += advice.lapsed().isEmpty() ? 0 : 1;
            lapsingBeforeIntake += advice.qualifications().stream()
                    .anyMatch(q -> !q.lapsingBeforeIntake().isEmpty()) ? 1 : 0;
            certificates += advice.qualifications().stream()
                    .anyMatch(q -> !q.exemptedCertificates().isEmpty()) ? 1 : 0;
        }
        assertThat(List.of(granted, notInForce, nearMisses, lapsed, lapsingBeforeIntake, certificates))
                .as("cases with grants, rules not in force, near misses, lapsed credentials, exemptions lapsing "
                        + "before intake, certificates exempted whole")
                .allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(CASES / 20));
    }
}
