package sg.tsa.advisor.engine;

import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Exemption;
import sg.tsa.advisor.catalogue.Requirement;
import sg.tsa.advisor.catalogue.Rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static sg.tsa.advisor.engine.ExemptionEngineTest.held;
import static sg.tsa.advisor.testing.CatalogueBuilder.allOf;
import static sg.tsa.advisor.testing.CatalogueBuilder.anyOf;
import static sg.tsa.advisor.testing.CatalogueBuilder.catalogue;

/** Asking an advice for one part: one rule's outcome, the near misses naming some credentials. */
class AdviceLookupTest {
    private static final LocalDate AS_OF = LocalDate.parse("2026-11-28");

    /** Two qualifications titled so that "qb" comes first; rules on both naming a, b and c in several ways. */
    private final Catalogue catalogue = catalogue().defaultRecency(4).credentials("a", "b", "c", "d")
            .qualification("qa", "Zoology", false, "m1", "m2", "m3")
            .qualification("qb", "Aquaculture", false, "m1", "m2")
            .moduleRule("a-alone", "qa", "m1", "a")
            .moduleRule("b-and-c", "qa", "m2", allOf("b", "c"))
            .moduleRule("c-or-d", "qb", "m1", anyOf("c", "d"))
            .moduleRule("d-later", "qa", "m3", "d").ruleField("d-later", "effectiveFrom", "2027-01-01")
            .moduleRule("b-and-d", "qb", "m2", allOf("b", "d"))
            .build();
    private final ExemptionEngine engine = new ExemptionEngine(catalogue);
    private final Advice advice = engine.advise(new AdviceRequest(List.of(held("b", "2025-01-01")), AS_OF));

    private Rule rule(String id) {
        return catalogue.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theOutcomeOfARuleNamingNoHeldCredentialListsEveryCredentialAsMissing() {
        RuleOutcome outcome = advice.outcome(rule("c-or-d")).orElseThrow();

        assertThat(outcome.status()).isEqualTo(RuleOutcome.Status.NOT_MET);
        assertThat(outcome.counted()).isEmpty();
        assertThat(outcome.missing()).containsExactly("c", "d");
    }

    @Test
    void theOutcomeOfARuleNotInForceSaysSoEvenWhenNothingIsHeld() {
        assertThat(advice.outcome(rule("d-later")).orElseThrow().status())
                .isEqualTo(RuleOutcome.Status.NOT_IN_FORCE);
    }

    @Test
    void theOutcomeOfARuleNamingAHeldCredentialNamesItAsCounting() {
        RuleOutcome outcome = advice.outcome(rule("b-and-c")).orElseThrow();

        assertThat(outcome.status()).isEqualTo(RuleOutcome.Status.NOT_MET);
        assertThat(outcome.counted()).extracting(CountedCredential::credentialId).containsExactly("b");
        assertThat(outcome.missing()).containsExactly("c");
    }

    @Test
    void eachLookedUpOutcomeIsTheOneInTheCompleteList() {
        for (int i = 0; i < catalogue.rules().size(); i++) {
            assertThat(advice.outcome(catalogue.rules().get(i))).contains(advice.outcomes().get(i));
        }
    }

    @Test
    void aRuleThatIsNotInTheCatalogueHasNoOutcome() {
        Rule foreign = new Rule("elsewhere", "qa", new Exemption.OfModule("m1"), new Requirement.Holds("a"), null,
                null, null, "src", null);

        assertThat(advice.outcome(foreign)).isEmpty();
    }

    @Test
    void nearMissesNamingCredentialsAreThoseOfTheCompleteListThatNameThem() {
        assertThat(advice.nearMissesNaming(Set.of("d"))).extracting(m -> m.rule().id())
                .containsExactly("c-or-d", "b-and-d");
        assertThat(advice.nearMissesNaming(Set.of("c", "a"))).extracting(m -> m.rule().id())
                .containsExactly("c-or-d", "a-alone", "b-and-c");
        assertThat(advice.nearMisses()).extracting(m -> m.rule().id())
                .containsExactly("c-or-d", "b-and-d", "a-alone", "b-and-c");
    }

    @Test
    void nearMissesNamingOnlyUnknownOrNoCredentialsAreNone() {
        assertThat(advice.nearMissesNaming(Set.of("no-such-credential"))).isEmpty();
        assertThat(advice.nearMissesNaming(Set.of())).isEmpty();
    }

    @Test
    void nearMissesNamingGiveTheSameOnceTheCompleteListIsKnown() {
        List<NearMiss> before = advice.nearMissesNaming(Set.of("b"));
        advice.nearMisses();

        assertThat(advice.nearMissesNaming(Set.of("b"))).isEqualTo(before)
                .extracting(m -> m.rule().id()).containsExactly("b-and-d", "b-and-c");
    }

    @Test
    void anAdviceEqualsTheSameAdviceMadeOfCompleteLists() {
        Advice lists = new Advice(advice.catalogueVersion(), advice.asOf(), advice.intake(), advice.held(),
                advice.qualifications(), advice.nearMisses(), advice.lapsed(), List.copyOf(advice.outcomes()));

        assertThat(lists).isEqualTo(advice).hasSameHashCodeAs(advice);
        assertThat(lists.outcome(rule("b-and-c"))).isEqualTo(advice.outcome(rule("b-and-c")));
        assertThat(lists.nearMissesNaming(Set.of("d"))).isEqualTo(advice.nearMissesNaming(Set.of("d")));
        assertThat(engine.advise(new AdviceRequest(List.of(), AS_OF))).isNotEqualTo(advice);
    }

    @Test
    void aRuleOfAQualificationTheCatalogueLacksHasAnOutcomeButGrantsNothing() {
        Catalogue valid = catalogue().credentials("a").qualification("q", "Q", false, "m1")
                .moduleRule("r", "q", "m1", "a").build();
        Rule orphan = new Rule("orphan", "gone", new Exemption.OfModule("m1"), new Requirement.Holds("a"), null,
                null, null, "src", null);
        Catalogue withOrphan = new Catalogue("v", valid.publishedOn(), valid.institution(), null, valid.sources(),
                null, valid.issuers(), valid.credentials(), valid.qualifications(),
                List.of(orphan, valid.rules().get(0)));

        Advice held = new ExemptionEngine(withOrphan).advise(new AdviceRequest(List.of(held("a", "2025-01-01")),
                AS_OF));
        Advice none = new ExemptionEngine(withOrphan).advise(new AdviceRequest(List.of(), AS_OF));

        assertThat(held.outcomes()).extracting(o -> o.rule().id(), RuleOutcome::granted)
                .containsExactly(tuple("orphan", true),
                        tuple("r", true));
        assertThat(held.qualifications()).extracting(q -> q.qualification().id()).containsExactly("q");
        assertThat(none.nearMisses()).extracting(m -> m.rule().id()).containsExactly("r");
        assertThat(none.nearMissesNaming(Set.of("a"))).extracting(m -> m.rule().id()).containsExactly("r");
    }
}
