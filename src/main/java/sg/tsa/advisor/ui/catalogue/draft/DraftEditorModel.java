package sg.tsa.advisor.ui.catalogue.draft;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sg.tsa.advisor.catalogue.draft.DraftCheck;
import sg.tsa.advisor.catalogue.draft.DraftDocument;
import sg.tsa.advisor.catalogue.draft.DraftReplica;
import sg.tsa.advisor.catalogue.draft.DraftValues;
import sg.tsa.advisor.catalogue.draft.Edit;
import sg.tsa.advisor.catalogue.draft.JsonPath;
import sg.tsa.advisor.catalogue.format.CatalogueProblem;
import sg.tsa.advisor.storage.catalogue.CatalogueStore;
import sg.tsa.advisor.storage.cataloguedraft.CatalogueDraftStore;
import sg.tsa.advisor.storage.cataloguedraft.DraftPublisher;
import sg.tsa.advisor.storage.cataloguedraft.PublishRefusedException;
import sg.tsa.advisor.ui.BackgroundExecutor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The draft editor's state: the draft ({@link DraftDocument}), its problems as the file validator finds them, undo
 * and redo, keeping it in the database, and publishing it. A moment after editing stops, a copy of the draft is kept
 * and checked in the background; the latest check wins. Touches no Node; every call on the FX Application Thread.
 */
public final class DraftEditorModel {
    private final CatalogueDraftStore store;
    private final CatalogueStore catalogues;
    private final DraftPublisher publisher;
    private final BackgroundExecutor background;
    private final Clock clock;
    private final Debounce debounce;

    private final ObjectProperty<DraftDocument> document = new SimpleObjectProperty<>(this, "document");
    private final LongProperty revision = new SimpleLongProperty(this, "revision");
    private final ObservableList<CatalogueProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<CatalogueProblem> problemsShown = FXCollections.unmodifiableObservableList(problems);
    private final IntegerProperty problemTotal = new SimpleIntegerProperty(this, "problemTotal");
    private final BooleanProperty checked = new SimpleBooleanProperty(this, "checked");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObjectProperty<JsonPath> reveal = new SimpleObjectProperty<>(this, "reveal");
    private final Object keeping = new Object();
    private Runnable afterActivation = () -> { };
    /** The draft's second copy, for the background's checks and keeps; replaced with the draft. */
    private DraftReplica replica;
    private long generation;
    /** The generation last kept; an older keep that finishes later must not overwrite a newer one. */
    private long keptGeneration;

    DraftEditorModel(CatalogueDraftStore store, CatalogueStore catalogues, DraftPublisher publisher,
                     BackgroundExecutor background, Clock clock, Debounce debounce) {
        this.store = store;
        this.catalogues = catalogues;
        this.publisher = publisher;
        this.background = background;
        this.clock = clock;
        this.debounce = debounce;
    }

    /** {@code action} runs after a published edition was imported and activated here. */
    void setAfterActivation(Runnable action) {
        afterActivation = action;
    }

    /** Loads the kept draft, or starts one from the active edition when none is kept. */
    public void open() {
        busy.set(true);
        status.set("Opening the draft…");
        background.run(this::loadKept, opened -> {
            busy.set(false);
            use(opened.draft(), opened.said());
        }, this::failed);
    }

    private record Opened(DraftDocument draft, String said) {
    }

    /** The kept draft; a new one from the active edition when none is kept or the kept text cannot be read. */
    private Opened loadKept() {
        Optional<CatalogueDraftStore.Kept> kept = store.load();
        if (kept.isPresent()) {
            try {
                DraftDocument draft = DraftDocument.parse(kept.get().content(), kept.get().basedOn());
                return new Opened(draft, "Draft opened" + (draft.basedOn() == null ? ""
                        : ", based on edition " + draft.basedOn()));
            } catch (IllegalArgumentException e) {
                DraftDocument fresh = DraftDocument.of(catalogues.activeCatalogue());
                return new Opened(fresh, "The kept draft could not be read (" + e.getMessage() + "): this is a new "
                        + "draft from edition " + fresh.basedOn() + "; the kept one is replaced at the first edit");
            }
        }
        DraftDocument fresh = DraftDocument.of(catalogues.activeCatalogue());
        return new Opened(fresh, "New draft from the active edition " + fresh.basedOn());
    }

    /** Replaces the draft with the active edition, as a new draft. */
    public void startFromActive() {
        busy.set(true);
        background.run(() -> DraftDocument.of(catalogues.activeCatalogue()), started -> {
            busy.set(false);
            use(started, "New draft from the active edition " + started.basedOn());
            settleNow();
        }, this::failed);
    }

    /** Replaces the draft with an empty one. */
    public void startEmpty() {
        use(DraftDocument.empty(today()), "New empty draft");
        settleNow();
    }

    private void use(DraftDocument draft, String said) {
        replica = DraftReplica.of(draft);
        draft.addListener(this::changed);
        document.set(draft);
        canUndo.set(false);
        canRedo.set(false);
        revision.set(revision.get() + 1);
        status.set(said);
        check();
    }

    /** Sets the value at {@code path} (null removes it); consecutive changes of one field are one undo step. */
    public void set(JsonPath path, JsonElement value) {
        if (document.get() != null) {
            document.get().set(path, value);
        }
    }

    /** Applies {@code edit} as one undo step. */
    public void apply(Edit edit) {
        if (document.get() != null) {
            document.get().apply(edit);
        }
    }

    /** Ends a run of typing in a field: the next change is an undo step of its own. */
    public void endTyping() {
        if (document.get() != null) {
            document.get().endTyping();
        }
    }

    public void undo() {
        if (document.get() != null && document.get().undo()) {
            status.set("Undone");
        }
    }

    public void redo() {
        if (document.get() != null && document.get().redo()) {
            status.set("Redone");
        }
    }

    private void changed(Edit edit) {
        canUndo.set(document.get().canUndo());
        canRedo.set(document.get().canRedo());
        revision.set(revision.get() + 1);
        checked.set(false);
        debounce.request(this::settleNow);
    }

    /** Keeps and checks the draft now (the window is closing, or editing stopped). */
    void settleNow() {
        DraftDocument draft = document.get();
        if (draft == null) {
            return;
        }
        long mine = ++generation;
        DraftReplica copies = replica;
        String basedOn = draft.basedOn();
        background.run(() -> {
            JsonObject snapshot = copies.copy();
            keep(mine, DraftDocument.text(snapshot), basedOn);
            return DraftCheck.of(snapshot);
        }, check -> {
            if (mine == generation) {
                show(check);
                status.set("Draft kept");
            }
        }, this::failed);
    }

    private void keep(long mine, String text, String basedOn) {
        synchronized (keeping) {
            if (mine > keptGeneration) {
                store.keep(text, basedOn);
                keptGeneration = mine;
            }
        }
    }

    /** Checks the draft without keeping it (it was just loaded). */
    private void check() {
        long mine = ++generation;
        DraftReplica copies = replica;
        background.run(() -> DraftCheck.of(copies.copy()), check -> {
            if (mine == generation) {
                show(check);
            }
        }, this::failed);
    }

    private void show(DraftCheck check) {
        problems.setAll(check.problems());
        problemTotal.set(check.total());
        checked.set(true);
    }

    /** Asks the editor to show the field of {@code problem}. */
    public void goTo(CatalogueProblem problem) {
        JsonPath.parse(problem.path()).ifPresent(path -> {
            reveal.set(null);
            reveal.set(path);
        });
    }

    /** Suggests a version for the next edition, given to {@code onSuggested}. */
    public void suggestVersion(Consumer<String> onSuggested) {
        LocalDate today = today();
        background.run(() -> publisher.suggestVersion(today), onSuggested, this::failed);
    }

    /**
     * Publishes the draft, with its version and today's date, as asked; on success the draft holds the published edition (its version and date) and is
     * based on it. {@code onDone} gets the lines to show: what was written, or why nothing was.
     */
    public void publish(String file, String keyFile, boolean activate, Consumer<List<String>> onDone) {
        DraftDocument draft = document.get();
        if (draft == null || file == null || file.isBlank()) {
            onDone.accept(List.of("Choose the file to write the edition to."));
            return;
        }
        String version = draft.root().has("version") ? DraftValues.shown(draft.root().get("version")) : "";
        DraftPublisher.Request request = new DraftPublisher.Request(java.nio.file.Path.of(file.strip()), version,
                today(), keyFile == null || keyFile.isBlank() ? null : java.nio.file.Path.of(keyFile.strip()),
                activate);
        DraftReplica copies = replica;
        busy.set(true);
        background.run(() -> {
            try {
                return new Outcome(publisher.publish(copies.copy(), request), List.of());
            } catch (PublishRefusedException e) {
                return new Outcome(null, e.reasons());
            }
        }, outcome -> {
            busy.set(false);
            if (outcome.published() == null) {
                status.set("Not published");
                onDone.accept(outcome.refused());
                return;
            }
            DraftPublisher.Published done = outcome.published();
            use(DraftDocument.of(done.catalogue()), "Published edition " + done.catalogue().version());
            settleNow();
            onDone.accept(said(done));
            if (done.imported().isPresent()) {
                afterActivation.run();
            }
        }, e -> {
            failed(e);
            onDone.accept(List.of("Not published: " + describe(e)));
        });
    }

    private record Outcome(DraftPublisher.Published published, List<String> refused) {
    }

    private static List<String> said(DraftPublisher.Published done) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("Wrote edition " + done.catalogue().version() + " to " + done.file() + ".");
        lines.add(done.keyId().map(k -> "Signed with key " + k + ": " + done.file().getFileName() + ".sig beside it.")
                .orElse("Not signed: laptops that trust a key will refuse it."));
        done.imported().ifPresent(i -> lines.add(i.outcome() == sg.tsa.advisor.storage.catalogue.ImportResult.Outcome
                .IMPORTED ? "Imported here; it is now the active edition." : "Stored here already; it is now the "
                + "active edition."));
        return lines;
    }

    private void failed(Throwable e) {
        busy.set(false);
        status.set("Something went wrong: " + describe(e));
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    public ReadOnlyObjectProperty<DraftDocument> documentProperty() {
        return document;
    }

    public DraftDocument document() {
        return document.get();
    }

    /** Counts every change of the draft, and every new draft. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    /** The problems found by the last check (the first {@code InvalidCatalogueException.SHOWN}). */
    public ObservableList<CatalogueProblem> problems() {
        return problemsShown;
    }

    public ReadOnlyIntegerProperty problemTotalProperty() {
        return problemTotal;
    }

    /** Whether the problems shown are those of the draft as it is now. */
    public ReadOnlyBooleanProperty checkedProperty() {
        return checked;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The place the editor is asked to show (a problem chosen in the list). */
    public ReadOnlyObjectProperty<JsonPath> revealProperty() {
        return reveal;
    }
}
