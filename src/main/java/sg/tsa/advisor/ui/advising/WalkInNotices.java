package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.text.Counted;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import sg.tsa.advisor.report.Wording;
import sg.tsa.advisor.storage.draft.Draft;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The notices of the walk-in flow above the advice, each with its own buttons: a consultation kept from a run that
 * ended without saving it (Restore / Discard), the first start's question for the counsellor's name (Use / Skip),
 * and a credential just removed (Undo).
 */
final class WalkInNotices extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    WalkInNotices(AdvisingViewModel model) {
        super(4);
        setPadding(new Insets(0, 16, 4, 16));
        getChildren().addAll(draftOffer(model), counsellorQuestion(model), undo(model));
    }

    private static HBox draftOffer(AdvisingViewModel model) {
        Label text = Ui.wrapped("");
        text.setId("draftOfferText");
        text.textProperty().bind(Bindings.createStringBinding(() -> describe(model.draftOfferProperty().get()),
                model.draftOfferProperty()));
        Button restore = new Button("Restore");
        restore.setId("restoreDraft");
        restore.getStyleClass().add(Styles.ACCENT);
        restore.setOnAction(e -> model.restoreDraft());
        Button discard = new Button("Discard");
        discard.setId("discardDraft");
        discard.setOnAction(e -> model.discardDraft());
        HBox box = banner("draftOffer", Feather.ROTATE_CCW, text, restore, discard);
        box.visibleProperty().bind(model.draftOfferProperty().isNotNull());
        return box;
    }

    static String describe(Draft draft) {
        if (draft == null) {
            return "";
        }
        String who = draft.learnerName().isBlank() ? "a learner not named yet" : draft.learnerName();
        int count = draft.credentials().size() + draft.unlisted().size();
        return "A consultation with " + who + " (" + Counted.of(count, "credential")
                + ") was not saved when the application last closed; kept at "
                + TIME.format(draft.keptAt().atZone(ZoneId.systemDefault())) + " on "
                + Wording.date(draft.keptAt().atZone(ZoneId.systemDefault()).toLocalDate()) + ".";
    }

    private static HBox counsellorQuestion(AdvisingViewModel model) {
        Label text = Ui.wrapped("Welcome. Your name, as learners' summaries should show it:");
        TextField name = new TextField();
        name.setId("firstStartCounsellor");
        name.setPromptText("Your name");
        name.setPrefColumnCount(14);
        name.setAccessibleText("Your name, as learners' summaries should show it");
        Button use = new Button("Use this name");
        use.setId("useCounsellorName");
        use.getStyleClass().add(Styles.ACCENT);
        use.disableProperty().bind(name.textProperty().isEmpty());
        use.setOnAction(e -> model.answerCounsellorQuestion(name.getText()));
        Button skip = new Button("Skip");
        skip.setId("skipCounsellorName");
        skip.setOnAction(e -> model.answerCounsellorQuestion(null));
        name.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !name.getText().isBlank()) {
                model.answerCounsellorQuestion(name.getText());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.answerCounsellorQuestion(null);
                e.consume();
            }
        });
        HBox box = banner("counsellorQuestion", Feather.USER, text, name, use, skip);
        box.visibleProperty().bind(model.askCounsellorProperty());
        return box;
    }

    private static HBox undo(AdvisingViewModel model) {
        Label text = Ui.wrapped("");
        text.setId("removedText");
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            CredentialEntry removed = model.picker().removedProperty().get();
            return removed == null ? "" : "Removed " + removed.credential().title() + ".";
        }, model.picker().removedProperty()));
        Button undo = new Button("Undo (Ctrl+Z)");
        undo.setId("undoRemove");
        undo.setOnAction(e -> model.picker().undoRemove());
        HBox box = banner("removedNotice", Feather.TRASH_2, text, undo);
        box.visibleProperty().bind(model.picker().removedProperty().isNotNull()
                .and(model.readOnlyProperty().not()));
        return box;
    }

    static HBox banner(String id, Feather icon, Label text, javafx.scene.Node... controls) {
        text.setGraphic(new FontIcon(icon));
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(8, text);
        box.getChildren().addAll(controls);
        box.setId(id);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("message-banner", "notice-banner");
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
