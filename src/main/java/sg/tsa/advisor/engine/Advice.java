package sg.tsa.advisor.engine;

import sg.tsa.advisor.catalogue.Rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The engine's answer for one learner on one date.
 *
 * @param qualifications each qualification with at least one granted rule, sorted by title
 * @param outcomes       one per rule of the catalogue, in catalogue order: why it did or did not grant
 */
public record Advice(String catalogueVersion, LocalDate asOf, LocalDate intake, List<HeldCredential> held,
                     List<QualificationAdvice> qualifications, List<NearMiss> nearMisses,
                     List<LapsedCredential> lapsed, List<RuleOutcome> outcomes) {
    public Advice {
        held = List.copyOf(held);
        qualifications = List.copyOf(qualifications);
        nearMisses = List.copyOf(nearMisses);
        lapsed = List.copyOf(lapsed);
        outcomes = List.copyOf(outcomes);
    }

    public Optional<QualificationAdvice> qualification(String qualificationId) {
        return qualifications.stream().filter(q -> q.qualification().id().equals(qualificationId)).findFirst();
    }

    public Optional<RuleOutcome> outcome(Rule rule) {
        return outcomes.stream().filter(o -> o.rule().id().equals(rule.id())).findFirst();
    }

    /** True when nothing is exempted. */
    public boolean isEmpty() {
        return qualifications.isEmpty();
    }
}
