package sg.tsa.advisor.ui.about;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import sg.tsa.advisor.about.Release;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.report.Wording;
import sg.tsa.advisor.ui.BackgroundExecutor;

/**
 * The About dialog's state: the application's version, the active catalogue edition, and the licence texts, read
 * in the background when the dialog opens.
 */
public final class AboutModel {
    private final ObservableValue<Catalogue> catalogue;
    private final ReadOnlyStringWrapper licence = new ReadOnlyStringWrapper("Loading…");
    private final ReadOnlyStringWrapper thirdParty = new ReadOnlyStringWrapper("Loading…");

    public AboutModel(ObservableValue<Catalogue> catalogue) {
        this.catalogue = catalogue;
    }

    /** Reads the licence texts; until they arrive the dialog says "Loading…". */
    public void load(BackgroundExecutor background) {
        background.run(() -> new Texts(Release.notice() + "\n\n" + Release.licence(), Release.thirdParty()),
                texts -> {
                    licence.set(texts.licence());
                    thirdParty.set(texts.thirdParty());
                },
                problem -> {
                    String message = "The licence texts could not be read: " + problem.getMessage();
                    licence.set(message);
                    thirdParty.set(message);
                });
    }

    public String version() {
        return "Version " + Release.version();
    }

    /** "Catalogue 2026.11 of Temasek Polytechnic, published 28 Nov 2026", following the active edition. */
    public StringBinding catalogueLine() {
        return Bindings.createStringBinding(() -> {
            Catalogue c = catalogue.getValue();
            return c == null ? "No catalogue loaded yet"
                    : "Catalogue " + c.version() + " of " + c.institution() + ", published "
                    + Wording.date(c.publishedOn());
        }, catalogue);
    }

    public ReadOnlyStringProperty licenceProperty() {
        return licence.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty thirdPartyProperty() {
        return thirdParty.getReadOnlyProperty();
    }

    private record Texts(String licence, String thirdParty) {
    }
}
