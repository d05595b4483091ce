package sg.tsa.advisor.ui.catalogue.draft;

import sg.tsa.advisor.text.Counted;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import sg.tsa.advisor.catalogue.draft.Edit;
import sg.tsa.advisor.catalogue.draft.JsonPath;
import sg.tsa.advisor.catalogue.format.CatalogueProblem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One list of the draft (issuers, credentials, a qualification's modules…): a table filtered as one types, Add and
 * Remove, and the form of the selected entry, with the lists nested in it (a qualification's modules and
 * certificates). Rows are the array's entries in order; a row with a problem is marked.
 */
final class ListSection {
    static final String PROBLEM_ROW = "draft-problem-row";

    /** A row: an entry's position in its array and its JSON; the text the filter searches, made when first asked. */
    static final class Entry {
        final int index;
        final JsonElement json;
        private final Sections.ListSpec spec;
        private String search;

        Entry(int index, JsonElement json, Sections.ListSpec spec, Entry before) {
            this.index = index;
            this.json = json;
            this.spec = spec;
            this.search = before == null ? null : before.search;
        }

        String cell(Sections.Column column) {
            return json.isJsonObject() ? column.value().apply(json.getAsJsonObject()) : json.toString();
        }

        boolean matches(String query) {
            if (search == null) {
                StringBuilder text = new StringBuilder();
                spec.columns().forEach(c -> text.append(cell(c)).append('\u0000'));
                search = text.toString().toLowerCase(Locale.ROOT);
            }
            return search.contains(query);
        }

        void changed() {
            search = null;
        }
    }

    private final Sections.ListSpec spec;
    private final DraftEditorModel model;
    private final String id;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final FilteredList<Entry> shown = new FilteredList<>(entries);
    private final TableView<Entry> table = new TableView<>(shown);
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private final EntryForm form;
    private final List<ListSection> nested = new ArrayList<>();
    /** With nested lists: the tabs, the entry's own first, then one per nested list. */
    private TabPane tabs;
    private final Node node;
    private final Set<Integer> rowsWithProblems = new HashSet<>();
    private JsonPath array;

    ListSection(Sections.ListSpec spec, DraftEditorModel model, String id) {
        this.spec = spec;
        this.model = model;
        this.id = id;
        filter.setId("draft-" + id + "-filter");
        filter.setPromptText("Filter " + spec.title().toLowerCase(Locale.ROOT));
        filter.textProperty().addListener((o, was, is) -> applyFilter(is));
        Button add = new Button("Add " + spec.singular());
        add.setId("draft-" + id + "-add");
        add.setOnAction(e -> add());
        Button remove = new Button("Remove");
        remove.setId("draft-" + id + "-remove");
        remove.setOnAction(e -> remove());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox bar = new HBox(6, filter, add, remove, count);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        table.setId("draft-" + id + "-table");
        table.setPlaceholder(new Label("No " + spec.title().toLowerCase(Locale.ROOT) + " yet: Add one"));
        for (Sections.Column column : spec.columns()) {
            TableColumn<Entry, String> tableColumn = new TableColumn<>(column.title());
            tableColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().cell(column)));
            tableColumn.setPrefWidth(column.width());
            tableColumn.setSortable(false);
            table.getColumns().add(tableColumn);
        }
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Entry item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(PROBLEM_ROW);
                if (!empty && item != null && rowsWithProblems.contains(item.index)) {
                    getStyleClass().add(PROBLEM_ROW);
                }
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                remove();
                e.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> bindForm());

        form = new EntryForm(spec.fields(), id, model);
        Node detail;
        if (spec.nested().isEmpty()) {
            detail = scrolling(form.node());
        } else {
            // A qualification's modules and certificates each on a tab of their own: the form stays short.
            tabs = new TabPane();
            tabs.setId("draft-" + id + "-tabs");
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            Tab own = new Tab(spec.singular().substring(0, 1).toUpperCase(Locale.ROOT) + spec.singular().substring(1),
                    scrolling(form.node()));
            own.setId("draft-" + id + "-tab");
            tabs.getTabs().add(own);
            for (Sections.ListSpec inner : spec.nested()) {
                ListSection section = new ListSection(inner, model, id + "-" + inner.key());
                nested.add(section);
                Tab tab = new Tab(inner.title(), section.node());
                tab.setId("draft-" + id + "-" + inner.key() + "-tab");
                tabs.getTabs().add(tab);
            }
            detail = tabs;
        }
        if (isNested()) {
            SplitPane split = new SplitPane(table, detail);
            split.setOrientation(Orientation.VERTICAL);
            split.setDividerPositions(0.4);
            VBox.setVgrow(split, Priority.ALWAYS);
            node = new VBox(6, bar, split);
        } else {
            SplitPane split = new SplitPane(table, detail);
            split.setDividerPositions(0.5);
            VBox.setVgrow(split, Priority.ALWAYS);
            node = new VBox(6, bar, split);
        }
        ((VBox) node).setPadding(new Insets(isNested() ? 6 : 8));
    }

    private static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return ScrollToFocus.install(scroll);
    }

    private boolean isNested() {
        return id.contains("-");
    }

    Node node() {
        return node;
    }

    TextField filter() {
        return filter;
    }

    TableView<Entry> table() {
        return table;
    }

    /** Shows the entries of the array at {@code array} (null: none; the section is disabled). */
    void bind(JsonPath array) {
        this.array = array;
        node.setDisable(array == null);
        rebuild(-1);
        if (!isNested()) {
            // The text the filter searches, made now while the draft opens rather than at the first keystroke
            // (about 0.3 s for 20,000 rules).
            entries.forEach(e -> e.matches(""));
        }
    }

    private void rebuild(int select) {
        int keep = select >= 0 ? select : table.getSelectionModel().getSelectedItem() == null ? -1
                : table.getSelectionModel().getSelectedItem().index;
        List<Entry> all = new ArrayList<>();
        JsonElement list = array == null || model.document() == null ? null
                : array.find(model.document().root()).orElse(null);
        if (list != null && list.isJsonArray()) {
            // An entry that only moved keeps the text the filter searches: adding a rule to 20,000 does not make
            // the next keystroke in the filter put 20,000 rules into words again.
            Map<JsonElement, Entry> before = new IdentityHashMap<>();
            entries.forEach(e -> before.put(e.json, e));
            for (int i = 0; i < list.getAsJsonArray().size(); i++) {
                JsonElement json = list.getAsJsonArray().get(i);
                all.add(new Entry(i, json, spec, before.get(json)));
            }
        }
        entries.setAll(all);
        count.setText(Counted.of(all.size(), spec.singular(), spec.title().toLowerCase(Locale.ROOT)));
        if (keep >= 0 && !entries.isEmpty()) {
            selectIndex(Math.min(keep, entries.size() - 1));
        } else {
            bindForm();
        }
    }

    private void applyFilter(String typed) {
        String query = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(query.isEmpty() ? null : e -> e.matches(query));
    }

    private void selectIndex(int index) {
        Entry entry = entries.get(index);
        if (!shown.contains(entry)) {
            filter.clear();
        }
        table.getSelectionModel().select(entry);
        table.scrollTo(entry);
        bindForm();
    }

    private void bindForm() {
        Entry selected = table.getSelectionModel().getSelectedItem();
        JsonPath entry = selected == null || array == null || !selected.json.isJsonObject() ? null
                : array.index(selected.index);
        form.bind(entry);
        for (ListSection inner : nested) {
            inner.bind(entry == null ? null : entry.field(inner.spec.key()));
        }
    }

    private void add() {
        if (array == null) {
            return;
        }
        int index = entries.size();
        filter.clear();
        model.apply(new Edit.Insert(array, index, spec.template().get()));
        form.fields().stream().findFirst().ifPresent(f -> f.focusTarget().requestFocus());
    }

    private void remove() {
        Entry selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && array != null) {
            model.apply(new Edit.Remove(array, selected.index, selected.json));
        }
    }

    /** Follows an edit of the draft: rows again when this list (or one holding it) changed, else values again. */
    void edited(Edit edit) {
        if (array == null) {
            return;
        }
        int structural = structural(edit);
        if (structural != Integer.MIN_VALUE) {
            rebuild(structural);
            return;
        }
        forgetSearchText(edit);
        table.refresh();
        form.refresh();
        nested.forEach(n -> n.edited(edit));
    }

    private void forgetSearchText(Edit edit) {
        if (edit instanceof Edit.SetField set && set.path().size() > array.size() && set.path().startsWith(array)
                && set.path().segments().get(array.size()) instanceof Integer i && i < entries.size()) {
            entries.get(i).changed();
        } else if (edit instanceof Edit.Compound) {
            entries.forEach(Entry::changed);
        }
    }

    /**
     * Whether {@code edit} changes the rows of this list: the row to select then (an inserted one, or where a removed
     * one was), -1 to keep the selection, or {@link Integer#MIN_VALUE} when the rows stay as they are.
     */
    private int structural(Edit edit) {
        if (edit instanceof Edit.Compound compound) {
            int result = Integer.MIN_VALUE;
            for (Edit inner : compound.edits()) {
                int one = structural(inner);
                result = one != Integer.MIN_VALUE ? one : result;
            }
            return result;
        }
        if (edit instanceof Edit.Insert insert) {
            return insert.array().equals(array) ? insert.index() : array.startsWith(insert.array()) ? -1
                    : Integer.MIN_VALUE;
        }
        if (edit instanceof Edit.Remove remove) {
            return remove.array().equals(array) ? remove.index()
                    : array.startsWith(remove.array()) ? -1 : Integer.MIN_VALUE;
        }
        Edit.SetField set = (Edit.SetField) edit;
        return array.startsWith(set.path()) ? -1 : Integer.MIN_VALUE;
    }

    /** Marks the rows and fields with problems; {@code paths} are the problems' paths parsed. */
    void mark(List<CatalogueProblem> problems, List<JsonPath> paths) {
        rowsWithProblems.clear();
        if (array != null) {
            for (JsonPath path : paths) {
                if (path != null && path.size() > array.size() && path.startsWith(array)
                        && path.segments().get(array.size()) instanceof Integer i) {
                    rowsWithProblems.add(i);
                }
            }
        }
        table.refresh();
        form.mark(problems, paths);
        nested.forEach(n -> n.mark(problems, paths));
    }

    /** Shows the entry and field of {@code target} when it lies in this list; false when it does not. */
    boolean reveal(JsonPath target) {
        if (array == null || !target.startsWith(array)) {
            return false;
        }
        if (target.size() == array.size() || !(target.segments().get(array.size()) instanceof Integer index)
                || index >= entries.size()) {
            table.requestFocus();
            return true;
        }
        selectIndex(index);
        for (int i = 0; i < nested.size(); i++) {
            ListSection inner = nested.get(i);
            if (inner.array != null && target.startsWith(inner.array)) {
                showTab(i + 1);
                return inner.reveal(target);
            }
        }
        showTab(0);
        form.fieldOf(target).ifPresentOrElse(f -> f.focusTarget().requestFocus(), table::requestFocus);
        return true;
    }

    private void showTab(int index) {
        if (tabs != null) {
            tabs.getSelectionModel().select(index);
            node.applyCss();
            ((VBox) node).layout();
        }
    }

    /** Rows shown now (after the filter). */
    int shownCount() {
        return shown.size();
    }

    JsonObject selectedEntry() {
        Entry selected = table.getSelectionModel().getSelectedItem();
        return selected == null || !selected.json.isJsonObject() ? null : selected.json.getAsJsonObject();
    }
}
