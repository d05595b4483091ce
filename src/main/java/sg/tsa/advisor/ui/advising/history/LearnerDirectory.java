package sg.tsa.advisor.ui.advising.history;

import java.util.List;

/**
 * Finds known learners as the counsellor types a name. Implemented over the local database; called from a
 * background task, never on the FX Application Thread.
 */
public interface LearnerDirectory {

    /**
     * Learners whose name contains {@code fragment} (case-insensitive), best match first (names starting with it
     * before others), at most {@code limit}.
     */
    List<Learner> findByName(String fragment, int limit);

    /** The credentials a known learner holds, as last recorded (planned ones are never recorded). */
    List<EnteredCredential> credentialsOf(long learnerId);
}
