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

    /** Matches the name, contact, counsellor or an entered credential's id; grants are not read from snapshots. */
    @Override
    public synchronized HistoryEntry.Page recent(Long learnerId, String text, List<String> credentialIds, int limit) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        List<SavedConsultation> matching = consultations.stream()
                .filter(c -> learnerId == null || c.learner().id() == learnerId)
                .filter(c -> key.isEmpty() || contains(c.learner().name(), key) || contains(c.learner().contact(), key)
                        || contains(c.draft().counsellor(), key) || c.draft().held().stream().anyMatch(
                                h -> contains(h.credentialId(), key) || credentialIds.contains(h.credentialId())))
                .sorted(Comparator.comparing(SavedConsultation::savedAt).thenComparing(SavedConsultation::id)
                        .reversed())
                .toList();
        return new HistoryEntry.Page(matching.stream().limit(limit).map(c -> new HistoryEntry(c.id(), c.learner(),
                c.savedAt(), c.draft().counsellor(), List.of(), 0)).toList(), matching.size());
    }

    private static boolean contains(String text, String key) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(key);
    }

    @Override
    public synchronized Optional<SavedConsultation> consultation(long id) {
        return consultations.stream().filter(c -> c.id() == id).findFirst();
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
