package sg.tsa.advisor.ui.advising;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import sg.tsa.advisor.report.Wording;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * One entered credential: title and issuer, the day it was attained, an evidence note, and at once whether it
 * counts and until when. The card itself takes focus so that Delete removes it; a planned credential is drawn
 * apart (dashed, "What if").
 */
final class CredentialEntryView extends VBox {
    private final CredentialEntry entry;
    private DatePicker attained;
    private TextField evidenceField;

    CredentialEntryView(CredentialEntry entry, Supplier<LocalDate> asOf, ObservableBooleanValue readOnly,
                        Runnable remove) {
        this.entry = entry;
        String id = Ui.idPart(entry.credential().id());
        setId("entry-" + id);
        getStyleClass().add("credential-entry");
        setFocusTraversable(true);
        setAccessibleText(entry.credential().title() + (entry.planned() ? ", planned" : "")
                + ". Press Delete to remove it.");
        setSpacing(4);

        Label title = Ui.wrapped(entry.credential().title(), "entry-title");
        Label issuer = Ui.muted(entry.issuerName());
        VBox names = new VBox(0, title, issuer);
        HBox.setHgrow(names, Priority.ALWAYS);
        names.setMaxWidth(Double.MAX_VALUE);
        Button removeButton = Ui.iconButton("remove-" + id, Feather.X, null,
                "Remove " + entry.credential().title());
        removeButton.setOnAction(e -> remove.run());
        removeButton.disableProperty().bind(readOnly);
        HBox top = new HBox(8);
        top.setAlignment(Pos.TOP_LEFT);
        if (entry.planned()) {
            getStyleClass().add("planned");
            Label badge = new Label("What if");
            badge.getStyleClass().add("planned-badge");
            badge.setMinWidth(Label.USE_PREF_SIZE);
            top.getChildren().add(badge);
        }
        top.getChildren().addAll(names, removeButton);
        getChildren().add(top);

        if (entry.planned()) {
            getChildren().add(Ui.muted("Not held: assumed attained on the assessment date, to see what it would add."));
        } else {
            getChildren().add(dates(id, asOf, readOnly));
            getChildren().add(wholeNote(id));
        }
        getChildren().add(standing(id));

        setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && e.getTarget() == this
                    && !readOnly.get()) {
                remove.run();
                e.consume();
            }
        });
    }

    private HBox dates(String id, Supplier<LocalDate> asOf, ObservableBooleanValue readOnly) {
        attained = DateFields.picker("attained-" + id, asOf, "Attained",
                message -> entry.inputProblemProperty().set(message), entry.monthOnlyProperty());
        attained.valueProperty().bindBidirectional(entry.attainedOnProperty());
        attained.disableProperty().bind(readOnly);
        TextField evidence = new TextField();
        evidence.setId("evidence-" + id);
        evidence.setPromptText("Evidence seen (optional)");
        evidence.setAccessibleText("Evidence note for " + entry.credential().title());
        evidence.textProperty().bindBidirectional(entry.evidenceNoteProperty());
        evidence.editableProperty().bind(Bindings.not(readOnly));
        HBox.setHgrow(evidence, Priority.ALWAYS);
        evidenceField = evidence;
        Tooltip whole = new Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(480);
        whole.textProperty().bind(entry.evidenceNoteProperty());
        evidence.tooltipProperty().bind(Bindings.when(entry.evidenceNoteProperty().isEmpty())
                .then((Tooltip) null).otherwise(whole));
        Label attainedLabel = new Label("Attained");
        attainedLabel.setLabelFor(attained);
        attainedLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(8, attainedLabel, attained, evidence);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * The evidence note in full, wrapped, under its field while the field is too narrow to show it whole (a note
     * written from a credential file is longer than the field): nothing is cut off.
     */
    private Label wholeNote(String id) {
        Label note = Ui.muted("");
        note.setId("evidenceWhole-" + id);
        note.textProperty().bind(entry.evidenceNoteProperty());
        Text measure = new Text();
        BooleanBinding cut = Bindings.createBooleanBinding(() -> {
            measure.setFont(evidenceField.getFont());
            measure.setText(entry.evidenceNoteProperty().get());
            Insets padding = evidenceField.getPadding();
            return measure.getLayoutBounds().getWidth()
                    > evidenceField.getWidth() - padding.getLeft() - padding.getRight();
        }, entry.evidenceNoteProperty(), evidenceField.widthProperty(), evidenceField.fontProperty());
        note.visibleProperty().bind(cut);
        note.managedProperty().bind(cut);
        return note;
    }

    private Label standing(String id) {
        Label label = Ui.wrapped("");
        label.setId("standing-" + id);
        label.textProperty().bind(Bindings.createStringBinding(() -> !entry.inputProblemProperty().get().isEmpty()
                        ? entry.inputProblemProperty().get()
                        : entry.monthOnlyProperty().get() && entry.attainedOnProperty().get() != null
                        ? Wording.attained(entry.attainedOnProperty().get(), true) + ". " + entry.standingText()
                        : entry.standingText(),
                entry.standingProperty(), entry.inputProblemProperty(), entry.monthOnlyProperty(),
                entry.attainedOnProperty()));
        entry.standingProperty().addListener((obs, old, now) -> style(label));
        entry.inputProblemProperty().addListener((obs, old, now) -> style(label));
        style(label);
        return label;
    }

    private void style(Label label) {
        label.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING, Styles.ACCENT);
        Standing standing = entry.standingProperty().get();
        Feather icon;
        String style;
        if (!entry.inputProblemProperty().get().isEmpty()) {
            icon = Feather.ALERT_TRIANGLE;
            style = Styles.DANGER;
        } else if (standing == null) {
            label.setGraphic(null);
            return;
        } else {
            switch (standing.state()) {
                case COUNTS -> { icon = Feather.CHECK_CIRCLE; style = Styles.SUCCESS; }
                case ENDS_BEFORE_INTAKE -> { icon = Feather.CLOCK; style = Styles.WARNING; }
                case LAPSED, FUTURE_DATE -> { icon = Feather.ALERT_OCTAGON; style = Styles.DANGER; }
                case PLANNED -> { icon = Feather.HELP_CIRCLE; style = Styles.ACCENT; }
                default -> { icon = Feather.ALERT_TRIANGLE; style = Styles.WARNING; }
            }
        }
        label.getStyleClass().add(style);
        label.setGraphic(new FontIcon(icon));
    }

    CredentialEntry entry() {
        return entry;
    }

    /** Puts the caret in the attained date, right after the credential is added. */
    void focusDate() {
        if (attained != null) {
            attained.requestFocus();
            attained.getEditor().selectAll();
        } else {
            requestFocus();
        }
    }
}
