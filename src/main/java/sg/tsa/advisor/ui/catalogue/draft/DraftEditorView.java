package sg.tsa.advisor.ui.catalogue.draft;

import sg.tsa.advisor.text.Counted;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import sg.tsa.advisor.catalogue.draft.JsonPath;
import sg.tsa.advisor.catalogue.format.CatalogueProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The draft editor: the sections of the catalogue on the left, the chosen one in the middle, the problems below
 * (choosing one shows its field). Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo, wherever the focus is.
 */
public final class DraftEditorView extends BorderPane {
    static final String EDITION = "Edition";
    static final String CONTACT = "Contact";
    static final String PUBLISH = "Publish";
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final DraftEditorModel model;
    private final EntryForm edition;
    private final EntryForm contact;
    private final Map<String, ListSection> lists = new LinkedHashMap<>();
    private final Map<String, Node> sectionNodes = new LinkedHashMap<>();
    private final ListView<String> sections = new ListView<>();
    private final StackPane center = new StackPane();
    private final ListView<CatalogueProblem> problems = new ListView<>();

    public DraftEditorView(DraftEditorModel model) {
        this.model = model;
        getStyleClass().add("draft-editor");
        getStylesheets().add(Objects.requireNonNull(DraftEditorView.class.getResource("/ui/catalogue-draft.css"),
                "catalogue-draft.css").toExternalForm());
        edition = new EntryForm(Sections.EDITION, "edition", model);
        contact = new EntryForm(Sections.CONTACT, "contact", model);
        sectionNodes.put(EDITION, padded(edition.node(), "The edition's version (also set on Publish) and date "
                + "(today's when it is published)."));
        for (Sections.ListSpec spec : List.of(Sections.sources(model::today), Sections.ISSUERS,
                Sections.CREDENTIALS, Sections.QUALIFICATIONS, Sections.RULES)) {
            ListSection section = new ListSection(spec, model, spec.key());
            lists.put(spec.key(), section);
            sectionNodes.put(spec.title(), section.node());
        }
        sectionNodes.put(CONTACT, padded(contact.node(), "Who a learner should contact next; printed on the "
                + "summary. Every field may be left blank."));
        sectionNodes.put(PUBLISH, new ScrollPane(new PublishPane(model).node()));
        ((ScrollPane) sectionNodes.get(PUBLISH)).setFitToWidth(true);

        sections.setId("draftSections");
        sections.getItems().setAll(sectionNodes.keySet());
        sections.setPrefWidth(160);
        sections.setMinWidth(120);
        sections.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null) {
                center.getChildren().setAll(sectionNodes.get(is));
            }
        });
        sections.getSelectionModel().select(EDITION);

        problems.setId("draftProblems");
        problems.setItems(model.problems());
        problems.setPrefHeight(120);
        problems.setMinHeight(60);
        problems.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CatalogueProblem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.path() + " — " + item.message());
            }
        });
        problems.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && problems.getSelectionModel().getSelectedItem() != null) {
                model.goTo(problems.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        problems.setOnMouseClicked(e -> {
            if (problems.getSelectionModel().getSelectedItem() != null) {
                model.goTo(problems.getSelectionModel().getSelectedItem());
            }
        });
        Label problemsTitle = new Label();
        problemsTitle.setId("draftProblemCount");
        problemsTitle.textProperty().bind(Bindings.createStringBinding(() -> !model.checkedProperty().get()
                        ? "Checking…" : model.problemTotalProperty().get() == 0 ? "No problems: the draft can be published"
                        : Counted.of(model.problemTotalProperty().get(), "problem") + " (Enter or a click on one shows its field)",
                model.problemTotalProperty(), model.checkedProperty()));
        VBox bottom = new VBox(4, problemsTitle, problems);
        bottom.setPadding(new Insets(4, 8, 8, 8));
        VBox.setVgrow(problems, Priority.ALWAYS);

        SplitPane middle = new SplitPane(center, bottom);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.84);
        SplitPane.setResizableWithParent(bottom, false);

        setTop(toolbar());
        setLeft(sections);
        setCenter(middle);
        setMinSize(700, 420);

        model.documentProperty().addListener((o, was, is) -> {
            if (is != null) {
                is.addListener(edit -> lists.values().forEach(s -> s.edited(edit)));
            }
            rebind();
        });
        model.revisionProperty().addListener((o, was, is) -> {
            edition.refresh();
            contact.refresh();
        });
        model.problems().addListener((ListChangeListener<CatalogueProblem>) c -> mark());
        model.revealProperty().addListener((o, was, is) -> {
            if (is != null) {
                reveal(is);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                model.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
                model.redo();
                e.consume();
            }
        });
        // Kept at once when the window closes, without waiting for the pause after typing.
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                keepWhenHidden(scene.getWindow());
                scene.windowProperty().addListener((w, before, window) -> keepWhenHidden(window));
            }
        });
        rebind();
    }

    private void keepWhenHidden(javafx.stage.Window window) {
        if (window != null) {
            window.addEventHandler(WindowEvent.WINDOW_HIDING, e -> keepNow());
        }
    }

    private static Node padded(Node form, String intro) {
        Label label = new Label(intro);
        label.setWrapText(true);
        VBox box = new VBox(8, label, form);
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return ScrollToFocus.install(scroll);
    }

    private ToolBar toolbar() {
        Button fromActive = new Button("New draft from the active edition");
        fromActive.setId("draftStartFromActive");
        Button empty = new Button("New empty draft");
        empty.setId("draftStartEmpty");
        Button undo = new Button("Undo");
        undo.setId("draftUndo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        Button redo = new Button("Redo");
        redo.setId("draftRedo");
        redo.disableProperty().bind(model.canRedoProperty().not());
        redo.setOnAction(e -> model.redo());
        Label status = new Label();
        status.setId("draftStatus");
        status.textProperty().bind(model.statusProperty());

        Label question = new Label();
        Button replace = new Button("Replace the draft");
        replace.setId("draftReplaceConfirm");
        Button keep = new Button("Keep it");
        keep.setId("draftReplaceCancel");
        HBox confirm = new HBox(6, question, replace, keep);
        confirm.setAlignment(Pos.CENTER_LEFT);
        confirm.setVisible(false);
        confirm.managedProperty().bind(confirm.visibleProperty());
        Runnable[] pending = new Runnable[1];
        fromActive.setOnAction(e -> ask(confirm, question, "Replace the draft with the active edition? This cannot "
                + "be undone.", pending, model::startFromActive, replace));
        empty.setOnAction(e -> ask(confirm, question, "Replace the draft with an empty one? This cannot be undone.",
                pending, model::startEmpty, replace));
        replace.setOnAction(e -> {
            confirm.setVisible(false);
            pending[0].run();
        });
        keep.setOnAction(e -> confirm.setVisible(false));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(fromActive, empty, new Separator(), undo, redo, new Separator(), confirm, spacer, status);
    }

    private static void ask(HBox confirm, Label question, String text, Runnable[] pending, Runnable action,
                            Button replace) {
        question.setText(text);
        pending[0] = action;
        confirm.setVisible(true);
        replace.requestFocus();
    }

    private void rebind() {
        boolean open = model.document() != null;
        edition.bind(open ? JsonPath.ROOT : null);
        contact.bind(open ? JsonPath.of("contact") : null);
        lists.forEach((key, section) -> section.bind(open ? JsonPath.of(key) : null));
        mark();
    }

    private void mark() {
        List<CatalogueProblem> all = new ArrayList<>(model.problems());
        List<JsonPath> paths = all.stream().map(p -> JsonPath.parse(p.path()).orElse(null)).toList();
        edition.mark(all, paths);
        contact.mark(all, paths);
        lists.values().forEach(s -> s.mark(all, paths));
    }

    /** Shows the section, entry and field of {@code path}, and focuses the field. */
    void reveal(JsonPath path) {
        String top = path.size() == 0 || !(path.segments().get(0) instanceof String key) ? "" : key;
        if (lists.containsKey(top)) {
            show(titleOf(top));
            lists.get(top).reveal(path);
        } else if (top.equals("contact")) {
            show(CONTACT);
            contact.fieldOf(path).ifPresent(f -> f.focusTarget().requestFocus());
        } else {
            show(EDITION);
            edition.fieldOf(path).ifPresent(f -> f.focusTarget().requestFocus());
        }
    }

    /** Shows a section, its controls made at once (a scroll pane adds its content only when first styled). */
    private void show(String section) {
        sections.getSelectionModel().select(section);
        center.applyCss();
        center.layout();
    }

    private String titleOf(String key) {
        return sectionNodes.entrySet().stream().filter(e -> e.getValue() == lists.get(key).node())
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    /** Keeps the draft now, without waiting for editing to pause (the window is closing). */
    public void keepNow() {
        model.settleNow();
    }

    DraftEditorModel model() {
        return model;
    }

    ListSection list(String key) {
        return lists.get(key);
    }
}
