package sg.tsa.advisor.ui.advising.history;

import sg.tsa.advisor.catalogue.Catalogue;

import java.util.List;
import java.util.Optional;

/**
 * What the advising screen gets while no local database is open: nobody to find, no history, and a save that
 * says plainly why it cannot happen. The composition root replaces it with the database-backed service.
 */
public final class NoLocalDatabase implements LearnerDirectory, ConsultationService {
    public static final String MESSAGE = "Consultations cannot be saved: no local database is open.";

    @Override
    public List<Learner> findByName(String fragment, int limit) {
        return List.of();
    }

    @Override
    public SavedConsultation save(ConsultationDraft draft, String snapshotJson) {
        throw new IllegalStateException(MESSAGE);
    }

    @Override
    public List<SavedConsultation> consultationsOf(long learnerId) {
        return List.of();
    }

    @Override
    public Optional<Catalogue> catalogueEdition(String version) {
        return Optional.empty();
    }
}
