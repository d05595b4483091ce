package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.catalogue.Rule;
import sg.tsa.advisor.report.Wording;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether an entered credential counts on the assessment date and until when: what the counsellor sees next to
 * it the moment it is added. Plain Java.
 *
 * @param until the last day it counts (COUNTS) or counted (LAPSED); null otherwise or when there is no limit
 */
record Standing(State state, LocalDate until, String text) {
    /** ENDS_BEFORE_INTAKE: counts on the assessment date but no longer on the planned intake date. */
    enum State { COUNTS, ENDS_BEFORE_INTAKE, LAPSED, UNUSED, NEEDS_DATE, FUTURE_DATE, PLANNED }

    static Standing of(RuleIndex index, String credentialId, LocalDate attainedOn, boolean planned,
                       LocalDate asOf) {
        return of(index, credentialId, attainedOn, planned, asOf, null);
    }

    /** @param intake the planned intake date, or null */
    static Standing of(RuleIndex index, String credentialId, LocalDate attainedOn, boolean planned,
                       LocalDate asOf, LocalDate intake) {
        if (planned) {
            return new Standing(State.PLANNED, null, "Planned: not counted as held");
        }
        if (attainedOn == null) {
            return new Standing(State.NEEDS_DATE, null, "Date needed: not counted until the date it was attained is entered");
        }
        if (attainedOn.isAfter(asOf)) {
            return new Standing(State.FUTURE_DATE, null, "Attained " + Wording.date(attainedOn)
                    + " is after the assessment date " + Wording.date(asOf) + ": not counted");
        }
        List<Rule> rules = index.naming(credentialId);
        if (rules.isEmpty()) {
            return new Standing(State.UNUSED, null, "No exemption rule names this credential");
        }
        boolean counts = false;
        boolean unlimited = false;
        LocalDate latest = null;
        for (Rule rule : rules) {
            Integer years = index.catalogue().recencyYearsOf(rule);
            if (years == null) {
                counts = true;
                unlimited = true;
                continue;
            }
            LocalDate until = attainedOn.plusYears(years);
            counts |= !asOf.isAfter(until);
            latest = latest == null || until.isAfter(latest) ? until : latest;
        }
        if (!counts) {
            return new Standing(State.LAPSED, latest, "Stopped counting after " + Wording.date(latest));
        }
        if (unlimited) {
            return new Standing(State.COUNTS, null, "Counts, with no time limit");
        }
        return intake != null && latest.isBefore(intake)
                ? new Standing(State.ENDS_BEFORE_INTAKE, latest, Wording.countsUntilBeforeIntake(latest, intake))
                : new Standing(State.COUNTS, latest, "Counts until " + Wording.date(latest));
    }
}
