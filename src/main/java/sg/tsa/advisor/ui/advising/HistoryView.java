package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.ui.HanText;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import sg.tsa.advisor.ui.advising.history.HistoryEntry;

import java.time.ZoneId;

/**
 * Past consultations, newest first: everyone's while no learner is chosen, else the chosen learner's or everyone's
 * (a toggle); searched as one types. Down goes from the search to the list; Enter, a double click or the button
 * reopens one read-only. A known learner can be erased from here, after a confirmation.
 */
final class HistoryView extends VBox {
    private final HistoryModel history;
    private final ConsultationActions actions;
    private final ListView<HistoryEntry> list;
    private final TextField search = new TextField();

    HistoryView(HistoryModel history, ConsultationActions actions) {
        this.history = history;
        this.actions = actions;
        setId("history");
        setSpacing(8);
        setPadding(new Insets(12));

        search.setId("historySearch");
        search.setPromptText("Search: learner, contact, counsellor, credential or module");
        search.setAccessibleText("Search past consultations");
        search.textProperty().bindBidirectional(history.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        Label note = Ui.muted("");
        note.setId("historyNote");
        note.setWrapText(true);
        note.textProperty().bind(history.noteProperty());

        list = new ListView<>(history.entries());
        list.setId("pastConsultations");
        list.setAccessibleText("Past consultations");
        list.setPlaceholder(new Label("No past consultations to show."));
        list.setCellFactory(view -> new ListCell<>() {
            {
                // a long line wraps within the list's width rather than scrolling it sideways
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(HistoryEntry item, boolean empty) {
                super.updateItem(item, empty);
                String line = empty || item == null ? null : HistoryModel.line(item, ZoneId.systemDefault());
                setText(line);
                HanText.mark(this, line);
                setTooltip(line == null ? null : new Tooltip(line));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button open = Ui.iconButton("openConsultation", Feather.BOOK_OPEN, "Open read-only",
                "Open the selected consultation read-only");
        open.disableProperty().bind(Bindings.isNull(list.getSelectionModel().selectedItemProperty()));
        open.setOnAction(e -> openSelected());
        keys(search);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        Button erase = Ui.iconButton("deleteLearner", Feather.TRASH_2, "Delete learner…",
                "Delete this learner and everything stored about them");
        // Red text on no fill: a filled red button would shout, and the screen's ".danger" colour would hide its text.
        erase.getStyleClass().addAll(atlantafx.base.theme.Styles.DANGER, atlantafx.base.theme.Styles.FLAT);
        erase.visibleProperty().bind(history.learnerProperty().isNotNull());
        erase.managedProperty().bind(erase.visibleProperty());
        erase.disableProperty().bind(actions.canEraseBinding().not());
        erase.setOnAction(e -> actions.eraseLearner());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, open, spacer, erase);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox top = new HBox(8, new FontIcon(Feather.SEARCH), search, scope());
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, note, list, buttons);
    }

    /** "This learner" / "All learners", offered once a known learner is chosen; one of them is always on. */
    private HBox scope() {
        ToggleButton mine = new ToggleButton("This learner");
        mine.setId("historyThisLearner");
        mine.getStyleClass().add(atlantafx.base.theme.Styles.LEFT_PILL);
        ToggleButton all = new ToggleButton("All learners");
        all.setId("historyAllLearners");
        all.getStyleClass().add(atlantafx.base.theme.Styles.RIGHT_PILL);
        for (ToggleButton toggle : new ToggleButton[]{mine, all}) {
            toggle.setMinWidth(Region.USE_PREF_SIZE);
        }
        ToggleGroup group = new ToggleGroup();
        group.getToggles().addAll(mine, all);
        all.setSelected(history.allLearnersProperty().get());
        mine.setSelected(!history.allLearnersProperty().get());
        history.allLearnersProperty().addListener((obs, old, everyone) -> (everyone ? all : mine).setSelected(true));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // pressing the chosen one again keeps it chosen
            } else {
                history.allLearnersProperty().set(now == all);
            }
        });
        HBox box = new HBox(mine, all);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(history.learnerProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Down (or Enter) from the search into the list; Up from its first row back; Enter on a row opens it. */
    private void keys(TextField search) {
        search.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) && !list.getItems().isEmpty()) {
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                list.requestFocus();
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                e.consume();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.UP && list.getSelectionModel().getSelectedIndex() <= 0) {
                search.requestFocus();
                e.consume();
            }
        });
    }

    private void openSelected() {
        HistoryEntry selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            history.open(selected, actions::open);
        }
    }

    /** Ctrl+H: the caret into the search. */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
