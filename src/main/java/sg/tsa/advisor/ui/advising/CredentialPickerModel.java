package sg.tsa.advisor.ui.advising;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Credential;
import sg.tsa.advisor.catalogue.CredentialSearch;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The credential picker: one search field with type-ahead over titles, aliases, issuers and codes, and the list of
 * credentials entered so far. Searching runs on every keystroke against a prepared index ({@link CredentialSearch}).
 */
public final class CredentialPickerModel {
    static final int MATCHES_SHOWN = 8;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Credential> matches = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper searchHint = new ReadOnlyStringWrapper(this, "searchHint", "");
    private final ObservableList<CredentialEntry> entries = FXCollections.observableArrayList(
            entry -> new Observable[]{entry.attainedOnProperty(), entry.inputProblemProperty(),
                    entry.monthOnlyProperty()});
    private final ObservableList<NotListedEntry> notListed = FXCollections.observableArrayList(
            entry -> new Observable[]{entry.titleProperty(), entry.attainedOnProperty(), entry.noteProperty(),
                    entry.inputProblemProperty()});
    private final ReadOnlyBooleanWrapper offerNotListed = new ReadOnlyBooleanWrapper(this, "offerNotListed");
    private final ReadOnlyObjectWrapper<CredentialEntry> needsDate = new ReadOnlyObjectWrapper<>(this, "needsDate");
    private final ReadOnlyObjectWrapper<CredentialEntry> removed = new ReadOnlyObjectWrapper<>(this, "removed");
    private int removedAt;
    private Catalogue catalogue;
    private CredentialSearch search;

    CredentialPickerModel() {
        query.addListener((obs, old, now) -> refreshMatches());
    }

    void use(Catalogue catalogue, CredentialSearch search) {
        this.catalogue = catalogue;
        this.search = search;
        refreshMatches();
    }

    private void refreshMatches() {
        String text = query.get() == null ? "" : query.get().strip();
        List<CredentialSearch.Match> found = search == null ? List.of() : search.search(text, MATCHES_SHOWN);
        matches.setAll(found.stream().map(CredentialSearch.Match::credential).toList());
        offerNotListed.set(!text.isEmpty() && (found.isEmpty() || found.get(0).approximate()));
        if (text.isEmpty()) {
            searchHint.set("");
        } else if (found.isEmpty()) {
            searchHint.set("No credential matches \"" + text + "\"");
        } else {
            searchHint.set(found.get(0).approximate()
                    ? "Nothing is spelt \"" + text + "\": the closest spellings are listed" : "");
        }
    }

    /** What the counsellor types: a title, alias, issuer or code. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The best matches of the query, best first. */
    public ObservableList<Credential> matches() {
        return matches;
    }

    /**
     * "No credential matches ..." when a typed query finds nothing, a note when only spellings close to it were
     * found; empty otherwise.
     */
    public ReadOnlyStringProperty searchHintProperty() {
        return searchHint.getReadOnlyProperty();
    }

    /** The credentials entered, held and planned, in the order entered. */
    public ObservableList<CredentialEntry> entries() {
        return entries;
    }

    /** Credentials the learner holds that the catalogue does not list, recorded as typed; never counted. */
    public ObservableList<NotListedEntry> notListed() {
        return notListed;
    }

    /** True while the query finds nothing, or only close spellings: "Record as not listed" is offered. */
    public ReadOnlyBooleanProperty offerNotListedProperty() {
        return offerNotListed.getReadOnlyProperty();
    }

    /** Records the query as a credential not on the recognition list, and clears the query. */
    public NotListedEntry recordNotListed() {
        NotListedEntry entry = new NotListedEntry(query.get());
        query.set("");
        notListed.add(entry);
        return entry;
    }

    /** The entry whose date stopped a save or a print: the screen puts the caret in it. */
    public ReadOnlyObjectProperty<CredentialEntry> needsDateProperty() {
        return needsDate.getReadOnlyProperty();
    }

    void askForDate(CredentialEntry entry) {
        needsDate.set(null);
        needsDate.set(entry);
    }

    /** Adds the top match of the query (Enter in the search field), clearing the query; empty when none matches. */
    public Optional<CredentialEntry> addTopMatch() {
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(add(matches.get(0)));
    }

    /**
     * Adds {@code credential} as held, with no attained date yet, and clears the query. A credential already held is
     * not added twice: its entry is returned; a planned one becomes held.
     */
    public CredentialEntry add(Credential credential) {
        query.set("");
        Optional<CredentialEntry> existing = find(credential.id());
        if (existing.isPresent() && !existing.get().planned()) {
            return existing.get();
        }
        CredentialEntry entry = new CredentialEntry(credential, catalogue.issuerNameOf(credential), false, null);
        existing.ifPresentOrElse(planned -> entries.set(entries.indexOf(planned), entry), () -> entries.add(entry));
        return entry;
    }

    /** Adds a "what if" credential, assumed attained on {@code assumedOn}; nothing when it is already entered. */
    public Optional<CredentialEntry> addPlanned(String credentialId, LocalDate assumedOn) {
        if (find(credentialId).isPresent() || catalogue == null) {
            return Optional.empty();
        }
        Credential credential = catalogue.credential(credentialId).orElseThrow();
        CredentialEntry entry = new CredentialEntry(credential, catalogue.issuerNameOf(credential), true, assumedOn);
        entries.add(entry);
        return Optional.of(entry);
    }

    /** Removes {@code entry}; {@link #undoRemove()} puts the last one removed back where it was. */
    public void remove(CredentialEntry entry) {
        int index = entries.indexOf(entry);
        if (index < 0) {
            return;
        }
        entries.remove(index);
        removedAt = index;
        removed.set(entry);
    }

    /** Puts the credential removed last back in its place (Ctrl+Z, or "Undo" on the notice); false when none. */
    public boolean undoRemove() {
        CredentialEntry entry = removed.get();
        if (entry == null) {
            return false;
        }
        removed.set(null);
        if (find(entry.credential().id()).isEmpty()) {
            entries.add(Math.min(removedAt, entries.size()), entry);
        }
        return true;
    }

    void forgetRemoved() {
        removed.set(null);
    }

    /** The credential removed last, while it can be put back; null otherwise. */
    public ReadOnlyObjectProperty<CredentialEntry> removedProperty() {
        return removed.getReadOnlyProperty();
    }

    private Optional<CredentialEntry> find(String credentialId) {
        return entries.stream().filter(e -> e.credential().id().equals(credentialId)).findFirst();
    }
}
