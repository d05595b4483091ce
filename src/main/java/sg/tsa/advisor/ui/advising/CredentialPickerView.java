package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.ui.ScrollPanes;
import atlantafx.base.controls.CustomTextField;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Credential;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The credential picker: a search field with type-ahead (Enter adds the top match, Down walks the matches, Esc
 * clears) above the credentials entered so far.
 */
final class CredentialPickerView extends VBox {
    private final CredentialPickerModel model;
    private final Supplier<Catalogue> catalogue;
    private final CustomTextField search = new CustomTextField();
    private final ListView<Credential> matches;
    private final VBox entriesBox = new VBox(8);
    private final VBox notListedBox = new VBox(8);
    private final Map<CredentialEntry, CredentialEntryView> views = new IdentityHashMap<>();
    private final KeyedChildren entryViews = new KeyedChildren(entriesBox, 0);
    private final Supplier<LocalDate> asOf;
    private final ObservableBooleanValue readOnly;

    CredentialPickerView(CredentialPickerModel model, Supplier<Catalogue> catalogue, Supplier<LocalDate> asOf,
                         ObservableBooleanValue readOnly) {
        this.model = model;
        this.catalogue = catalogue;
        this.asOf = asOf;
        this.readOnly = readOnly;
        setId("credentialPicker");
        setSpacing(8);
        setPadding(new Insets(12));

        Label heading = Ui.heading("Credentials");
        search.setId("credentialSearch");
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.setPromptText("Add a credential: type a name, code or issuer (Ctrl+F)");
        search.setAccessibleText("Search credentials to add");
        search.textProperty().bindBidirectional(model.queryProperty());
        search.disableProperty().bind(readOnly);
        heading.setLabelFor(search);

        matches = new ListView<>(model.matches());
        matches.setId("credentialMatches");
        matches.setAccessibleText("Matching credentials");
        matches.setCellFactory(view -> new MatchCell());
        // Six rows of 52 px at the normal text size, as many more as the text is enlarged (Ctrl+=).
        matches.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> Math.min(6, model.matches().size())
                * 52 * search.getFont().getSize() / 14 + 4, model.matches(), search.fontProperty()));
        matches.visibleProperty().bind(Bindings.isNotEmpty(model.matches()));
        matches.managedProperty().bind(matches.visibleProperty());
        Label hint = Ui.muted("");
        hint.setId("searchHint");
        hint.textProperty().bind(model.searchHintProperty());
        hint.visibleProperty().bind(model.searchHintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());

        entriesBox.setId("credentialEntries");
        entriesBox.setPadding(new Insets(2));
        Label empty = Ui.muted("No credentials yet. Type \"ccna\", \"saa\", \"udacity\" or \"aws\" above and press "
                + "Enter; then type the date it was attained, as dd/MM/yyyy.");
        empty.setId("noCredentials");
        empty.visibleProperty().bind(Bindings.isEmpty(model.entries()));
        empty.managedProperty().bind(empty.visibleProperty());
        Button recordNotListed = new Button("", new FontIcon(Feather.EDIT_3));
        recordNotListed.setId("recordNotListed");
        recordNotListed.textProperty().bind(Bindings.concat("Record \"", model.queryProperty(),
                "\" as not listed"));
        recordNotListed.setAccessibleText("Record the credential typed as one the recognition list does not name");
        recordNotListed.setWrapText(true);
        recordNotListed.setMaxWidth(Double.MAX_VALUE);
        recordNotListed.visibleProperty().bind(model.offerNotListedProperty().and(Bindings.not(readOnly)));
        recordNotListed.managedProperty().bind(recordNotListed.visibleProperty());
        recordNotListed.setOnAction(e -> recordNotListed());
        notListedBox.setId("notListedEntries");
        model.notListed().addListener((ListChangeListener<NotListedEntry>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= !change.wasUpdated();
            }
            if (structural) {
                rebuildNotListed();
            }
        });
        ScrollPane scroll = ScrollPanes.drawnDirectly(
                new ScrollPane(new VBox(8, empty, entriesBox, notListedBox)));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(heading, search, matches, hint, recordNotListed, scroll);

        keys();
        model.entries().addListener((ListChangeListener<CredentialEntry>) change -> rebuildEntries());
        model.needsDateProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                focusEntry(entry);
            }
        });
        rebuildEntries();
    }

    private void keys() {
        // The row Enter adds is always the highlighted one: the first until Down chooses another.
        model.matches().addListener((ListChangeListener<Credential>) change -> {
            if (!model.matches().isEmpty()) {
                matches.getSelectionModel().select(0);
                matches.scrollTo(0);
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Credential chosen = matches.getSelectionModel().getSelectedItem();
                if (chosen != null) {
                    focusEntry(model.add(chosen));
                } else {
                    model.addTopMatch().ifPresent(this::focusEntry);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !model.matches().isEmpty()) {
                matches.requestFocus();
                int next = Math.min(matches.getSelectionModel().getSelectedIndex() + 1, model.matches().size() - 1);
                matches.getSelectionModel().select(next);
                matches.getFocusModel().focus(next);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                model.queryProperty().set("");
                e.consume();
            }
        });
        matches.setOnKeyPressed(e -> {
            Credential chosen = matches.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                focusEntry(model.add(chosen));
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE
                    || (e.getCode() == KeyCode.UP && matches.getSelectionModel().getSelectedIndex() <= 0)) {
                search.requestFocus();
                search.end();
                e.consume();
            }
        });
        matches.setOnMouseClicked(e -> {
            Credential chosen = matches.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                focusEntry(model.add(chosen));
            }
        });
    }

    /** Adds and removes only the entries' views that changed: a view taken out and put back is styled anew. */
    private void rebuildEntries() {
        views.clear();
        KeyedChildren.Drawing drawing = entryViews.draw();
        for (CredentialEntry entry : model.entries()) {
            views.put(entry, drawing.node(entry, CredentialEntryView.class,
                    () -> new CredentialEntryView(entry, asOf, readOnly, () -> removeEntry(entry))));
        }
        drawing.done();
    }

    private void recordNotListed() {
        model.recordNotListed();
        ((NotListedEntryView) notListedBox.getChildren().get(notListedBox.getChildren().size() - 1)).focusTitle();
    }

    private void rebuildNotListed() {
        notListedBox.getChildren().clear();
        for (int i = 0; i < model.notListed().size(); i++) {
            NotListedEntry entry = model.notListed().get(i);
            notListedBox.getChildren().add(new NotListedEntryView(entry, i, asOf, readOnly, () -> {
                model.notListed().remove(entry);
                search.requestFocus();
            }));
        }
    }

    private void removeEntry(CredentialEntry entry) {
        int index = model.entries().indexOf(entry);
        model.remove(entry);
        if (model.entries().isEmpty()) {
            search.requestFocus();
        } else {
            views.get(model.entries().get(Math.min(index, model.entries().size() - 1))).requestFocus();
        }
    }

    private void focusEntry(CredentialEntry entry) {
        CredentialEntryView view = views.get(entry);
        if (view != null) {
            view.focusDate();
        }
    }

    /** Ctrl+F: the caret into the search field. */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** A match: title on top, issuer and aliases below, so "saa" is seen to mean the AWS associate exam. */
    private final class MatchCell extends ListCell<Credential> {
        @Override
        protected void updateItem(Credential credential, boolean empty) {
            super.updateItem(credential, empty);
            if (empty || credential == null || catalogue.get() == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(credential.title());
            title.getStyleClass().add("text-bold");
            String aliases = credential.aliases().isEmpty() ? "" : " · " + String.join(", ", credential.aliases());
            Label detail = new Label(catalogue.get().issuerNameOf(credential) + aliases);
            detail.getStyleClass().addAll("text-muted", "text-small");
            setGraphic(new VBox(2, title, detail));
            setText(null);
            setAccessibleText(credential.title());
        }
    }
}
