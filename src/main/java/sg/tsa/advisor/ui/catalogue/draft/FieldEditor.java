package sg.tsa.advisor.ui.catalogue.draft;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import sg.tsa.advisor.catalogue.draft.DraftText;
import sg.tsa.advisor.catalogue.draft.DraftValues;
import sg.tsa.advisor.catalogue.draft.JsonPath;
import sg.tsa.advisor.catalogue.format.CatalogueProblem;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One field of a draft entry's form: shows the value at its path and turns what is typed or chosen into an edit
 * of the draft at once (so the problems are checked as one types). A problem at the field, or inside it, marks it
 * and is said in its tooltip.
 */
final class FieldEditor {
    static final String PROBLEM = "draft-problem";

    private final FieldSpec spec;
    private final DraftEditorModel model;
    private final Node node;
    private final Control control;
    private final RequirementEditor requirement;
    private ComboBox<String> exemptsKind;
    private JsonPath entry;
    /** While the field shows a value from the draft, or while its own change is being applied: no new edit. */
    private boolean quiet;

    FieldEditor(FieldSpec spec, String section, DraftEditorModel model) {
        this.spec = spec;
        this.model = model;
        String id = spec.controlId(section);
        switch (spec.kind()) {
            case BOOLEAN -> {
                CheckBox box = new CheckBox(spec.label());
                box.selectedProperty().addListener((o, was, is) -> commit(new JsonPrimitive(is)));
                control = box;
            }
            case CHOICE, REFERENCE -> {
                ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList(spec.choices()));
                combo.setEditable(spec.kind() == FieldSpec.Kind.REFERENCE);
                combo.setMaxWidth(Double.MAX_VALUE);
                if (combo.isEditable()) {
                    combo.getEditor().textProperty().addListener((o, was, is) -> commit(DraftValues.text(is)));
                    combo.setOnShowing(e -> combo.getItems().setAll(idsOf(spec.choices().get(0))));
                    combo.setPromptText(spec.prompt());
                } else {
                    combo.valueProperty().addListener((o, was, is) -> {
                        if (is != null) {
                            commit(DraftValues.text(is));
                        }
                    });
                }
                control = combo;
            }
            case MATCHES -> {
                TextArea area = new TextArea();
                area.setPrefRowCount(2);
                area.setPromptText("one a line: achievementId URI | credlyTemplate UUID | openCerts STORE NAME");
                area.textProperty().addListener((o, was, is) -> commit(DraftText.matches(is.lines().toList())));
                control = area;
            }
            case EXEMPTS -> {
                exemptsKind = new ComboBox<>(FXCollections.observableArrayList("module", "certificate"));
                exemptsKind.setId(id + "-kind");
                exemptsKind.setMinWidth(130);
                ComboBox<String> target = new ComboBox<>();
                target.setEditable(true);
                target.setPromptText("module or certificate id");
                target.setOnShowing(e -> target.getItems().setAll(exemptable()));
                exemptsKind.valueProperty().addListener((o, was, is) -> commitExempts(target.getEditor().getText()));
                target.getEditor().textProperty().addListener((o, was, is) -> commitExempts(is));
                HBox.setHgrow(target, javafx.scene.layout.Priority.ALWAYS);
                target.setMaxWidth(Double.MAX_VALUE);
                control = target;
            }
            case REQUIREMENT -> {
                control = null;
            }
            default -> {
                TextField field = new TextField();
                field.setPromptText(spec.prompt());
                field.textProperty().addListener((o, was, is) -> commit(value(is)));
                control = field;
            }
        }
        if (spec.kind() == FieldSpec.Kind.REQUIREMENT) {
            requirement = new RequirementEditor(model, id);
            node = requirement.node();
        } else {
            requirement = null;
            control.setId(id);
            control.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    model.endTyping();
                }
            });
            node = spec.kind() == FieldSpec.Kind.EXEMPTS ? new HBox(6, exemptsKind, control) : control;
        }
    }

    private JsonElement value(String typed) {
        return switch (spec.kind()) {
            case TEXT -> DraftValues.text(typed);
            case NUMBER -> DraftValues.optionalNumber(typed);
            case TEXT_LIST -> DraftValues.texts(Arrays.asList(typed.split(",")));
            default -> DraftValues.optionalText(typed);
        };
    }

    Node node() {
        return node;
    }

    FieldSpec spec() {
        return spec;
    }

    /** The control to focus to show this field. */
    Node focusTarget() {
        return requirement != null ? requirement.focusTarget() : control;
    }

    /** The path of this field's value, or null when no entry is shown. */
    JsonPath path() {
        return entry == null ? null : new JsonPath(concat(entry, spec.at()));
    }

    private static List<Object> concat(JsonPath a, JsonPath b) {
        List<Object> all = new java.util.ArrayList<>(a.segments());
        all.addAll(b.segments());
        return all;
    }

    /** Shows the field of the entry at {@code entry} (null: none, the field is disabled). */
    void bind(JsonPath entry) {
        this.entry = entry;
        node.setDisable(entry == null);
        refresh();
    }

    /** Shows the value in the draft now; the field being typed in keeps its text. */
    void refresh() {
        if (quiet) {
            return;
        }
        JsonObject root = model.document() == null ? null : model.document().root();
        JsonElement value = root == null || entry == null ? null : path().find(root).orElse(null);
        quiet = true;
        try {
            switch (spec.kind()) {
                case BOOLEAN -> ((CheckBox) control).setSelected(value != null && value.isJsonPrimitive()
                        && value.getAsJsonPrimitive().isBoolean() && value.getAsBoolean());
                case CHOICE -> {
                    @SuppressWarnings("unchecked") ComboBox<String> combo = (ComboBox<String>) control;
                    String shown = DraftValues.shown(value);
                    if (!shown.isEmpty() && !combo.getItems().contains(shown)) {
                        combo.getItems().add(shown);
                    }
                    combo.setValue(shown.isEmpty() ? null : shown);
                }
                case REFERENCE -> showText(((ComboBox<?>) control).getEditor(), DraftValues.shown(value));
                case MATCHES -> showText((TextArea) control, String.join("\n", DraftText.matchLines(value)));
                case TEXT_LIST -> showText((TextField) control, String.join(", ", DraftValues.shownList(value)));
                case EXEMPTS -> showExempts(value);
                case REQUIREMENT -> requirement.show(entry == null ? null : path(), value);
                default -> showText((TextField) control, DraftValues.shown(value));
            }
        } finally {
            quiet = false;
        }
    }

    private static void showText(TextInputControl field, String text) {
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
    }

    private void showExempts(JsonElement value) {
        String kind = "module";
        String id = "";
        if (value != null && value.isJsonObject() && value.getAsJsonObject().size() >= 1) {
            var first = value.getAsJsonObject().entrySet().iterator().next();
            kind = first.getKey();
            id = DraftValues.shown(first.getValue());
        }
        exemptsKind.setValue(kind);
        showText(((ComboBox<?>) control).getEditor(), id);
    }

    private void commit(JsonElement value) {
        if (quiet || entry == null) {
            return;
        }
        quiet = true;
        try {
            model.set(path(), value);
        } finally {
            quiet = false;
        }
    }

    private void commitExempts(String id) {
        JsonObject exempts = new JsonObject();
        exempts.addProperty(exemptsKind.getValue() == null ? "module" : exemptsKind.getValue(), id == null ? "" : id);
        commit(exempts);
    }

    /** The ids of the entries of top-level list {@code list}. */
    private List<String> idsOf(String list) {
        JsonObject root = model.document().root();
        return root.has(list) && root.get(list).isJsonArray() ? root.getAsJsonArray(list).asList().stream()
                .filter(JsonElement::isJsonObject).map(e -> DraftValues.shown(e.getAsJsonObject().get("id")))
                .filter(s -> !s.isEmpty()).distinct().toList() : List.of();
    }

    /** The ids of the modules, or certificates, of the rule's qualification. */
    private List<String> exemptable() {
        JsonObject root = model.document().root();
        String qualification = entry == null ? "" : entry.field("qualification").find(root).map(DraftValues::shown)
                .orElse("");
        String list = "certificate".equals(exemptsKind.getValue()) ? "certificates" : "modules";
        if (!root.has("qualifications") || !root.get("qualifications").isJsonArray()) {
            return List.of();
        }
        return root.getAsJsonArray("qualifications").asList().stream().filter(JsonElement::isJsonObject)
                .map(JsonElement::getAsJsonObject)
                .filter(q -> qualification.equals(DraftValues.shown(q.get("id"))))
                .findFirst().filter(q -> q.has(list) && q.get(list).isJsonArray())
                .map(q -> q.getAsJsonArray(list).asList().stream().filter(JsonElement::isJsonObject)
                        .map(m -> DraftValues.shown(m.getAsJsonObject().get("id"))).toList())
                .orElse(List.of());
    }

    /** Marks the field when {@code problems} (those at or inside it) are not empty, and says them. */
    void mark(List<CatalogueProblem> problems) {
        if (requirement != null) {
            requirement.mark(problems);
            return;
        }
        Node target = control;
        target.getStyleClass().remove(PROBLEM);
        {
            control.setTooltip(problems.isEmpty() ? null : new Tooltip(problems.stream()
                    .map(p -> p.message()).collect(Collectors.joining("\n"))));
        }
        if (!problems.isEmpty()) {
            target.getStyleClass().add(PROBLEM);
        }
    }
}
