package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.ui.HanText;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import sg.tsa.advisor.ui.advising.history.Learner;

/**
 * Who and when: learner (type-ahead over known learners), contact, assessment and intake dates, counsellor.
 */
final class ConsultationHeaderView extends FlowPane {
    private final ConsultationHeaderModel model;
    private final TextField learnerName = new TextField();
    private final ContextMenu suggestions = new ContextMenu();
    private final DatePicker intake;
    /** The suggestion Enter would take, or -1. */
    private int highlighted = -1;

    ConsultationHeaderView(ConsultationHeaderModel model, ObservableBooleanValue readOnly) {
        this.model = model;
        setId("consultationHeader");
        setHgap(12);
        setVgap(8);
        setPadding(new Insets(8, 16, 10, 16));
        getStyleClass().add("consultation-header");

        learnerName.setId("learnerName");
        learnerName.setPromptText("Type to find or add");
        learnerName.setPrefColumnCount(14);
        learnerName.textProperty().bindBidirectional(model.learnerNameProperty());
        HanText.follow(learnerName);
        learnerName.disableProperty().bind(readOnly);
        Label state = new Label();
        state.setId("learnerState");
        state.getStyleClass().add("learner-state");
        state.textProperty().bind(model.learnerStateBinding());
        state.visibleProperty().bind(model.learnerStateBinding().isNotEmpty());
        suggestions.setId("learnerSuggestions");
        model.suggestions().addListener((ListChangeListener<Learner>) change -> {
            highlighted = -1;
            showSuggestions();
        });

        TextField contact = new TextField();
        contact.setId("learnerContact");
        contact.setPromptText("E-mail or phone");
        contact.setPrefColumnCount(10);
        contact.textProperty().bindBidirectional(model.learnerContactProperty());
        contact.disableProperty().bind(readOnly);

        DatePicker asOf = DateFields.picker("asOfDate", () -> null, "Assessment date",
                model.asOfProblemProperty()::set);
        asOf.valueProperty().bindBidirectional(model.asOfProperty());
        asOf.disableProperty().bind(readOnly);
        intake = DateFields.picker("intakeDate", () -> null, "Planned intake date",
                model.intakeProblemProperty()::set);
        intake.setPromptText("optional");
        intake.valueProperty().bindBidirectional(model.intakeProperty());
        intake.disableProperty().bind(readOnly);
        model.asOfProblemProperty().addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                DateFields.forget(asOf);
            }
        });
        model.intakeProblemProperty().addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                DateFields.forget(intake);
            }
        });

        model.needsDateProperty().addListener((obs, old, field) -> {
            if (field != null) {
                DatePicker date = field == ConsultationHeaderModel.DateField.ASSESSMENT ? asOf : intake;
                date.requestFocus();
                date.getEditor().selectAll();
            }
        });

        TextField counsellor = new TextField();
        counsellor.setId("counsellor");
        counsellor.setPrefColumnCount(8);
        counsellor.textProperty().bindBidirectional(model.counsellorProperty());
        HanText.follow(counsellor);
        counsellor.disableProperty().bind(readOnly);

        getChildren().addAll(field("Learner", learnerName, state), field("Contact", contact),
                field("Assessed", asOf), field("Intake", intake), field("Counsellor", counsellor));
        keys();
    }

    /**
     * Down and Up move a highlight over the suggestions and Enter takes the highlighted one, all while the caret
     * stays in the name field: a popup menu does not reliably get the keyboard on every platform.
     */
    private void keys() {
        learnerName.setOnKeyPressed(e -> {
            int count = model.suggestions().size();
            if (e.getCode() == KeyCode.ESCAPE && suggestions.isShowing()) {
                highlighted = -1;
                suggestions.hide();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && count > 0) {
                highlighted = Math.min(highlighted + 1, count - 1);
                showSuggestions();
                e.consume();
            } else if (e.getCode() == KeyCode.UP && highlighted > 0) {
                highlighted--;
                showSuggestions();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                if (highlighted >= 0 && highlighted < count) {
                    model.choose(model.suggestions().get(highlighted));
                } else {
                    model.suggestions().stream()
                            .filter(l -> l.name().equalsIgnoreCase(learnerName.getText().strip()))
                            .findFirst().ifPresent(model::choose);
                }
                highlighted = -1;
                suggestions.hide();
            }
        });
    }

    private static Node field(String text, Node control, Node... after) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.getStyleClass().add("field-label");
        label.setMinWidth(Label.USE_PREF_SIZE);
        HBox box = new HBox(6, label, control);
        box.getChildren().addAll(after);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void showSuggestions() {
        suggestions.getItems().clear();
        if (model.suggestions().isEmpty() || !learnerName.isFocused()) {
            suggestions.hide();
            return;
        }
        for (int i = 0; i < model.suggestions().size(); i++) {
            Learner learner = model.suggestions().get(i);
            Label label = new Label(ConsultationHeaderModel.suggestion(learner));
            if (i == highlighted) {
                label.getStyleClass().add("suggestion-highlighted");
            }
            CustomMenuItem item = new CustomMenuItem(label, true);
            item.setId("learner-" + learner.id());
            item.setOnAction(e -> model.choose(learner));
            suggestions.getItems().add(item);
        }
        if (!suggestions.isShowing()) {
            suggestions.show(learnerName, Side.BOTTOM, 0, 0);
        }
    }

    /** Ctrl+I: the caret into the intake date, its text selected. */
    void focusIntake() {
        intake.requestFocus();
        intake.getEditor().selectAll();
    }

    /** Ctrl+N: ready for the next learner's name. */
    void focusLearner() {
        learnerName.requestFocus();
    }
}
