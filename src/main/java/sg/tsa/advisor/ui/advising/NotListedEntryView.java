package sg.tsa.advisor.ui.advising;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import sg.tsa.advisor.report.Wording;

import java.time.LocalDate;
import java.util.function.Supplier;

/** A credential recorded as not listed: its title, date and note as typed, and that it is not counted. */
final class NotListedEntryView extends VBox {
    private final TextField title = new TextField();

    NotListedEntryView(NotListedEntry entry, int index, Supplier<LocalDate> asOf, ObservableBooleanValue readOnly,
                       Runnable remove) {
        super(4);
        String id = "notListed-" + index;
        setId(id);
        getStyleClass().addAll("credential-entry", "not-listed");
        Label badge = new Label("Not listed");
        badge.getStyleClass().add("not-listed-badge");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        title.setId(id + "-title");
        title.setPromptText("Title, as on the certificate");
        title.setAccessibleText("Title of the credential not on the recognition list");
        title.textProperty().bindBidirectional(entry.titleProperty());
        title.disableProperty().bind(readOnly);
        HBox.setHgrow(title, Priority.ALWAYS);
        Button removeButton = Ui.iconButton(id + "-remove", Feather.X, null, "Remove this unlisted credential");
        removeButton.setOnAction(e -> remove.run());
        removeButton.disableProperty().bind(readOnly);
        HBox top = new HBox(8, badge, title, removeButton);
        top.setAlignment(Pos.CENTER_LEFT);

        DatePicker attained = DateFields.picker(id + "-attained", asOf, "Attained",
                message -> entry.inputProblemProperty().set(message), entry.monthOnlyProperty());
        attained.setPromptText("date (optional)");
        attained.valueProperty().bindBidirectional(entry.attainedOnProperty());
        attained.disableProperty().bind(readOnly);
        TextField note = new TextField();
        note.setId(id + "-note");
        note.setPromptText("Note (optional)");
        note.setAccessibleText("Note on the credential not on the recognition list");
        note.textProperty().bindBidirectional(entry.noteProperty());
        note.disableProperty().bind(readOnly);
        note.setPrefColumnCount(10);
        FlowPane details = new FlowPane(8, 4, attained, note);

        Label standing = Ui.wrapped("", "warning-text");
        standing.setId(id + "-standing");
        standing.textProperty().bind(Bindings.createStringBinding(() -> entry.inputProblemProperty().get().isEmpty()
                ? "Not on the recognition list: not counted; printed apart for the school to assess."
                : entry.inputProblemProperty().get(), entry.inputProblemProperty()));
        getChildren().addAll(top, details, standing);
        setAccessibleText(Wording.NOT_LISTED);
    }

    void focusTitle() {
        title.requestFocus();
        title.end();
    }
}
