package sg.tsa.advisor.catalogue;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An exemption rule: holding what {@code requires} asks exempts {@code exempts} of one qualification.
 *
 * @param recencyYears   overrides the catalogue's default recency, or null
 * @param effectiveFrom  first day the rule is in force, or null (open)
 * @param effectiveUntil last day the rule is in force, or null (open)
 * @param note           free text for counsellors, or null
 */
public record Rule(String id, String qualificationId, Exemption exempts, Requirement requires, Integer recencyYears,
                   LocalDate effectiveFrom, LocalDate effectiveUntil, String sourceId, String note) {
    public Rule {
        Ids.require(id, "rule");
        Ids.require(qualificationId, "qualification");
        Objects.requireNonNull(exempts, "exempts");
        Objects.requireNonNull(requires, "requires");
        Ids.require(sourceId, "source");
        if (recencyYears != null && recencyYears < 1) {
            throw new IllegalArgumentException("recencyYears must be at least 1: " + recencyYears);
        }
    }

    /** Whether the rule is in force on {@code date}: a missing bound is open, both bounds inclusive. */
    public boolean inForceOn(LocalDate date) {
        return (effectiveFrom == null || !date.isBefore(effectiveFrom))
                && (effectiveUntil == null || !date.isAfter(effectiveUntil));
    }
}
