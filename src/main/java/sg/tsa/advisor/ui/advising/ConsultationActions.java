package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.text.Counted;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Credential;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.report.JsonReport;
import sg.tsa.advisor.report.Wording;
import sg.tsa.advisor.ui.BackgroundExecutor;
import sg.tsa.advisor.ui.advising.history.ConsultationDraft;
import sg.tsa.advisor.ui.advising.history.ConsultationService;
import sg.tsa.advisor.ui.advising.history.EnteredCredential;
import sg.tsa.advisor.ui.advising.history.ErasureScope;
import sg.tsa.advisor.ui.advising.history.Learner;
import sg.tsa.advisor.ui.advising.history.NotListed;
import sg.tsa.advisor.ui.advising.history.SavedConsultation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Saving a consultation, reopening a saved one read-only, handing one to print, and erasing a learner on request:
 * the advising screen's side of {@link ConsultationService}. Storage work runs in the background; the screen stays
 * usable meanwhile.
 */
public final class ConsultationActions {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final AdvisingViewModel screen;
    private final BackgroundExecutor background;
    private final ConsultationService service;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObjectProperty<Confirmation> confirmation = new SimpleObjectProperty<>(this, "confirmation");
    private final BooleanBinding canErase;
    private boolean saved;

    ConsultationActions(AdvisingViewModel screen, BackgroundExecutor background, ConsultationService service) {
        this.screen = screen;
        this.background = background;
        this.service = service;
        canErase = screen.header().learnerProperty().isNotNull().and(screen.readOnlyProperty().not())
                .and(busy.not()).and(confirmation.isNotNull());
    }

    void markChanged() {
        if (!screen.readOnlyProperty().get() && saved) {
            saved = false;
            status.set("Changed since it was saved.");
        }
    }

    void started() {
        saved = false;
        status.set("");
    }

    boolean isSaved() {
        return saved;
    }

    /** True when leaving the screen would lose work: something entered, not saved, not a reopened consultation. */
    boolean unsaved() {
        return !screen.readOnlyProperty().get() && !saved
                && (!screen.header().learnerNameProperty().get().isBlank() || !screen.picker().entries().isEmpty());
    }

    /** What was entered, as it would be saved or printed; null (with the reason shown) when it is not complete. */
    ConsultationDraft draft() {
        ConsultationHeaderModel header = screen.header();
        LoadedCatalogue shown = screen.shown();
        if (shown == null) {
            screen.setProblem("The catalogue is still loading.");
            return null;
        }
        String name = header.learnerNameProperty().get().strip();
        if (name.isEmpty()) {
            screen.setProblem("Type the learner's name first.");
            return null;
        }
        LocalDate asOf = header.asOfProperty().get();
        if (asOf == null) {
            screen.setProblem(header.dateProblem() != null ? header.dateProblem() : "Enter the assessment date.");
            header.askForDate(ConsultationHeaderModel.DateField.ASSESSMENT);
            return null;
        }
        List<EnteredCredential> credentials = new ArrayList<>();
        for (CredentialEntry entry : screen.picker().entries()) {
            LocalDate date = entry.planned() ? asOf : entry.attainedOnProperty().get();
            if (date == null || date.isAfter(asOf)) {
                String typed = entry.planned() ? "" : entry.inputProblemProperty().get();
                screen.setProblem(!typed.isEmpty() ? entry.credential().title() + ": " + typed
                        : (date == null ? "Enter the date " + entry.credential().title() + " was attained"
                        : entry.credential().title() + " is dated after the assessment date") + ", or remove it.");
                screen.picker().askForDate(entry);
                return null;
            }
            String note = entry.evidenceNoteProperty().get().strip();
            credentials.add(new EnteredCredential(entry.credential().id(), date, note.isEmpty() ? null : note,
                    entry.planned(), !entry.planned() && entry.monthOnly()));
        }
        if (header.dateProblem() != null) {
            screen.setProblem(header.dateProblem());
            header.askForDate(header.dateProblemField());
            return null;
        }
        List<NotListed> notListed = new ArrayList<>();
        for (NotListedEntry entry : screen.picker().notListed()) {
            if (!entry.inputProblemProperty().get().isEmpty() || entry.titleProperty().get().isBlank()) {
                screen.setProblem(entry.titleProperty().get().isBlank()
                        ? "Give the title of the credential recorded as not listed, or remove it."
                        : "Not listed \"" + entry.titleProperty().get().strip() + "\": "
                        + entry.inputProblemProperty().get());
                return null;
            }
            notListed.add(entry.toRecord());
        }
        Learner known = header.learnerProperty().get();
        String contact = header.learnerContactProperty().get().strip();
        return new ConsultationDraft(known == null ? null : known.id(), name, contact.isEmpty() ? null : contact,
                header.counsellorProperty().get().strip(), asOf, header.intakeProperty().get(),
                shown.catalogue().version(), credentials, notListed);
    }

    public void save() {
        save(() -> { });
    }

    /** Saves, then runs {@code then} once the consultation is recorded (at once when it already is). */
    void save(Runnable then) {
        save(then, () -> { });
    }

    /** As {@link #save(Runnable)}; {@code otherwise} runs when the save failed (its reason is shown). */
    private void save(Runnable then, Runnable otherwise) {
        if (screen.readOnlyProperty().get()) {
            status.set("This consultation is already saved. Ctrl+N starts a new one.");
            then.run();
            return;
        }
        if (busy.get()) {
            return;
        }
        if (saved) {
            status.set("Already saved; nothing has changed since.");
            then.run();
            return;
        }
        ConsultationDraft draft = draft();
        if (draft == null) {
            return;
        }
        LoadedCatalogue using = screen.shown();
        busy.set(true);
        status.set("Saving…");
        background.run(() -> {
            Advice advice = using.engine().advise(heldRequest(draft));
            return service.save(draft, JsonReport.render(using.catalogue(), advice));
        }, stored -> {
            busy.set(false);
            screen.header().choose(stored.learner());
            saved = true;
            screen.saved();
            screen.counsellorUsed(draft.counsellor());
            status.set("Saved for " + stored.learner().name() + " at "
                    + TIME.format(stored.savedAt().atZone(ZoneId.systemDefault())) + ".");
            then.run();
        }, e -> {
            busy.set(false);
            status.set("");
            screen.setProblem("The consultation was not saved: " + e.getMessage());
            otherwise.run();
        });
    }

    private static AdviceRequest heldRequest(ConsultationDraft draft) {
        return new AdviceRequest(draft.held().stream()
                .map(c -> new HeldCredential(c.credentialId(), c.attainedOn(), c.monthOnly())).toList(),
                draft.assessedOn(), draft.intakeOn());
    }

    /**
     * Shows a saved consultation read-only, under the catalogue edition it was made with when that is still kept;
     * asks first when the consultation on the screen is not saved.
     */
    public void open(SavedConsultation consultation) {
        screen.leave(() -> openNow(consultation));
    }

    private void openNow(SavedConsultation consultation) {
        String version = consultation.draft().catalogueVersion();
        busy.set(true);
        background.run(() -> service.catalogueEdition(version).map(LoadedCatalogue::of), edition -> {
            busy.set(false);
            LoadedCatalogue using = edition.orElse(screen.active());
            if (using == null) {
                screen.setProblem("The catalogue is still loading.");
                return;
            }
            show(consultation, using, edition.isPresent());
        }, e -> {
            busy.set(false);
            screen.setProblem("The consultation could not be opened: " + e.getMessage());
        });
    }

    private void show(SavedConsultation consultation, LoadedCatalogue using, boolean sameEdition) {
        ConsultationDraft draft = consultation.draft();
        screen.setReadOnly(true);
        screen.show(using);
        Catalogue catalogue = using.catalogue();
        List<CredentialEntry> entries = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (EnteredCredential entered : draft.credentials()) {
            Credential credential = catalogue.credential(entered.credentialId()).orElse(null);
            if (credential == null) {
                unknown.add(entered.credentialId());
                continue;
            }
            CredentialEntry entry = new CredentialEntry(credential, catalogue.issuerNameOf(credential),
                    entered.planned(), entered.planned() ? null : entered.attainedOn());
            entry.evidenceNoteProperty().set(entered.evidenceNote() == null ? "" : entered.evidenceNote());
            entry.monthOnlyProperty().set(!entered.planned() && entered.monthOnly());
            entries.add(entry);
        }
        screen.picker().queryProperty().set("");
        screen.header().show(consultation.learner(), draft.assessedOn(), draft.intakeOn(), draft.counsellor());
        screen.header().learnerContactProperty().set(draft.learnerContact() == null ? "" : draft.learnerContact());
        screen.picker().entries().setAll(entries);
        screen.picker().notListed().setAll(draft.notListed().stream().map(NotListedEntry::of).toList());
        saved = true;
        String when = Wording.date(draft.assessedOn());
        String edition = sameEdition || draft.catalogueVersion().equals(catalogue.version()) ? ""
                : " Catalogue " + draft.catalogueVersion() + " is no longer kept; shown with " + catalogue.version()
                + ".";
        String missing = unknown.isEmpty() ? "" : " Not in this catalogue: " + String.join(", ", unknown) + ".";
        status.set("Read-only: consultation of " + when + " by " + draft.counsellor() + ". Ctrl+N starts a new one."
                + edition + missing);
    }

    /**
     * Records the consultation (a learner must not go home with a page that History does not have), then opens the
     * summary's preview. When it cannot be recorded (no local database) the preview still opens, with the reason
     * shown.
     */
    public void print() {
        Consumer<PrintRequest> hook = screen.onPrintProperty().get();
        if (hook == null) {
            status.set("Printing is not available yet in this build.");
            return;
        }
        if (screen.readOnlyProperty().get() || saved) {
            preview(hook);
            return;
        }
        if (draft() == null || busy.get()) {
            return;
        }
        saveThenPreview(hook);
    }

    private void saveThenPreview(Consumer<PrintRequest> hook) {
        save(() -> preview(hook), () -> preview(hook));
    }

    private void preview(Consumer<PrintRequest> hook) {
        ConsultationDraft draft = draft();
        if (draft != null && screen.adviceProperty().get() != null) {
            hook.accept(new PrintRequest(draft, screen.shown().catalogue(), screen.adviceProperty().get(),
                    screen.withPlannedProperty().get()));
            if (!screen.readOnlyProperty().get()) {
                screen.counsellorUsed(draft.counsellor());
            }
        }
    }

    /**
     * Erases the chosen known learner with everything stored about them (a request under the PDPA), once the
     * counsellor confirms, then starts a new consultation. The question names how many consultations go with them,
     * counted first in the background.
     */
    public void eraseLearner() {
        Learner learner = screen.header().learnerProperty().get();
        Confirmation asker = confirmation.get();
        if (!canErase.get()) {
            return;
        }
        busy.set(true);
        background.run(() -> service.erasureScope(learner.id()), scope -> {
            busy.set(false);
            if (!learner.equals(screen.header().learnerProperty().get()) || screen.readOnlyProperty().get()) {
                return;
            }
            if (asker.confirm(erasureQuestion(learner, scope))) {
                erase(learner);
            }
        }, e -> {
            busy.set(false);
            screen.setProblem(learner.name() + " was not erased: their consultations could not be read: "
                    + e.getMessage());
        });
    }

    private void erase(Learner learner) {
        busy.set(true);
        status.set("Erasing " + learner.name() + "…");
        background.run(() -> service.eraseLearner(learner.id()), erased -> {
            busy.set(false);
            screen.newConsultation();
            int count = erased.consultations();
            String done = "Erased " + learner.name() + (count == 0 ? "; there were no saved consultations."
                    : " and their " + consultations(count) + ".");
            status.set(done + (erased.backupsRewritten() == 0 ? "" : " Rewrote " + Counted.of(erased.backupsRewritten(), "backup")
                    + " without them.")
                    + (erased.filesDeleted() == 0 ? "" : " Deleted " + copies(erased.filesDeleted()) + "."));
            if (!erased.complete()) {
                screen.setProblem("Not everything of " + learner.name() + " is gone yet: "
                        + String.join(" ", erased.leftBehind()));
            }
        }, e -> {
            busy.set(false);
            status.set("");
            screen.setProblem(learner.name() + " was not erased: " + e.getMessage());
        });
    }

    static Confirmation.Question erasureQuestion(Learner learner, ErasureScope scope) {
        int consultations = scope.consultations();
        String what = consultations == 0 ? "Their contact details and recorded credentials"
                : "Their contact details, recorded credentials and " + Counted.of(consultations, "past consultation");
        String backups = scope.backups() == 0 ? "" : "\n\nThe " + (scope.backups() == 1 ? "automatic backup that "
                + "holds them is" : scope.backups() + " automatic backups that hold them are") + " rewritten without "
                + "them; restoring one will not bring them back.";
        String damaged = scope.damagedCopies() == 0 ? "" : "\n\n" + (scope.damagedCopies() == 1
                ? "A damaged database set aside in the 'damaged' folder holds them; it cannot be edited, so it is "
                + "deleted." : scope.damagedCopies() + " files set aside in the 'damaged' folder hold them; they "
                + "cannot be edited, so they are deleted.");
        return new Confirmation.Question("Delete learner", "Erase " + learner.name() + " from this computer?",
                what + " are erased from the local database and its files; this cannot be undone." + backups
                        + damaged, "Erase");
    }

    private static String copies(int count) {
        return Counted.of(count, "file that held them", "files that held them");
    }

    private static String consultations(int count) {
        return Counted.of(count, "consultation");
    }

    /**
     * Asks before a learner is erased; set by the composition root (a dialog) or a test (a scripted answer). While
     * null, erasing is not offered.
     */
    public ObjectProperty<Confirmation> confirmationProperty() {
        return confirmation;
    }

    /**
     * True while the chosen learner can be erased: a known learner (so the local database is open), a consultation
     * that is not a reopened read-only one, nothing else under way, and someone to confirm.
     */
    public BooleanBinding canEraseBinding() {
        return canErase;
    }

    /** "Saved for … at 14:03", "Read-only: …", or empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a save or an open is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
