package sg.tsa.advisor.ui.catalogue.draft;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import sg.tsa.advisor.catalogue.draft.DraftValues;
import sg.tsa.advisor.catalogue.draft.JsonPath;
import sg.tsa.advisor.catalogue.draft.RequirementTree;
import sg.tsa.advisor.catalogue.format.CatalogueProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The requirement builder: a rule's {@code requires} as a tree of "All of" / "Any of" groups and credentials.
 * Each button is one undoable step that sets the whole (small) requirement anew.
 */
final class RequirementEditor {
    /** A part of the requirement: its positions from the top, and its JSON. */
    record Part(List<Integer> at, JsonElement json, String shown) {
        @Override
        public String toString() {
            return shown;
        }
    }

    private final DraftEditorModel model;
    private final TreeView<Part> tree = new TreeView<>();
    private final ComboBox<String> credential = new ComboBox<>();
    private final VBox node;
    private JsonPath path;
    private JsonElement value;

    RequirementEditor(DraftEditorModel model, String id) {
        this.model = model;
        tree.setId(id);
        tree.setPrefHeight(130);
        tree.setShowRoot(true);
        credential.setId(id + "-credential");
        credential.setEditable(true);
        credential.setPromptText("credential id");
        credential.setOnShowing(e -> credential.getItems().setAll(credentialIds()));
        credential.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !credential.isShowing()) {
                addCredential();
                e.consume();
            }
        });
        Button add = button("Add credential", id + "-add", this::addCredential);
        Button all = button("Add \"all of\"", id + "-all", () -> change(RequirementTree.add(value, selected(),
                RequirementTree.group(true))));
        Button any = button("Add \"any of\"", id + "-any", () -> change(RequirementTree.add(value, selected(),
                RequirementTree.group(false))));
        Button toggle = button("All of ⇄ Any of", id + "-toggle", () -> change(RequirementTree.toggle(value,
                selected())));
        Button remove = button("Remove part", id + "-remove", () -> change(RequirementTree.remove(value, selected())));
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                change(RequirementTree.remove(value, selected()));
                e.consume();
            }
        });
        FlowPane buttons = new FlowPane(6, 6, credential, add, all, any, toggle, remove);
        node = new VBox(6, tree, buttons);
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    Node node() {
        return node;
    }

    Node focusTarget() {
        return tree;
    }

    private List<Integer> selected() {
        TreeItem<Part> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? List.of() : item.getValue().at();
    }

    private void addCredential() {
        String id = credential.getEditor().getText();
        if (id == null || id.isBlank()) {
            return;
        }
        change(RequirementTree.add(value, selected(), RequirementTree.credential(id)));
        credential.getEditor().clear();
    }

    private void change(JsonElement requires) {
        if (path == null) {
            return;
        }
        List<Integer> keep = selected();
        model.endTyping();
        model.set(path, requires);
        model.endTyping();
        select(keep);
    }

    /** Shows {@code value}, the requirement at {@code path} (null: no rule shown). */
    void show(JsonPath path, JsonElement value) {
        List<Integer> keep = selected();
        this.path = path;
        this.value = value;
        tree.setRoot(value == null ? null : item(List.of(), value));
        if (tree.getRoot() != null) {
            expandAll(tree.getRoot());
        }
        select(keep);
    }

    private void select(List<Integer> at) {
        TreeItem<Part> item = tree.getRoot();
        for (int i : at) {
            if (item == null || i >= item.getChildren().size()) {
                return;
            }
            item = item.getChildren().get(i);
        }
        tree.getSelectionModel().select(item);
    }

    private static void expandAll(TreeItem<Part> item) {
        item.setExpanded(true);
        item.getChildren().forEach(RequirementEditor::expandAll);
    }

    private TreeItem<Part> item(List<Integer> at, JsonElement json) {
        JsonArray parts = RequirementTree.parts(json);
        String shown;
        if (parts != null) {
            shown = json.getAsJsonObject().has("allOf") ? "All of" : "Any of";
        } else if (json.isJsonPrimitive()) {
            shown = json.getAsString() + titleOf(json.getAsString());
        } else {
            shown = json.toString();
        }
        TreeItem<Part> item = new TreeItem<>(new Part(at, json, shown));
        if (parts != null) {
            for (int i = 0; i < parts.size(); i++) {
                List<Integer> child = new ArrayList<>(at);
                child.add(i);
                item.getChildren().add(item(child, parts.get(i)));
            }
        }
        return item;
    }

    private String titleOf(String credentialId) {
        return credentials().stream().filter(c -> credentialId.equals(DraftValues.shown(c.get("id")))).findFirst()
                .map(c -> " — " + DraftValues.shown(c.get("title"))).orElse(" (not in the credentials)");
    }

    private List<JsonObject> credentials() {
        JsonObject root = model.document().root();
        return root.has("credentials") && root.get("credentials").isJsonArray() ? root.getAsJsonArray("credentials")
                .asList().stream().filter(JsonElement::isJsonObject).map(JsonElement::getAsJsonObject).toList()
                : List.of();
    }

    private List<String> credentialIds() {
        return credentials().stream().map(c -> DraftValues.shown(c.get("id"))).filter(s -> !s.isEmpty()).toList();
    }

    void mark(List<CatalogueProblem> problems) {
        tree.getStyleClass().remove(FieldEditor.PROBLEM);
        tree.setTooltip(problems.isEmpty() ? null : new Tooltip(problems.stream()
                .map(p -> p.path() + ": " + p.message()).collect(Collectors.joining("\n"))));
        if (!problems.isEmpty()) {
            tree.getStyleClass().add(FieldEditor.PROBLEM);
        }
    }
}
