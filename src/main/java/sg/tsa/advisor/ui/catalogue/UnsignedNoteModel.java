package sg.tsa.advisor.ui.catalogue;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.storage.catalogue.Edition;
import sg.tsa.advisor.ui.BackgroundExecutor;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * Whether the catalogue edition the advising screen shows is unsigned: stored without a signature by a trusted key
 * ({@link Edition#signed()}; the shipped catalogue counts as signed). The stored editions are read in the
 * background whenever the screen shows another edition, and when {@link #refresh()} is asked.
 */
public final class UnsignedNoteModel {
    static final String EXPLANATION = "This edition was stored without a signature by a key this laptop trusts: "
            + "either no key was trusted when it was imported, or it was imported as unsigned on purpose. Nothing "
            + "vouches that the recognition list is the programme office's. The Catalogue workspace "
            + "(Ctrl+Shift+C) lists the editions and their signatures.";

    private final ObservableValue<Catalogue> shown;
    private final BackgroundExecutor background;
    private final Callable<List<Edition>> editions;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private long asked;

    /** @param editions the stored editions (read in the background); empty without a local database */
    public UnsignedNoteModel(ObservableValue<Catalogue> shown, BackgroundExecutor background,
                             Callable<List<Edition>> editions) {
        this.shown = shown;
        this.background = background;
        this.editions = editions;
        shown.addListener((obs, old, now) -> refresh());
    }

    /** Reads again whether the edition shown is unsigned (after an import that may have signed it). */
    public void refresh() {
        Catalogue catalogue = shown.getValue();
        long ask = ++asked;
        if (catalogue == null) {
            text.set("");
            return;
        }
        String version = catalogue.version();
        background.run(() -> editions.call().stream().filter(e -> e.version().equals(version)).findFirst()
                        .map(e -> e.signed() ? "" : "Catalogue " + version + " is unsigned").orElse(""),
                note -> {
                    if (ask == asked) {
                        text.set(note);
                    }
                },
                // Not knowing is not a warning: the shipped catalogue is read without a database, too.
                e -> text.set(""));
    }

    /** "Catalogue 2027.01 is unsigned", or empty when the edition shown is signed or shipped. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
