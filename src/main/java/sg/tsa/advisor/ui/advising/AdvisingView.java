package sg.tsa.advisor.ui.advising;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.report.Wording;
import sg.tsa.advisor.ui.advising.guard.FocusKeeper;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The advising screen: who and when across the top, the credential picker on the left, the advice (with Browse
 * and History tabs) on the right and "Why?" below it. Binds to {@link AdvisingViewModel}; holds no state.
 * Shortcuts: Ctrl+F search, Ctrl+I intake date, Ctrl+Z put back a removed credential, Ctrl+N new consultation,
 * Ctrl+S save, Ctrl+P save and preview the summary, Ctrl+H search past consultations; Ctrl+= / Ctrl+- / Ctrl+0 the
 * text size; Ctrl+Shift+C the Catalogue workspace (programme office).
 */
public final class AdvisingView extends BorderPane {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination INTAKE = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ABOUT = new KeyCodeCombination(KeyCode.F1);
    private static final KeyCombination HISTORY = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination WHY = new KeyCodeCombination(KeyCode.W, KeyCombination.ALT_DOWN);
    private static final KeyCombination CATALOGUE = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final AdvisingViewModel model;
    private final CredentialPickerView picker;
    private final ConsultationHeaderView header;
    private final ExplanationView explanation;
    private final Tab historyTab;
    private Runnable onAbout = () -> { };
    private Runnable onCatalogue = () -> { };
    private final HBox editionNote = new HBox();

    public AdvisingView(AdvisingViewModel model) {
        this.model = model;
        getStyleClass().add("advising-view");
        header = new ConsultationHeaderView(model.header(), model.readOnlyProperty());
        picker = new CredentialPickerView(model.picker(), model.catalogueProperty()::get,
                model.header().asOfProperty()::get, model.readOnlyProperty());
        setTop(new VBox(toolbar(), header, messages(), new WalkInNotices(model)));

        historyTab = lazyTab("History", "historyTab", () -> new HistoryView(model.history(), model.actions()));
        // What is stored may have changed since History was last read (another copy of the application).
        historyTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                model.history().refresh();
            }
        });
        Tab browseTab = lazyTab("Browse", "browseTab", () -> new BrowseView(model.browse(), model));
        // Browse is worked out only while its tab is shown, not on every change of the advice.
        model.browse().shownProperty().bind(browseTab.selectedProperty());
        TabPane tabs = new TabPane(tab("Advice", "adviceTab", new ResultsView(model)), browseTab, historyTab);
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        explanation = new ExplanationView(model);
        SplitPane right = new SplitPane(tabs, explanation);
        right.setOrientation(Orientation.VERTICAL);
        // The advice gets most of the height, and all of what a larger window adds; "Why?" needs a few lines.
        right.setDividerPositions(0.76);
        SplitPane.setResizableWithParent(explanation, false);
        // 360 px at the normal text size, more for larger text; the picker keeps its share when the size changes.
        picker.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> 360 * Math.max(1, model.textSizeProperty().get() / 100.0), model.textSizeProperty()));
        SplitPane split = new SplitPane(picker, right);
        split.setDividerPositions(0.4);
        SplitPane.setResizableWithParent(picker, false);
        model.textSizeProperty().addListener((obs, old, now) -> Platform.runLater(() -> split.setDividerPositions(0.4)));
        setCenter(split);
        setBottom(statusBar());
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        addEventFilter(KeyEvent.KEY_PRESSED, this::enterOnDate);
        addEventHandler(KeyEvent.KEY_PRESSED, this::enterOnName);
        // The window opens ready for the first learner's name; the advice never takes the focus when redrawn.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                FocusKeeper.install(scene, tabs, scene.lookup("#newConsultation"));
                TextSizeKeys.install(scene, model.textSizeProperty());
                Platform.runLater(header::focusLearner);
            }
        });
    }

    /**
     * Enter on a complete date (an attained or the intake date) takes the date and goes back to the search for the
     * next credential. A date the field refuses is left to the field, which says why.
     */
    private void enterOnDate(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER || !(e.getTarget() instanceof Node target)) {
            return;
        }
        DatePicker date = enclosing(target);
        if (date == null || date.getId() == null || date.getId().equals("asOfDate") || date.isDisabled()) {
            return;
        }
        LocalDate latest = date.getId().startsWith("attained-") ? model.header().asOfProperty().get() : null;
        try {
            if (DateText.parseNotAfter(date.getEditor().getText(), latest, "Attained") == null) {
                return;
            }
        } catch (IllegalArgumentException refused) {
            return;
        }
        date.commitValue();
        picker.focusSearch();
        e.consume();
    }

    /** Enter on the learner's name (after the field took a highlighted suggestion) goes on to the search. */
    private void enterOnName(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof Node target
                && "learnerName".equals(target.getId())
                && !model.header().learnerNameProperty().get().isBlank()) {
            picker.focusSearch();
        }
    }

    private static DatePicker enclosing(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof DatePicker picker) {
                return picker;
            }
        }
        return null;
    }

    /** What the About button and F1 do: the composition root opens the About dialog (nothing until set). */
    public void setOnAbout(Runnable onAbout) {
        this.onAbout = Objects.requireNonNull(onAbout, "onAbout");
    }

    /** What the Catalogue button and Ctrl+Shift+C do: the composition root opens the Catalogue workspace. */
    public void setOnCatalogue(Runnable onCatalogue) {
        this.onCatalogue = Objects.requireNonNull(onCatalogue, "onCatalogue");
    }

    /** Shows {@code note} beside the catalogue edition in the toolbar (e.g. that the edition is unsigned). */
    public void setEditionNote(Node note) {
        editionNote.getChildren().setAll(note);
    }

    private void shortcut(KeyEvent e) {
        if (FIND.match(e)) {
            picker.focusSearch();
        } else if (NEW.match(e)) {
            startNew();
        } else if (INTAKE.match(e)) {
            header.focusIntake();
        } else if (UNDO.match(e) && model.picker().removedProperty().get() != null && !undoableText(e)) {
            model.picker().undoRemove();
        } else if (SAVE.match(e)) {
            model.save();
        } else if (PRINT.match(e)) {
            model.print();
        } else if (ABOUT.match(e)) {
            onAbout.run();
        } else if (HISTORY.match(e)) {
            historyTab.getTabPane().getSelectionModel().select(historyTab);
            ((HistoryView) historyTab.getContent()).focusSearch();
        } else if (WHY.match(e)) {
            explanation.requestFocus();
        } else if (CATALOGUE.match(e)) {
            onCatalogue.run();
        } else {
            return;
        }
        e.consume();
    }

    /** Ctrl+Z in a text that can undo its own typing is that text's; elsewhere it puts back a removed credential. */
    private static boolean undoableText(KeyEvent e) {
        return e.getTarget() instanceof TextInputControl text && text.isUndoable();
    }

    private void startNew() {
        model.leave(() -> {
            model.newConsultation();
            header.focusLearner();
        });
    }

    private static Tab tab(String text, String id, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }

    /**
     * A tab whose content is built the first time it is selected: the Browse and History tabs start hidden, and
     * building (and styling) them up front only delayed the window's first frame.
     */
    private static Tab lazyTab(String text, String id, Supplier<Node> content) {
        Tab tab = new Tab(text);
        tab.setId(id);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }

    private Node toolbar() {
        Label title = new Label("Exemption Advisor");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setMinWidth(Label.USE_PREF_SIZE);
        Label edition = new Label();
        edition.setId("catalogueEdition");
        edition.getStyleClass().add(Styles.TEXT_MUTED);
        edition.textProperty().bind(Bindings.createStringBinding(() -> {
            Catalogue c = model.catalogueProperty().get();
            return c == null ? "Loading the catalogue…" : c.institution() + " · catalogue " + c.version()
                    + ", published " + Wording.date(c.publishedOn());
        }, model.catalogueProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button newButton = Ui.iconButton("newConsultation", Feather.FILE_PLUS, "New",
                "New consultation (Ctrl+N)");
        newButton.setOnAction(e -> startNew());
        Button save = Ui.iconButton("saveConsultation", Feather.SAVE, "Save", "Save the consultation (Ctrl+S)");
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(model.readOnlyProperty().or(model.actions().busyProperty()));
        Button print = Ui.iconButton("printSummary", Feather.PRINTER, "Print", "Print the summary (Ctrl+P)");
        print.setOnAction(e -> model.print());
        ToggleButton dark = new ToggleButton(null, new FontIcon(Feather.MOON));
        dark.setId("darkTheme");
        dark.setAccessibleText("Dark theme");
        dark.setTooltip(new Tooltip("Dark theme"));
        dark.getStyleClass().addAll(Styles.BUTTON_ICON);
        dark.selectedProperty().bindBidirectional(model.darkThemeProperty());

        Button about = Ui.iconButton("about", Feather.INFO, null, "About Exemption Advisor (F1)");
        about.setOnAction(e -> onAbout.run());
        Button catalogue = Ui.iconButton("openCatalogue", Feather.LAYERS, null,
                "Catalogue workspace: editions and drafts, for the programme office (Ctrl+Shift+C)");
        catalogue.setOnAction(e -> onCatalogue.run());
        editionNote.setAlignment(Pos.CENTER_LEFT);

        HBox bar = new HBox(10, title, edition, editionNote, spacer, newButton, save, print, dark, catalogue, about);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 4, 16));
        return bar;
    }

    private Node messages() {
        Label problem = Ui.wrapped("", "danger-text", "message-banner");
        problem.setId("problem");
        problem.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setMaxWidth(Double.MAX_VALUE);
        Label readOnly = Ui.wrapped("", "read-only-banner", "message-banner");
        readOnly.setId("readOnlyBanner");
        readOnly.setGraphic(new FontIcon(Feather.BOOK_OPEN));
        readOnly.textProperty().bind(model.actions().statusProperty());
        readOnly.visibleProperty().bind(model.readOnlyProperty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        readOnly.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(4, problem, readOnly);
        box.setPadding(new Insets(0, 16, 6, 16));
        return box;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.actions().statusProperty());
        Label keys = new Label("Ctrl+F search · Enter add · Delete remove · Ctrl+Z undo · Ctrl+I intake · Alt+W why · Ctrl+S save"
                + " · Ctrl+N new · Ctrl+P save and print · Ctrl+H history");
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, status, spacer, keys);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 16, 4, 16));
        return bar;
    }
}
