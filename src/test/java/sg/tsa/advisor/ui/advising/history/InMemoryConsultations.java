package sg.tsa.advisor.ui.advising.history;

import sg.tsa.advisor.catalogue.Catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Learners and consultations kept in memory: the test double of the database-backed service, for view-model and
 * TestFX tests only. Thread-safe enough for one background thread.
 */
public final class InMemoryConsultations implements LearnerDirectory, ConsultationService {
    private String leftBehind;
    private final Map<Long, Learner> learners = new HashMap<>();
    private final List<SavedConsultation> consultations = new ArrayList<>();
    private final Map<String, Catalogue> editions = new HashMap<>();
    private final Clock clock;
    private long nextId = 1;

    public InMemoryConsultations(Clock clock) {
        this.clock = clock;
    }

    public synchronized Learner addLearner(String name, String contact) {
        Learner learner = new Learner(nextId++, name, contact);
        learners.put(learner.id(), learner);
        return learner;
    }

    public synchronized void keepEdition(Catalogue catalogue) {
        editions.put(catalogue.version(), catalogue);
    }

    public synchronized List<SavedConsultation> all() {
        return List.copyOf(consultations);
    }

    @Override
    public synchronized List<Learner> findByName(String fragment, int limit) {
        String key = fragment.toLowerCase(Locale.ROOT);
        return learners.values().stream()
                .filter(l -> l.name().toLowerCase(Locale.ROOT).contains(key))
                .sorted(Comparator.comparing((Learner l) -> !l.name().toLowerCase(Locale.ROOT).startsWith(key))
                        .thenComparing(Learner::name))
                .limit(limit).toList();
    }

    @Override
    public synchronized List<EnteredCredential> credentialsOf(long learnerId) {
        return consultations.stream().filter(c -> c.learner().id() == learnerId)
                .reduce((first, second) -> second).map(c -> c.draft().held()).orElse(List.of());
    }

    @Override
    public synchronized SavedConsultation save(ConsultationDraft draft, String snapshotJson) {
        Learner learner = draft.learnerId() == null ? addLearner(draft.learnerName(), draft.learnerContact())
                : learners.get(draft.learnerId());
        if (learner == null) {
            throw new IllegalArgumentException("unknown learner " + draft.learnerId());
        }
        SavedConsultation saved = new SavedConsultation(nextId++, learner, Instant.now(clock), draft, snapshotJson);
        consultations.add(saved);
        return saved;
    }

    @Override
    public synchronized List<SavedConsultation> consultationsOf(long learnerId) {
        return consultations.stream().filter(c -> c.learner().id() == learnerId)
                .sorted(Comparator.comparing(SavedConsultation::savedAt).thenComparing(SavedConsultation::id)
                        .reversed())
                .toList();
    }

    /** The next erasure reports this as left behind, as the local store does when a reader kept the old pages. */
    public synchronized void leaveBehind(String sentence) {
        leftBehind = sentence;
    }

    @Override
    public synchronized ErasureScope erasureScope(long learnerId) {
        return new ErasureScope((int) consultations.stream().filter(c -> c.learner().id() == learnerId).count(),
                0, 0);
    }

    @Override
    public synchronized ErasureOutcome eraseLearner(long learnerId) {
        if (learners.remove(learnerId) == null) {
            throw new IllegalStateException("This learner is no longer stored, so nothing was erased.");
        }
        int before = consultations.size();
        consultations.removeIf(c -> c.learner().id() == learnerId);
        List<String> left = leftBehind == null ? List.of() : List.of(leftBehind);
        leftBehind = null;
        return new ErasureOutcome(before - consultations.size(), 0, 0, left);
    }

    @Override
    public synchronized Optional<Catalogue> catalogueEdition(String version) {
        return Optional.ofNullable(editions.get(version));
    }
}
