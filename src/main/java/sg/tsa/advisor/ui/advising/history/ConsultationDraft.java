package sg.tsa.advisor.ui.advising.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the counsellor entered in one consultation, ready to save or print.
 *
 * @param learnerId        the known learner's id, or null for a learner to be created under {@code learnerName}
 * @param learnerContact   optional contact, or null
 * @param intakeOn         the planned intake date, or null
 * @param catalogueVersion the catalogue edition the advice was worked out with
 * @param credentials      held and planned credentials, in the order entered
 * @param notListed        credentials the recognition list does not name, recorded as the learner gave them
 */
public record ConsultationDraft(Long learnerId, String learnerName, String learnerContact, String counsellor,
                                LocalDate assessedOn, LocalDate intakeOn, String catalogueVersion,
                                List<EnteredCredential> credentials, List<NotListed> notListed) {
    /** A consultation with no credential recorded as not listed. */
    public ConsultationDraft(Long learnerId, String learnerName, String learnerContact, String counsellor,
                             LocalDate assessedOn, LocalDate intakeOn, String catalogueVersion,
                             List<EnteredCredential> credentials) {
        this(learnerId, learnerName, learnerContact, counsellor, assessedOn, intakeOn, catalogueVersion, credentials,
                List.of());
    }

    public ConsultationDraft {
        notListed = List.copyOf(notListed);
        Objects.requireNonNull(learnerName, "learnerName");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        credentials = List.copyOf(credentials);
    }

    /** The credentials the learner holds, planned ones left out. */
    public List<EnteredCredential> held() {
        return credentials.stream().filter(c -> !c.planned()).toList();
    }
}
