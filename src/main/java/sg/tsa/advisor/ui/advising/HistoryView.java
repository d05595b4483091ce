package sg.tsa.advisor.ui.advising;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import sg.tsa.advisor.report.Wording;
import sg.tsa.advisor.ui.advising.history.SavedConsultation;

/**
 * The chosen learner's past consultations; Enter, a double click or the button reopens one read-only. A known
 * learner can be erased from here, after a confirmation.
 */
final class HistoryView extends VBox {

    HistoryView(HistoryModel history, ConsultationActions actions) {
        setId("history");
        setSpacing(8);
        setPadding(new Insets(12));
        Label note = Ui.muted("");
        note.setId("historyNote");
        note.textProperty().bind(history.noteProperty());

        ListView<SavedConsultation> list = new ListView<>(history.past());
        list.setId("pastConsultations");
        list.setAccessibleText("Past consultations");
        list.setPlaceholder(new Label("No past consultations to show."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SavedConsultation item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button open = Ui.iconButton("openConsultation", Feather.BOOK_OPEN, "Open read-only",
                "Open the selected consultation read-only");
        open.disableProperty().bind(Bindings.isNull(list.getSelectionModel().selectedItemProperty()));
        open.setOnAction(e -> actions.open(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                actions.open(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                actions.open(list.getSelectionModel().getSelectedItem());
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
        getChildren().addAll(note, list, buttons);
    }

    static String describe(SavedConsultation item) {
        long held = item.draft().held().size();
        long planned = item.draft().credentials().size() - held;
        return Wording.date(item.draft().assessedOn()) + "  ·  " + item.draft().counsellor() + "  ·  " + held
                + (held == 1 ? " credential" : " credentials") + (planned == 0 ? "" : ", " + planned + " planned")
                + "  ·  catalogue " + item.draft().catalogueVersion();
    }
}
