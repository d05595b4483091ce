package sg.tsa.advisor.storage.learner;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A credential as entered in a consultation: which, when attained, and what evidence was seen (or null).
 *
 * @param monthOnly true when only the month was given: {@code attainedOn} is then its first day
 */
public record HeldEntry(String credentialId, LocalDate attainedOn, String evidence, boolean monthOnly) {
    public HeldEntry {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(attainedOn, "attainedOn");
    }

    /** A credential attained on a day given in full. */
    public HeldEntry(String credentialId, LocalDate attainedOn, String evidence) {
        this(credentialId, attainedOn, evidence, false);
    }
}
