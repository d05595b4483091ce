package sg.tsa.advisor.engine;

import java.time.LocalDate;

/**
 * A held credential as it counted for one rule.
 *
 * @param countsUntil its last counting day under that rule's recency window, or null when there is no limit
 */
public record CountedCredential(HeldCredential held, LocalDate countsUntil) {
    public String credentialId() {
        return held.credentialId();
    }
}
