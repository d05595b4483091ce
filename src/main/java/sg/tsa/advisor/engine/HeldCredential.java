package sg.tsa.advisor.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A credential a learner holds, with the day it was attained.
 *
 * @param monthOnly true when only the month was given: {@code attainedOn} is then its first day, and the words for
 *                  people say so ("June 2024, taken as 1 Jun 2024"); the engine counts the day either way
 */
public record HeldCredential(String credentialId, LocalDate attainedOn, boolean monthOnly) {
    public HeldCredential {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(attainedOn, "attainedOn");
    }

    /** A credential attained on a day given in full. */
    public HeldCredential(String credentialId, LocalDate attainedOn) {
        this(credentialId, attainedOn, false);
    }

    /**
     * The last day this credential counts under a recency window of {@code years}, or null when there is no limit.
     * The window is inclusive: attained exactly {@code years} years before still counts.
     */
    public LocalDate countsUntil(Integer years) {
        return years == null ? null : attainedOn.plusYears(years);
    }

    /** Whether it counts on {@code date} under a recency window of {@code years} (null: no limit). */
    public boolean countsOn(LocalDate date, Integer years) {
        LocalDate until = countsUntil(years);
        return until == null || !date.isAfter(until);
    }
}
