package sg.tsa.advisor.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.testing.RandomCatalogues;
import sg.tsa.advisor.testing.Seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExemptionEngineProperties {
    private static final int ADDING_CASES = 400;

    static LongStream addingSeeds() {
        return Seeds.first(ADDING_CASES);
    }

    static LongStream nearMissSeeds() {
        return Seeds.first(300);
    }

    /** Every module and certificate exempted, as "qualification/module:id" and "qualification/certificate:id". */
    static Set<String> exemptions(Advice advice) {
        Set<String> exemptions = new TreeSet<>();
        for (QualificationAdvice q : advice.qualifications()) {
            String qualification = q.qualification().id();
            q.exemptedModules().forEach(m -> exemptions.add(qualification + "/module:" + m.id()));
            q.exemptedCertificates().forEach(c -> exemptions.add(qualification + "/certificate:" + c.id()));
        }
        return exemptions;
    }

    /** One case of the first property: a catalogue, what is held, and one more attainment. */
    private record Adding(Catalogue catalogue, List<HeldCredential> held, HeldCredential added,
                          Set<String> before, Set<String> after) {
        static Adding of(long seed) {
            Random random = new Random(seed);
            Catalogue catalogue = RandomCatalogues.catalogue(random);
            List<HeldCredential> held = RandomCatalogues.heldSet(random);
            HeldCredential added = RandomCatalogues.held(random);
            ExemptionEngine engine = new ExemptionEngine(catalogue);
            List<HeldCredential> more = new ArrayList<>(held);
            more.add(added);
            return new Adding(catalogue, held, added,
                    exemptions(engine.advise(new AdviceRequest(held, RandomCatalogues.AS_OF))),
                    exemptions(engine.advise(new AdviceRequest(more, RandomCatalogues.AS_OF))));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("addingSeeds")
    void addingAHeldCredentialNeverRemovesAnExemption(long seed) {
        Adding adding = Adding.of(seed);

        assertThat(adding.after())
                .as("seed %d: adding %s to %s", seed, adding.added(), adding.held())
                .containsAll(adding.before());
    }

    /** The cases above are worth running: enough of them exempt something, and enough gain by the addition. */
    @Test
    void theAddingCasesOftenExemptSomethingAndSometimesGainAnExemption() {
        List<Adding> cases = addingSeeds().mapToObj(Adding::of).toList();
        long exempting = cases.stream().filter(a -> !a.before().isEmpty()).count();
        long gaining = cases.stream().filter(a -> a.after().size() > a.before().size()).count();

        assertThat(exempting).as("cases exempting something before").isGreaterThanOrEqualTo(ADDING_CASES / 10);
        assertThat(gaining).as("cases gaining an exemption").isGreaterThanOrEqualTo(ADDING_CASES / 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nearMissSeeds")
    void aGrantedRuleIsNeverANearMissAndEveryNearMissIsMetByAnyOfItsMissingCredentials(long seed) {
        Random random = new Random(seed);
        Catalogue catalogue = RandomCatalogues.catalogue(random);
        List<HeldCredential> held = RandomCatalogues.heldSet(random);
        ExemptionEngine engine = new ExemptionEngine(catalogue);
        Advice advice = engine.advise(new AdviceRequest(held, RandomCatalogues.AS_OF));

        for (NearMiss miss : advice.nearMisses()) {
            assertThat(advice.outcome(miss.rule()).orElseThrow().granted())
                    .as("seed %d: rule %s is granted and a near miss", seed, miss.rule().id()).isFalse();
            for (String missing : miss.missing()) {
                List<HeldCredential> more = new ArrayList<>(held);
                more.add(new HeldCredential(missing, RandomCatalogues.AS_OF));
                Advice then = engine.advise(new AdviceRequest(more, RandomCatalogues.AS_OF));
                assertThat(then.outcome(miss.rule()).orElseThrow().granted())
                        .as("seed %d: adding %s meets near miss %s", seed, missing, miss.rule().id()).isTrue();
            }
        }
    }
}
