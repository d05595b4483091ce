package sg.tsa.advisor.engine;

import sg.tsa.advisor.catalogue.Rule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's answer for one learner on one date. A value: two advices are equal when every part is.
 * <p>
 * An advice from {@link ExemptionEngine#advise} holds what it grants and what has lapsed; the rest is worked out
 * from the compiled catalogue when first asked: {@link #outcome} looks up one rule, {@link #outcomes} works each
 * rule out as it is read, {@link #nearMisses} (every near miss, for the JSON report) is computed once, and
 * {@link #nearMissesNaming} computes only the near misses of rules naming given credentials.
 */
public final class Advice {
    private final String catalogueVersion;
    private final LocalDate asOf;
    private final LocalDate intake;
    private final List<HeldCredential> held;
    private final List<QualificationAdvice> qualifications;
    private final List<LapsedCredential> lapsed;
    private final List<RuleOutcome> outcomes;
    /** Where the on-demand answers come from; null for an advice made of lists. */
    private final Evaluation evaluation;
    private volatile List<NearMiss> nearMisses;

    /**
     * An advice made of complete lists.
     *
     * @param qualifications each qualification with at least one granted rule, sorted by title
     * @param outcomes       one per rule of the catalogue, in catalogue order: why it did or did not grant
     */
    public Advice(String catalogueVersion, LocalDate asOf, LocalDate intake, List<HeldCredential> held,
                  List<QualificationAdvice> qualifications, List<NearMiss> nearMisses,
                  List<LapsedCredential> lapsed, List<RuleOutcome> outcomes) {
        this(catalogueVersion, asOf, intake, held, qualifications, lapsed, List.copyOf(outcomes), null);
        this.nearMisses = List.copyOf(nearMisses);
    }

    Advice(String catalogueVersion, LocalDate asOf, LocalDate intake, List<HeldCredential> held,
           List<QualificationAdvice> qualifications, List<LapsedCredential> lapsed, Evaluation evaluation) {
        this(catalogueVersion, asOf, intake, held, qualifications, lapsed, evaluation.outcomes(), evaluation);
    }

    private Advice(String catalogueVersion, LocalDate asOf, LocalDate intake, List<HeldCredential> held,
                   List<QualificationAdvice> qualifications, List<LapsedCredential> lapsed,
                   List<RuleOutcome> outcomes, Evaluation evaluation) {
        this.catalogueVersion = catalogueVersion;
        this.asOf = asOf;
        this.intake = intake;
        this.held = List.copyOf(held);
        this.qualifications = List.copyOf(qualifications);
        this.lapsed = List.copyOf(lapsed);
        this.outcomes = outcomes;
        this.evaluation = evaluation;
    }

    public String catalogueVersion() {
        return catalogueVersion;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The planned intake date, or null. */
    public LocalDate intake() {
        return intake;
    }

    /** What was assessed: each credential once, at its latest attainment. */
    public List<HeldCredential> held() {
        return held;
    }

    /** Each qualification with at least one granted rule, sorted by title. */
    public List<QualificationAdvice> qualifications() {
        return qualifications;
    }

    /** Every near miss (meaning point 5), per qualification in title order, then in catalogue order. */
    public List<NearMiss> nearMisses() {
        List<NearMiss> misses = nearMisses;
        if (misses == null) {
            misses = evaluation.nearMisses();
            nearMisses = misses;
        }
        return misses;
    }

    /**
     * The near misses of the rules naming any of {@code credentialIds}, in the order of {@link #nearMisses}: that
     * list with the others left out, without working the others out.
     */
    public List<NearMiss> nearMissesNaming(Collection<String> credentialIds) {
        if (evaluation != null && nearMisses == null) {
            return evaluation.nearMissesNaming(credentialIds);
        }
        return nearMisses().stream()
                .filter(m -> m.rule().requires().credentialIds().stream().anyMatch(credentialIds::contains))
                .toList();
    }

    public List<LapsedCredential> lapsed() {
        return lapsed;
    }

    /** One outcome per rule of the catalogue, in catalogue order: why it did or did not grant. */
    public List<RuleOutcome> outcomes() {
        return outcomes;
    }

    public Optional<QualificationAdvice> qualification(String qualificationId) {
        return qualifications.stream().filter(q -> q.qualification().id().equals(qualificationId)).findFirst();
    }

    /** The outcome of {@code rule}, found by its id without going through the others; empty when not a rule here. */
    public Optional<RuleOutcome> outcome(Rule rule) {
        if (evaluation != null) {
            return evaluation.outcome(rule.id());
        }
        return outcomes.stream().filter(o -> o.rule().id().equals(rule.id())).findFirst();
    }

    /** True when nothing is exempted. */
    public boolean isEmpty() {
        return qualifications.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Advice that && Objects.equals(catalogueVersion, that.catalogueVersion)
                && Objects.equals(asOf, that.asOf) && Objects.equals(intake, that.intake) && held.equals(that.held)
                && qualifications.equals(that.qualifications) && lapsed.equals(that.lapsed)
                && nearMisses().equals(that.nearMisses()) && outcomes.equals(that.outcomes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(catalogueVersion, asOf, intake, held, qualifications, nearMisses(), lapsed, outcomes);
    }

    @Override
    public String toString() {
        return "Advice[catalogueVersion=" + catalogueVersion + ", asOf=" + asOf + ", intake=" + intake + ", held="
                + held + ", qualifications=" + qualifications + ", nearMisses=" + nearMisses() + ", lapsed=" + lapsed
                + ", outcomes=" + outcomes + "]";
    }
}
