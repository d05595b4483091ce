package sg.tsa.advisor.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * A held credential that no longer counts but would have met rules in force.
 *
 * @param countsUntil the last day it counted (the latest of those rules' windows)
 * @param ruleIds     the rules it would have met
 */
public record LapsedCredential(HeldCredential held, LocalDate countsUntil, List<String> ruleIds) {
    public LapsedCredential {
        ruleIds = List.copyOf(ruleIds);
    }
}
