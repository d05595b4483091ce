package sg.tsa.advisor.ui.advising.history;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.storage.LearnerErasure;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.catalogue.UnknownEditionException;
import sg.tsa.advisor.storage.learner.Consultation;
import sg.tsa.advisor.storage.learner.HeldEntry;
import sg.tsa.advisor.storage.learner.LearnerDetails;
import sg.tsa.advisor.storage.learner.ListedConsultation;
import sg.tsa.advisor.storage.learner.UnlistedEntry;
import sg.tsa.advisor.storage.learner.Visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The advising screen's history kept in the local database. The window opens before the database does (opening
 * it runs in the background), so the database is attached once it is open; until then — or for good, when it
 * cannot be opened — nobody is found and a save says plainly why it cannot happen.
 */
public final class LocalHistory implements LearnerDirectory, ConsultationService {
    public static final String NO_DATABASE = "Consultations cannot be saved: no local database is open.";
    public static final String NO_DATABASE_TO_ERASE = "No local database is open, so nothing was erased.";

    private final Clock clock;
    private volatile Storage storage;

    public LocalHistory(Clock clock) {
        this.clock = clock;
    }

    /** Called once the local database is open. */
    public void attach(Storage opened) {
        this.storage = opened;
    }

    @Override
    public List<Learner> findByName(String fragment, int limit) {
        Storage open = storage;
        if (open == null) {
            return List.of();
        }
        return open.learners().search(fragment, limit).stream().map(l -> learner(open, l)).toList();
    }

    @Override
    public List<EnteredCredential> credentialsOf(long learnerId) {
        Storage open = storage;
        if (open == null) {
            return List.of();
        }
        return open.learners().credentials(learnerId).stream()
                .map(c -> new EnteredCredential(c.credentialId(), c.attainedOn(), c.evidence(), false,
                        c.monthOnly())).toList();
    }

    @Override
    public SavedConsultation save(ConsultationDraft draft, String snapshotJson) {
        Storage open = requireOpen(NO_DATABASE);
        String contact = draft.learnerContact();
        boolean email = contact != null && contact.contains("@");
        LearnerDetails details = new LearnerDetails(draft.learnerName(), email ? contact : null,
                email ? null : contact, null);
        List<HeldEntry> held = draft.held().stream()
                .map(c -> new HeldEntry(c.credentialId(), c.attainedOn(), c.evidenceNote(), c.monthOnly())).toList();
        List<UnlistedEntry> unlisted = draft.notListed().stream()
                .map(n -> new UnlistedEntry(n.title(), n.attainedOn(), n.note(), n.monthOnly())).toList();
        Consultation saved = open.consultations().record(new Visit(draft.learnerId(), details, held, clock.instant(),
                draft.counsellor(), draft.assessedOn(), draft.intakeOn(), draft.catalogueVersion(), snapshotJson,
                unlisted));
        return saved(open, learnerOf(open, saved.learnerId()), saved);
    }

    @Override
    public List<SavedConsultation> consultationsOf(long learnerId) {
        Storage open = storage;
        if (open == null) {
            return List.of();
        }
        List<Consultation> stored = open.consultations().forLearner(learnerId);
        if (stored.isEmpty()) {
            return List.of();
        }
        Learner learner = learnerOf(open, learnerId);
        return stored.stream().map(c -> saved(open, learner, c)).toList();
    }

    @Override
    public HistoryEntry.Page recent(Long learnerId, String text, List<String> credentialIds, int limit) {
        Storage open = storage;
        if (open == null) {
            return new HistoryEntry.Page(List.of(), 0);
        }
        ListedConsultation.Page page = open.consultations().recent(learnerId, text, credentialIds, limit);
        return new HistoryEntry.Page(page.listed().stream().map(c -> new HistoryEntry(c.id(),
                new Learner(c.learnerId(), c.learnerName(), c.contact()), c.heldAt(), c.counsellor(), c.exempted(),
                c.modules())).toList(), page.total());
    }

    @Override
    public Optional<SavedConsultation> consultation(long id) {
        Storage open = storage;
        if (open == null) {
            return Optional.empty();
        }
        return open.consultations().find(id).map(c -> saved(open, learnerOf(open, c.learnerId()), c));
    }

    @Override
    public ErasureScope erasureScope(long learnerId) {
        Storage open = storage;
        if (open == null) {
            return new ErasureScope(0, 0, 0);
        }
        LearnerErasure.Scope scope = open.erasure().scope(learnerId);
        return new ErasureScope(scope.consultations(), scope.backups().size(), scope.damagedCopies().size());
    }

    @Override
    public Optional<Catalogue> catalogueEdition(String version) {
        Storage open = storage;
        if (open == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(open.catalogues().edition(version));
        } catch (UnknownEditionException e) {
            return Optional.empty();
        }
    }

    /**
     * Deleted in one transaction — deleting the learner row cascades (V2/V3 foreign keys) to their held credentials,
     * their consultations and each consultation's entered credentials — then scrubbed from the files
     * ({@link LearnerErasure}).
     */
    @Override
    public ErasureOutcome eraseLearner(long learnerId) {
        Storage open = requireOpen(NO_DATABASE_TO_ERASE);
        LearnerErasure.Result result = open.erasure().erase(List.of(learnerId));
        if (result.names().isEmpty()) {
            throw new IllegalStateException("This learner is no longer stored, so nothing was erased.");
        }
        return new ErasureOutcome(result.consultations(), result.backupsRewritten().size(),
                result.filesDeleted().size(), result.leftBehind());
    }

    private Storage requireOpen(String why) {
        Storage open = storage;
        if (open == null) {
            throw new IllegalStateException(why);
        }
        return open;
    }

    private Learner learnerOf(Storage open, long learnerId) {
        return open.learners().find(learnerId).map(l -> learner(open, l))
                .orElseThrow(() -> new IllegalStateException("learner " + learnerId + " is no longer stored"));
    }

    /** A stored consultation of {@code learner} (read once for all their consultations) as the screen shows it. */
    private static SavedConsultation saved(Storage open, Learner learner, Consultation c) {
        List<EnteredCredential> entered = open.consultations().entered(c.id()).stream()
                .map(h -> new EnteredCredential(h.credentialId(), h.attainedOn(), h.evidence(), false, h.monthOnly()))
                .toList();
        List<NotListed> notListed = open.consultations().unlisted(c.id()).stream()
                .map(u -> new NotListed(u.title(), u.attainedOn(), u.note(), u.monthOnly())).toList();
        ConsultationDraft draft = new ConsultationDraft(learner.id(), learner.name(), learner.contact(),
                c.counsellor(), c.asOf(), c.intake(), c.catalogueVersion(), entered, notListed);
        return new SavedConsultation(c.id(), learner, c.heldAt(), draft, c.reportJson());
    }

    /** A stored learner with the day of their latest consultation, in this laptop's time zone. */
    private Learner learner(Storage open, sg.tsa.advisor.storage.learner.Learner stored) {
        String contact = stored.details().email() != null ? stored.details().email() : stored.details().phone();
        LocalDate lastVisit = open.consultations().lastVisit(stored.id())
                .map(at -> LocalDate.ofInstant(at, clock.getZone())).orElse(null);
        return new Learner(stored.id(), stored.name(), contact, lastVisit);
    }
}
