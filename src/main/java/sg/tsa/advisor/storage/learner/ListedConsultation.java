package sg.tsa.advisor.storage.learner;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One saved consultation as History lists it across learners: when, with whom, by whom, and what it granted.
 *
 * @param contact    the learner's e-mail address, else their phone number, else null
 * @param counsellor or null
 * @param exempted   the titles of the certificates, then of the modules, that the saved report exempted the
 *                   learner from, in the report's order (the report as shown, not advice worked out again)
 * @param modules    how many of {@code exempted} are modules
 */
public record ListedConsultation(long id, long learnerId, String learnerName, String contact, Instant heldAt,
                                 String counsellor, List<String> exempted, int modules) {
    public ListedConsultation {
        Objects.requireNonNull(learnerName, "learnerName");
        Objects.requireNonNull(heldAt, "heldAt");
        exempted = List.copyOf(exempted);
    }

    /**
     * A page of the newest consultations matching a search.
     *
     * @param total how many consultations match in all; {@code listed} holds the newest of them, up to the bound
     */
    public record Page(List<ListedConsultation> listed, int total) {
        public Page {
            listed = List.copyOf(listed);
        }
    }
}
