package sg.tsa.advisor.ui.catalogue;

import sg.tsa.advisor.text.Counted;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.diff.Change;
import sg.tsa.advisor.catalogue.signing.FileSignature;
import sg.tsa.advisor.editions.EditionService;
import sg.tsa.advisor.editions.EditionService.FileCheck;
import sg.tsa.advisor.report.Wording;
import sg.tsa.advisor.storage.catalogue.Edition;
import sg.tsa.advisor.storage.catalogue.ImportResult;
import sg.tsa.advisor.ui.BackgroundExecutor;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The review of one edition before anything changes: a catalogue file to import, or a stored edition to make
 * active again. It shows, step by step in the background, whether the file is valid (every problem with its JSON
 * path), its signature against the trusted keys, what it changes against the active edition in words, and which
 * saved consultations it would change. Only then can it be imported or activated.
 */
public final class ReviewModel {
    /** What the review ended with, for the list of editions: a sentence, and the version made active or null. */
    public record Outcome(String message, String activated) {
    }

    private final EditionService service;
    private final BackgroundExecutor background;
    private final Consumer<Outcome> finished;
    private final boolean fromFile;
    private final boolean writable;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper validity = new ReadOnlyStringWrapper(this, "validity", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyStringWrapper stored = new ReadOnlyStringWrapper(this, "stored", "");
    private final ReadOnlyBooleanWrapper storable = new ReadOnlyBooleanWrapper(this, "storable", true);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper signature = new ReadOnlyStringWrapper(this, "signature", "");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(this, "refused");
    private final BooleanProperty importUnsigned = new SimpleBooleanProperty(this, "importUnsigned");
    private final ReadOnlyStringWrapper changesHeading = new ReadOnlyStringWrapper(this, "changesHeading", "");
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper impactHeading = new ReadOnlyStringWrapper(this, "impactHeading", "");
    private final ObservableList<ImpactRow> impacts = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper reviewed = new ReadOnlyBooleanWrapper(this, "reviewed");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private FileCheck check;
    private String version;
    private boolean cancelled;

    private ReviewModel(EditionService service, BackgroundExecutor background, Consumer<Outcome> finished,
                        boolean fromFile, boolean writable) {
        this.service = service;
        this.background = background;
        this.finished = finished;
        this.fromFile = fromFile;
        this.writable = writable;
    }

    /**
     * Reviews the catalogue file {@code file} for import; starts reading it at once.
     *
     * @param writable false when the local data is open read-only: the file is reviewed, never imported
     */
    static ReviewModel ofFile(Path file, EditionService service, BackgroundExecutor background,
                              Consumer<Outcome> finished, boolean writable) {
        ReviewModel review = new ReviewModel(service, background, finished, true, writable);
        review.title.set("Import " + file.getFileName());
        review.progress.set("Reading and checking " + file.getFileName() + "…");
        review.step(() -> service.check(file), review::checked);
        return review;
    }

    /** Reviews the stored {@code edition} for activation (a roll back, or forward); starts reading it at once. */
    static ReviewModel ofStored(Edition edition, EditionService service, BackgroundExecutor background,
                                Consumer<Outcome> finished, boolean writable) {
        ReviewModel review = new ReviewModel(service, background, finished, false, writable);
        review.version = edition.version();
        review.title.set("Activate catalogue " + edition.version() + " again");
        review.validity.set("Stored edition " + edition.version() + " of " + edition.institution() + ", published "
                + Wording.date(edition.publishedOn()) + " (checked when it was imported)");
        review.valid.set(true);
        review.signature.set(Signatures.describe(edition));
        review.progress.set("Reading edition " + edition.version() + "…");
        review.step(() -> service.stored(edition.version()), review::compare);
        return review;
    }

    private <T> void step(Callable<T> work, Consumer<T> then) {
        background.run(work, result -> {
            if (!cancelled) {
                then.accept(result);
            }
        }, this::failed);
    }

    private void failed(Throwable e) {
        if (cancelled) {
            return;
        }
        progress.set("");
        busy.set(false);
        failure.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private void checked(FileCheck checked) {
        check = checked;
        problems.setAll(checked.problems());
        FileSignature seal = checked.signature();
        if (seal != null) {
            signature.set(Signatures.describe(seal));
            refused.set(seal.state() == FileSignature.State.REFUSED);
        }
        if (!checked.valid()) {
            validity.set("Not a valid catalogue: " + checked.problems().size() + (checked.problems().size() == 1
                    ? " line" : " lines") + " below, each with its JSON path. Nothing can be stored from this file.");
            progress.set("");
            return;
        }
        Catalogue catalogue = checked.catalogue();
        version = catalogue.version();
        valid.set(true);
        title.set("Import catalogue " + version + " from " + checked.file().getFileName());
        validity.set("Valid catalogue " + version + " of " + catalogue.institution() + ", published "
                + Wording.date(catalogue.publishedOn()) + String.format(" (%,d credentials, %,d qualifications, %,d "
                + "rules)", catalogue.credentials().size(), catalogue.qualifications().size(), catalogue.rules().size()));
        switch (checked.stored()) {
            case SAME -> stored.set("Version " + version + " is stored already with the same contents: importing "
                    + "it stores nothing twice.");
            case OTHER -> {
                stored.set("Version " + version + " is stored already with other contents: this file cannot be "
                        + "imported. Give it a version of its own.");
                storable.set(false);
            }
            case NONE -> stored.set("");
        }
        compare(catalogue);
    }

    private void compare(Catalogue next) {
        progress.set("Comparing " + next.version() + " with the active edition…");
        step(() -> service.compare(next), comparison -> {
            var list = comparison.changes();
            changesHeading.set(list.isEmpty()
                    ? "No changes against the active edition " + comparison.activeVersion()
                    + ": the two editions mean the same"
                    : Counted.of(list.size(), "change") + " against the active edition "
                    + comparison.activeVersion());
            changes.setAll(list.stream().map(Change::line).toList());
            progress.set("Advising the saved consultations again with " + next.version() + "…");
            step(() -> service.impact(next), impact -> {
                impactHeading.set(impact.consultations() == 0 ? "No consultation is saved on this laptop yet."
                        : impact.learners().isEmpty()
                        ? String.format("None of the %,d saved consultations would change.", impact.consultations())
                        : String.format("%,d of %,d saved consultations would change: the learners below would gain "
                        + "or lose an exemption.", impact.learners().size(), impact.consultations()));
                impacts.setAll(impact.learners().stream().map(ImpactRow::of).toList());
                progress.set("");
                reviewed.set(true);
            });
        });
    }

    /** Stores the reviewed file, and makes it the active edition when {@code activate}. */
    public void importEdition(boolean activate) {
        if (!canImport().get()) {
            return;
        }
        boolean unsigned = importUnsigned.get();
        busy.set(true);
        failure.set("");
        step(() -> service.importChecked(check, unsigned, activate), result -> {
            busy.set(false);
            String stored = result.outcome() == ImportResult.Outcome.IMPORTED ? "Imported catalogue " + version
                    : "Catalogue " + version + " was stored already; nothing stored twice";
            Edition edition = result.edition();
            String seal = edition.signed() ? "" : " It is marked unsigned.";
            finished.accept(activate ? new Outcome(stored + "; it is now the active catalogue (a backup was taken "
                    + "first)." + seal, version) : new Outcome(stored + "; the active catalogue is unchanged." + seal,
                    null));
        });
    }

    /** Makes the reviewed stored edition the active one. */
    public void activate() {
        if (!canActivate().get()) {
            return;
        }
        busy.set(true);
        failure.set("");
        step(() -> service.activate(version), edition -> {
            busy.set(false);
            finished.accept(new Outcome("Catalogue " + edition.version() + " is now the active catalogue (a backup "
                    + "was taken first).", edition.version()));
        });
    }

    /** Leaves without changing anything; work still under way is ignored when it ends. */
    public void cancel() {
        cancelled = true;
        finished.accept(new Outcome("", null));
    }

    /** Whether the file may be stored: reviewed, valid, signed or "import as unsigned" ticked, nothing under way. */
    public BooleanBinding canImport() {
        return Bindings.createBooleanBinding(() -> fromFile && writable && reviewed.get() && valid.get()
                && storable.get() && !busy.get() && (!refused.get() || importUnsigned.get()), reviewed, valid,
                storable, busy, refused, importUnsigned);
    }

    public BooleanBinding canActivate() {
        return Bindings.createBooleanBinding(() -> !fromFile && writable && reviewed.get() && !busy.get(), reviewed,
                busy);
    }

    public boolean fromFile() {
        return fromFile;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What is being worked out now ("Comparing 2027.01 with the active edition…"); empty when nothing is. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty validityProperty() {
        return validity.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Every problem of an invalid file with its JSON path (the first 200, then how many more). */
    public ObservableList<String> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    /** Whether the file's version is stored already, and what that means; empty when it is not. */
    public ReadOnlyStringProperty storedProperty() {
        return stored.getReadOnlyProperty();
    }

    /** False when another file of the same version is stored: the file cannot be imported. */
    public ReadOnlyBooleanProperty storableProperty() {
        return storable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty signatureProperty() {
        return signature.getReadOnlyProperty();
    }

    /** Whether keys are trusted and the file is not signed by one: it imports only with {@link #importUnsigned}. */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    /** The explicit "import as unsigned" tick, as {@code --allow-unsigned} on the command line. */
    public BooleanProperty importUnsignedProperty() {
        return importUnsigned;
    }

    public ReadOnlyStringProperty changesHeadingProperty() {
        return changesHeading.getReadOnlyProperty();
    }

    /** Each change in words, marked + added, - removed, ~ changed. */
    public ObservableList<String> changes() {
        return FXCollections.unmodifiableObservableList(changes);
    }

    public ReadOnlyStringProperty impactHeadingProperty() {
        return impactHeading.getReadOnlyProperty();
    }

    public ObservableList<ImpactRow> impacts() {
        return FXCollections.unmodifiableObservableList(impacts);
    }

    /** Whether the review is complete: the diff and the impact are shown. */
    public ReadOnlyBooleanProperty reviewedProperty() {
        return reviewed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last step failed (e.g. another file of the same version is stored); empty when none did. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
