package sg.tsa.advisor.engine;

import java.time.LocalDate;
import java.util.Objects;

/** A credential a learner holds, with the day it was attained. */
public record HeldCredential(String credentialId, LocalDate attainedOn) {
    public HeldCredential {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(attainedOn, "attainedOn");
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
