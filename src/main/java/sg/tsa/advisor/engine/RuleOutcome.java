package sg.tsa.advisor.engine;

import sg.tsa.advisor.catalogue.Rule;

import java.util.List;

/**
 * Why a rule did or did not grant its exemption on the assessment date.
 *
 * @param counted the held credentials of the rule that count (for a granted rule: those that met it)
 * @param lapsed  the held credentials of the rule that no longer count, with their last counting day
 * @param missing the credential ids the rule names that the learner does not hold
 */
public record RuleOutcome(Rule rule, Status status, List<CountedCredential> counted, List<CountedCredential> lapsed,
                          List<String> missing) {
    public enum Status {
        GRANTED,
        /** In force, but the requirement is not met. */
        NOT_MET,
        /** Outside its effective dates on the assessment date. */
        NOT_IN_FORCE
    }

    public RuleOutcome {
        counted = List.copyOf(counted);
        lapsed = List.copyOf(lapsed);
        missing = List.copyOf(missing);
    }

    public boolean granted() {
        return status == Status.GRANTED;
    }
}
