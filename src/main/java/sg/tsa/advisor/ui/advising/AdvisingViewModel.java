package sg.tsa.advisor.ui.advising;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.engine.NearMiss;
import sg.tsa.advisor.report.FurtherOptions;
import sg.tsa.advisor.storage.draft.Draft;
import sg.tsa.advisor.ui.BackgroundExecutor;
import sg.tsa.advisor.ui.advising.draft.DraftKeeper;
import sg.tsa.advisor.ui.advising.draft.Drafts;
import sg.tsa.advisor.ui.advising.guard.UnsavedQuestion;
import sg.tsa.advisor.ui.advising.history.ConsultationService;
import sg.tsa.advisor.ui.advising.history.LearnerDirectory;
import sg.tsa.advisor.ui.advising.history.Learner;
import sg.tsa.advisor.ui.advising.history.EnteredCredential;
import sg.tsa.advisor.ui.advising.settings.UserSettings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * State of the advising screen, and the one class of it that calls the engine and the stores. Every change to the
 * credentials or dates recomputes the advice in the background; a result that arrives after a newer request
 * started is dropped (latest wins). Saving, reopening and printing live in {@link ConsultationActions}.
 */
public final class AdvisingViewModel {
    private final BackgroundExecutor background;
    private final Supplier<LocalDate> today;
    private final LearnerDirectory learners;
    private final ConsultationHeaderModel header;
    private final CredentialPickerModel picker = new CredentialPickerModel();
    private final BrowseModel browse = new BrowseModel();
    private final HistoryModel history;
    private final ConsultationActions actions;
    private final RememberedSettings settings;
    private final ReadOnlyObjectWrapper<Catalogue> catalogue = new ReadOnlyObjectWrapper<>(this, "catalogue");
    private final ReadOnlyObjectWrapper<Advice> advice = new ReadOnlyObjectWrapper<>(this, "advice");
    private final ReadOnlyObjectWrapper<Advice> withPlanned = new ReadOnlyObjectWrapper<>(this, "withPlanned");
    private final ObservableList<PlannedGain> plannedGains = FXCollections.observableArrayList();
    private final ObservableList<NearMiss> nearMisses = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>(this, "explanation");
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final IntegerProperty textSize = new SimpleIntegerProperty(this, "textSize", TextSize.NORMAL);
    private final ObjectProperty<Consumer<PrintRequest>> onPrint = new SimpleObjectProperty<>(this, "onPrint");

    private final ScreenDraft screenDraft;
    private final DraftKeeper drafts;
    private final ObjectProperty<UnsavedQuestion> unsavedQuestion = new SimpleObjectProperty<>(this,
            "unsavedQuestion");
    private LoadedCatalogue active;
    private LoadedCatalogue shown;
    private ExplanationTarget selected;
    private long generation;

    /** A screen that remembers no settings: for tests and for a start without the local database. */
    public AdvisingViewModel(BackgroundExecutor background, Supplier<LocalDate> today, String counsellor,
                             LearnerDirectory learners, ConsultationService consultations) {
        this(background, today, counsellor, learners, consultations, UserSettings.forgetful(counsellor));
    }

    /**
     * @param today        the assessment date of a new consultation (read each time one starts)
     * @param counsellor   the counsellor's name until the settings are read (blank in the application)
     * @param userSettings where the counsellor's name and the theme are read from and remembered
     */
    public AdvisingViewModel(BackgroundExecutor background, Supplier<LocalDate> today, String counsellor,
                             LearnerDirectory learners, ConsultationService consultations,
                             UserSettings userSettings) {
        this(background, today, counsellor, learners, consultations, userSettings, Drafts.none(),
                Clock.systemDefaultZone());
    }

    /**
     * @param drafts where the consultation in progress is kept on every change, and found again after a crash
     * @param clock  when a draft was kept
     */
    public AdvisingViewModel(BackgroundExecutor background, Supplier<LocalDate> today, String counsellor,
                             LearnerDirectory learners, ConsultationService consultations,
                             UserSettings userSettings, Drafts drafts, Clock clock) {
        this.background = background;
        this.today = today;
        this.learners = learners;
        this.header = new ConsultationHeaderModel(background, learners, today.get(), counsellor);
        this.history = new HistoryModel(background, consultations, () -> shown);
        this.actions = new ConsultationActions(this, background, consultations);
        this.settings = new RememberedSettings(background, userSettings, header, darkTheme, textSize,
                problem::set);
        this.screenDraft = new ScreenDraft(this, clock);
        this.drafts = new DraftKeeper(background, drafts, screenDraft::snapshot, problem::set);
        picker.entries().addListener((ListChangeListener<CredentialEntry>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(entry ->
                        entry.evidenceNoteProperty().addListener((obs, old, now) -> edited()));
            }
            changed();
        });
        picker.notListed().addListener((ListChangeListener<NotListedEntry>) change -> edited());
        header.asOfProperty().addListener((obs, old, now) -> changed());
        header.intakeProperty().addListener((obs, old, now) -> changed());
        header.learnerNameProperty().addListener((obs, old, now) -> edited());
        header.learnerContactProperty().addListener((obs, old, now) -> edited());
        header.counsellorProperty().addListener((obs, old, now) -> edited());
        header.asOfProblemProperty().addListener((obs, old, now) -> changed());
        header.intakeProblemProperty().addListener((obs, old, now) -> changed());
        // The local database opens after the screen (and the catalogue with it): History reads again then.
        catalogue.addListener((obs, old, now) -> history.refresh());
        header.learnerProperty().addListener((obs, old, now) -> {
            history.show(now);
            prefill(now);
        });
    }

    /**
     * A returning learner chosen at the start of a consultation brings the credentials recorded for them last time,
     * so that the counsellor only checks them; nothing is replaced once credentials have been entered.
     */
    private void prefill(Learner learner) {
        if (learner == null || readOnly.get() || !picker.entries().isEmpty()) {
            return;
        }
        background.run(() -> learners.credentialsOf(learner.id()), recorded -> {
            if (learner != header.learnerProperty().get() || readOnly.get() || !picker.entries().isEmpty()
                    || shown == null) {
                return;
            }
            List<String> unknown = new ArrayList<>();
            for (EnteredCredential held : recorded) {
                shown.catalogue().credential(held.credentialId()).ifPresentOrElse(credential -> {
                    CredentialEntry entry = picker.add(credential);
                    entry.setAttained(held.attainedOn(), held.monthOnly());
                    entry.evidenceNoteProperty().set(held.evidenceNote() == null ? "" : held.evidenceNote());
                }, () -> unknown.add(held.credentialId()));
            }
            if (!unknown.isEmpty()) {
                problem.set("Recorded for " + learner.name() + " but not in this catalogue: "
                        + String.join(", ", unknown) + ".");
            }
        }, e -> problem.set("The learner's credentials could not be read: " + e.getMessage()));
    }

    /** Loads the active catalogue in the background (it may come from disk) and prepares its indexes there too. */
    public void load(Callable<Catalogue> source) {
        problem.set("");
        background.run(() -> LoadedCatalogue.of(source.call()), loaded -> {
            active = loaded;
            if (!readOnly.get()) {
                show(loaded);
                recompute();
            }
            drafts.check();
        }, e -> problem.set("The catalogue could not be loaded: " + e.getMessage()));
    }

    void show(LoadedCatalogue loaded) {
        shown = loaded;
        catalogue.set(loaded.catalogue());
        picker.use(loaded.catalogue(), loaded.search());
        browse.use(loaded);
    }

    /**
     * Makes {@code loaded} (made active elsewhere) the active edition and, unless a saved consultation is shown,
     * advises with it, keeping the consultation in progress.
     */
    void switchTo(LoadedCatalogue loaded) {
        active = loaded;
        if (!readOnly.get()) {
            show(loaded);
            recompute();
            drafts.changed();
        }
    }

    LoadedCatalogue active() {
        return active;
    }

    LoadedCatalogue shown() {
        return shown;
    }

    private void changed() {
        actions.markChanged();
        drafts.changed();
        recompute();
    }

    /** A change that does not alter the advice (a name, a contact, a note): not saved any more, kept as a draft. */
    private void edited() {
        actions.markChanged();
        drafts.changed();
    }

    /** The consultation was saved: the draft is no longer needed. */
    void saved() {
        drafts.changed();
        history.refresh();
    }

    /**
     * Runs {@code then} (a new consultation, reopening one, closing the window) once the consultation on the
     * screen is safe: at once when it is saved, empty or read-only; else after asking Save / Discard / Cancel. Save
     * runs {@code then} only once the save succeeded; Cancel runs nothing.
     */
    public void leave(Runnable then) {
        UnsavedQuestion question = unsavedQuestion.get();
        if (!actions.unsaved() || question == null) {
            then.run();
            return;
        }
        switch (question.ask(header.learnerNameProperty().get().strip())) {
            case SAVE -> actions.save(then);
            case DISCARD -> drafts.discard(then);
            case CANCEL -> {
                // the consultation stays as it is
            }
        }
    }

    /** New or Ctrl+N: a new consultation, once the one on the screen is safe. */
    public void requestNewConsultation() {
        leave(this::newConsultation);
    }

    /** Puts the draft offered at start back on the screen. */
    public void restoreDraft() {
        Draft offered = drafts.offerProperty().get();
        if (offered == null || shown == null) {
            return;
        }
        if (readOnly.get()) {
            newConsultation();
        }
        List<String> unknown = screenDraft.restore(offered);
        drafts.restored();
        if (!unknown.isEmpty()) {
            problem.set("Kept in the draft but not in this catalogue: " + String.join(", ", unknown) + ".");
        }
    }

    /** Declines the draft offered at start: it is forgotten. */
    public void discardDraft() {
        drafts.discard(() -> { });
    }

    /** The consultation kept from the last run (after a crash), waiting for Restore or Discard; null when none. */
    public ReadOnlyObjectProperty<Draft> draftOfferProperty() {
        return drafts.offerProperty();
    }

    /** Asks Save / Discard / Cancel before unsaved work leaves the screen; while null, nothing is asked. */
    public ObjectProperty<UnsavedQuestion> unsavedQuestionProperty() {
        return unsavedQuestion;
    }

    void recompute() {
        if (shown == null) {
            return;
        }
        LocalDate asOf = header.asOfProperty().get();
        if (asOf == null) {
            problem.set(header.dateProblem() != null ? header.dateProblem() : "Enter the assessment date.");
            return;
        }
        List<String> problems = new ArrayList<>();
        String dateProblem = header.dateProblem();
        if (dateProblem != null) {
            problems.add(dateProblem);
        }
        LocalDate intake = dateProblem == null ? header.intakeProperty().get() : null;
        List<CredentialEntry> entries = List.copyOf(picker.entries());
        List<LocalDate> dates = entries.stream().map(e -> e.attainedOnProperty().get()).toList();
        List<HeldCredential> held = new ArrayList<>();
        List<HeldCredential> planned = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CredentialEntry entry = entries.get(i);
            LocalDate date = dates.get(i);
            if (entry.planned()) {
                planned.add(new HeldCredential(entry.credential().id(), asOf));
            } else if (date != null && date.isAfter(asOf)) {
                problems.add(Standing.of(shown.index(), entry.credential().id(), date, false, asOf).text()
                        .replaceFirst("^Attained", entry.credential().title() + ": attained") + ".");
            } else if (date != null) {
                held.add(new HeldCredential(entry.credential().id(), date, entry.monthOnly()));
            }
        }
        problem.set(String.join(" ", problems));
        long mine = ++generation;
        LoadedCatalogue using = shown;
        background.run(() -> compute(using, entries, dates, held, planned, asOf, intake), result -> {
            if (mine == generation) {
                apply(result);
            }
        }, e -> problem.set("The advice could not be worked out: " + e.getMessage()));
    }

    private record Result(List<CredentialEntry> entries, List<Standing> standings, Advice advice, Advice withPlanned,
                          List<PlannedGain> gains, List<NearMiss> nearMisses) {
    }

    /** Runs in the background: touches no property. */
    private static Result compute(LoadedCatalogue using, List<CredentialEntry> entries, List<LocalDate> dates,
                                  List<HeldCredential> held, List<HeldCredential> planned, LocalDate asOf,
                                  LocalDate intake) {
        List<Standing> standings = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CredentialEntry entry = entries.get(i);
            standings.add(Standing.of(using.index(), entry.credential().id(), dates.get(i), entry.planned(), asOf,
                    intake));
        }
        Advice advice = using.engine().advise(new AdviceRequest(held, asOf, intake));
        Advice withPlanned = null;
        List<PlannedGain> gains = List.of();
        if (!planned.isEmpty()) {
            List<HeldCredential> all = new ArrayList<>(held);
            all.addAll(planned);
            withPlanned = using.engine().advise(new AdviceRequest(all, asOf, intake));
            Set<String> plannedIds = new HashSet<>();
            planned.forEach(p -> plannedIds.add(p.credentialId()));
            gains = PlannedGain.between(advice, withPlanned, plannedIds);
        }
        return new Result(entries, standings, advice, withPlanned, gains, nearMisses(advice, entries));
    }

    /**
     * The near misses worth showing: those of rules naming a credential the learner entered. With nothing entered
     * every one-credential rule is a near miss, thousands in a large catalogue; Browse answers that question.
     */
    private static List<NearMiss> nearMisses(Advice advice, List<CredentialEntry> entries) {
        Set<String> entered = new HashSet<>();
        entries.forEach(e -> entered.add(e.credential().id()));
        return FurtherOptions.of(advice, entered);
    }

    private void apply(Result result) {
        for (int i = 0; i < result.entries().size(); i++) {
            result.entries().get(i).setStanding(result.standings().get(i));
        }
        withPlanned.set(result.withPlanned());
        plannedGains.setAll(result.gains());
        nearMisses.setAll(result.nearMisses());
        advice.set(result.advice());
        browse.update(result.advice(), result.withPlanned());
        explain();
    }

    /** Shows why the module or certificate is, or is not, exempted. */
    public void select(ExplanationTarget target) {
        selected = target;
        explain();
    }

    private void explain() {
        if (selected == null || shown == null) {
            explanation.set(null);
            return;
        }
        explanation.set(selected.explain(shown.explainer(), advice.get(), withPlanned.get()));
    }

    /** Adds a near miss's missing credential as planned: a "what if", shown apart and never counted as held. */
    public void whatIf(String credentialId) {
        if (!readOnly.get() && header.asOfProperty().get() != null) {
            picker.addPlanned(credentialId, header.asOfProperty().get());
        }
    }

    /** Clears the screen for the next learner, on the active catalogue (Ctrl+N). */
    public void newConsultation() {
        readOnly.set(false);
        selected = null;
        picker.queryProperty().set("");
        picker.entries().clear();
        picker.forgetRemoved();
        picker.notListed().clear();
        header.clear(today.get());
        if (active != null && shown != active) {
            show(active);
        }
        actions.started();
        problem.set("");
        recompute();
    }

    /** Reads the settings in the background and applies them: the theme, and the counsellor's name. */
    public void loadSettings() {
        settings.load();
    }

    /**
     * Shows the theme and text size the window was last left with until the stored settings arrive, without storing
     * them; one the counsellor chooses before they arrive wins over the stored one (decision record 0145).
     */
    public void assumeLook(boolean dark, int textSizePercent) {
        settings.assumeLook(dark, textSizePercent);
    }

    /** Applies settings already read in the background (at start, together with opening the database). */
    public void useSettings(UserSettings.Snapshot snapshot) {
        settings.apply(snapshot);
    }

    /** True while the first start's question for the counsellor's name waits for an answer. */
    public ReadOnlyBooleanProperty askCounsellorProperty() {
        return settings.askCounsellorProperty();
    }

    /** The counsellor's name given at the first start, or null when they skipped the question. */
    public void answerCounsellorQuestion(String name) {
        settings.answerCounsellorQuestion(name);
    }

    /** A consultation was saved or printed under this counsellor's name. */
    void counsellorUsed(String name) {
        settings.counsellorUsed(name);
    }

    /** Saves the consultation with its advice snapshot (Ctrl+S). */
    public void save() {
        actions.save();
    }

    /** Hands the consultation to the printed summary (Ctrl+P), through the hook the composition root sets. */
    public void print() {
        actions.print();
    }

    void setReadOnly(boolean value) {
        readOnly.set(value);
    }

    void setProblem(String text) {
        problem.set(text);
    }

    public ConsultationHeaderModel header() {
        return header;
    }

    public CredentialPickerModel picker() {
        return picker;
    }

    public BrowseModel browse() {
        return browse;
    }

    public HistoryModel history() {
        return history;
    }

    public ConsultationActions actions() {
        return actions;
    }

    /** The catalogue edition the screen shows: the active one, or the one a reopened consultation was made under. */
    public ReadOnlyObjectProperty<Catalogue> catalogueProperty() {
        return catalogue.getReadOnlyProperty();
    }

    /** The advice of the held credentials only. */
    public ReadOnlyObjectProperty<Advice> adviceProperty() {
        return advice.getReadOnlyProperty();
    }

    /** The advice counting the planned credentials too; null when there are none. */
    public ReadOnlyObjectProperty<Advice> withPlannedProperty() {
        return withPlanned.getReadOnlyProperty();
    }

    /** What the planned credentials would add; updated before {@link #adviceProperty()}. */
    public ObservableList<PlannedGain> plannedGains() {
        return plannedGains;
    }

    /** The near misses of rules naming a credential the learner entered, at most {@value sg.tsa.advisor.report.FurtherOptions#SHOWN}. */
    public ObservableList<NearMiss> nearMisses() {
        return nearMisses;
    }

    /** What stops the advice from being complete, for the counsellor; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while a saved consultation is shown: nothing can be changed, Ctrl+N starts a new one. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** Why the selected module or certificate is or is not exempted; null when nothing is selected. */
    public ReadOnlyObjectProperty<Explanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** The window's text size in percent of normal, one of {@link TextSize#STEPS}; remembered when changed. */
    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** Set by the composition root to the printed summary's entry point; while null, Ctrl+P says so. */
    public ObjectProperty<Consumer<PrintRequest>> onPrintProperty() {
        return onPrint;
    }

    LocalDate today() {
        return today.get();
    }
}
