package sg.tsa.advisor.ui.catalogue;

import sg.tsa.advisor.text.Counted;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sg.tsa.advisor.editions.EditionService;
import sg.tsa.advisor.storage.catalogue.Edition;
import sg.tsa.advisor.ui.BackgroundExecutor;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The Editions tab of the Catalogue workspace: the stored editions (the active one marked), and at most one
 * review at a time, of a file to import or of an older edition to activate again. Everything it reads or writes
 * goes through {@link EditionService} in the background.
 */
public final class EditionsModel {
    private final EditionService service;
    private final BackgroundExecutor background;
    private final Consumer<String> activated;
    private final ObservableList<Edition> editions = FXCollections.observableArrayList();
    private final ObjectProperty<Edition> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper trust = new ReadOnlyStringWrapper(this, "trust", "");
    private final ReadOnlyObjectWrapper<ReviewModel> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** Why nothing can be stored, as the last read of the stored editions found; null while the data is writable. */
    private String readOnlyReason;

    /** @param activated told the version made active here, on the FX Application Thread */
    public EditionsModel(EditionService service, BackgroundExecutor background, Consumer<String> activated) {
        this.service = service;
        this.background = background;
        this.activated = activated;
    }

    /** Reads the stored editions and the trusted keys again. */
    public void refresh() {
        background.run(service::shelf, shelf -> {
            readOnlyReason = shelf.readOnlyReason();
            problem.set(readOnlyReason == null ? "" : "The local data is open read-only because " + readOnlyReason
                    + ": editions can be reviewed, but none can be imported or activated.");
            String keep = selected.get() == null ? null : selected.get().version();
            editions.setAll(shelf.editions());
            selected.set(shelf.editions().stream().filter(e -> e.version().equals(keep)).findFirst().orElse(null));
            trust.set(shelf.trustedKeys() == 0
                    ? "This laptop trusts no signing key: files are imported without a signature check and marked "
                    + "unsigned."
                    : "This laptop trusts " + Counted.of(shelf.trustedKeys(), "key")
                    + ": only files signed by a trusted key are imported, unless you tick \"Import as unsigned\".");
        }, e -> problem.set("The stored editions could not be read: " + e.getMessage()));
    }

    /** Starts the review of a catalogue file; nothing is stored until the review's import. */
    public void reviewFile(Path file) {
        message.set("");
        review.set(ReviewModel.ofFile(file, service, background, this::finished, readOnlyReason == null));
    }

    /** Starts the review of the selected stored edition for activation (roll back or forward). */
    public void reviewSelected() {
        Edition edition = selected.get();
        if (edition == null || edition.active()) {
            return;
        }
        message.set("");
        review.set(ReviewModel.ofStored(edition, service, background, this::finished, readOnlyReason == null));
    }

    private void finished(ReviewModel.Outcome outcome) {
        review.set(null);
        message.set(outcome.message());
        if (outcome.activated() != null) {
            activated.accept(outcome.activated());
        }
        if (!outcome.message().isEmpty()) {
            refresh();
        }
    }

    public ObservableList<Edition> editions() {
        return FXCollections.unmodifiableObservableList(editions);
    }

    public ObjectProperty<Edition> selectedProperty() {
        return selected;
    }

    /** Whether "Activate" can start a review: a stored edition is selected that is not the active one. */
    public BooleanBinding canActivateSelected() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().active()
                && review.get() == null, selected, review);
    }

    /** Which keys this laptop trusts, and what that means for an import. */
    public ReadOnlyStringProperty trustProperty() {
        return trust.getReadOnlyProperty();
    }

    /** The review under way, or null. */
    public ReadOnlyObjectProperty<ReviewModel> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    /** What the last review ended with ("Imported catalogue 2027.01; it is now the active catalogue …"). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the stored editions could not be read (the local data not open yet, say); empty when they were. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
