package sg.tsa.advisor.storage.learner;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A credential as entered in a consultation: which, when attained, and what evidence was seen (or null).
 */
public record HeldEntry(String credentialId, LocalDate attainedOn, String evidence) {
    public HeldEntry {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(attainedOn, "attainedOn");
    }
}
