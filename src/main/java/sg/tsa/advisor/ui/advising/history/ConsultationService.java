package sg.tsa.advisor.ui.advising.history;

import sg.tsa.advisor.catalogue.Catalogue;

import java.util.List;
import java.util.Optional;

/**
 * Keeps consultations: the advising screen's one door to stored history. Implemented over the local database (one
 * transaction per save); every method is called from a background task.
 */
public interface ConsultationService {

    /**
     * Saves a consultation with its advice snapshot, creating the learner first when {@code draft.learnerId()} is
     * null, in one transaction.
     *
     * @return the stored consultation, with the learner's id
     */
    SavedConsultation save(ConsultationDraft draft, String snapshotJson);

    /** The learner's past consultations, newest first. */
    List<SavedConsultation> consultationsOf(long learnerId);

    /**
     * The newest saved consultations, of every learner or of {@code learnerId} only, that {@code text} finds (blank:
     * all): in the learner's name or contact, the counsellor's name, a module or certificate granted, or a credential
     * entered, by its id or by one of {@code credentialIds} (those the catalogue names by that text). At most
     * {@code limit}, newest first, with how many match in all.
     */
    HistoryEntry.Page recent(Long learnerId, String text, List<String> credentialIds, int limit);

    /** The saved consultation with that id, whole, to reopen it; empty when it is no longer stored. */
    Optional<SavedConsultation> consultation(long id);

    /** What erasing the learner would touch: consultations (counted, not read), backups and damaged copies. */
    ErasureScope erasureScope(long learnerId);

    /**
     * Erases a learner with everything stored about them — contact details, recorded credentials, consultations
     * and what was entered in each — in one transaction, then from the files: the database's log and free pages,
     * the backups, the damaged copies. Nothing is kept; whatever could not be cleaned is reported.
     *
     * @return how many consultations were erased with them, and what is left behind where
     * @throws IllegalStateException when no local database is open or no learner has that id; nothing is erased
     */
    ErasureOutcome eraseLearner(long learnerId);

    /** The catalogue edition with {@code version}, when it is still kept, to reopen a consultation made under it. */
    Optional<Catalogue> catalogueEdition(String version);
}
