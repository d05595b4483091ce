package sg.tsa.advisor.ui.advising.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A credential entered during a consultation.
 *
 * @param attainedOn   the day it was attained; for a planned credential, the day it is assumed to be attained
 * @param evidenceNote what the counsellor saw as proof ("certificate PDF seen"), or null
 * @param planned      true for a "what if" credential the learner does not hold yet: never counted or printed as
 *                     held
 * @param monthOnly    true when only the month it was attained was given ({@code attainedOn} is its first day)
 */
public record EnteredCredential(String credentialId, LocalDate attainedOn, String evidenceNote, boolean planned,
                                boolean monthOnly) {
    public EnteredCredential {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(attainedOn, "attainedOn");
    }

    /** A credential attained on a day given in full. */
    public EnteredCredential(String credentialId, LocalDate attainedOn, String evidenceNote, boolean planned) {
        this(credentialId, attainedOn, evidenceNote, planned, false);
    }
}
