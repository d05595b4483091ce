package sg.tsa.advisor.storage.learner;

import java.time.LocalDate;

/**
 * A credential a learner holds, as recorded. The credential id is not tied to a catalogue edition: the record
 * outlives catalogue changes (a credential a newer edition no longer lists is still shown as recorded).
 *
 * @param evidence  optional note such as a certificate number, or null
 * @param monthOnly true when only the month it was attained was given ({@code attainedOn} is its first day)
 */
public record LearnerCredential(long id, long learnerId, String credentialId, LocalDate attainedOn,
                                String evidence, boolean monthOnly) {
    /** A credential attained on a day given in full. */
    public LearnerCredential(long id, long learnerId, String credentialId, LocalDate attainedOn, String evidence) {
        this(id, learnerId, credentialId, attainedOn, evidence, false);
    }
}
