package sg.tsa.advisor.ui.catalogue.draft;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import sg.tsa.advisor.catalogue.draft.DraftValues;
import sg.tsa.advisor.catalogue.draft.JsonPath;
import sg.tsa.advisor.catalogue.format.CatalogueProblem;

/**
 * "Publish draft": the edition file, its version, the key file to sign it with, whether to import and activate it
 * here. Refused while the draft has problems; the problems list says which.
 */
final class PublishPane {
    private final VBox node;
    private final TextField file = new TextField();
    private final FieldEditor version;
    private final TextField key = new TextField();
    private final CheckBox activate = new CheckBox("Import it on this laptop and make it the active edition");
    private final TextArea result = new TextArea();

    PublishPane(DraftEditorModel model) {
        file.setId("draftPublishFile");
        file.setPromptText("where to write the edition file, e.g. catalogue-2027.01.json");
        version = new FieldEditor(FieldSpec.of("version", "New version", FieldSpec.Kind.TEXT, "e.g. 2027.01"),
                "publish", model);
        key.setId("draftPublishKey");
        key.setPromptText("private key file (made by 'catalogue keygen'); blank: not signed");
        activate.setId("draftPublishActivate");
        result.setId("draftPublishResult");
        result.setEditable(false);
        result.setWrapText(true);
        result.setPrefRowCount(6);
        Button chooseFile = new Button("Choose…");
        chooseFile.setId("draftPublishChooseFile");
        chooseFile.setOnAction(e -> choose(file, true));
        Button chooseKey = new Button("Choose…");
        chooseKey.setId("draftPublishChooseKey");
        chooseKey.setOnAction(e -> choose(key, false));
        Button suggest = new Button("Suggest");
        suggest.setId("draftPublishSuggest");
        suggest.setOnAction(e -> model.suggestVersion(v -> model.set(JsonPath.of("version"), DraftValues.text(v))));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, labelFor("Edition file", file), grow(file), chooseFile);
        grid.addRow(1, labelFor("New version", version.focusTarget()), version.node(), suggest);
        grid.addRow(2, labelFor("Sign with key", key), grow(key), chooseKey);
        grid.add(activate, 1, 3);

        Label blocked = new Label();
        blocked.setId("draftPublishBlocked");
        blocked.setWrapText(true);
        blocked.textProperty().bind(Bindings.createStringBinding(() -> model.problemTotalProperty().get() == 0 ? ""
                : "The draft has " + model.problemTotalProperty().get() + (model.problemTotalProperty().get() == 1
                ? " problem" : " problems") + ": publishing is refused until the list below is empty.",
                model.problemTotalProperty()));
        Button publish = new Button("Publish draft");
        publish.setId("draftPublish");
        publish.setDefaultButton(false);
        publish.disableProperty().bind(model.problemTotalProperty().greaterThan(0)
                .or(model.checkedProperty().not()).or(model.busyProperty()));
        publish.setOnAction(e -> {
            result.setText("Publishing…");
            model.publish(file.getText(), key.getText(), activate.isSelected(),
                    lines -> result.setText(String.join("\n", lines)));
        });
        Label intro = new Label("Publishing writes the draft as a new edition file with today's date and the "
                + "version below (\"Suggest\" offers one not stored here), signs it "
                + "when a key file is given (FILE.sig beside it), and can import it here at once. The draft stays, "
                + "based on the new edition.");
        intro.setWrapText(true);
        node = new VBox(10, intro, grid, blocked, new HBox(publish), result);
        node.setPadding(new Insets(12));
        model.documentProperty().addListener((o, was, is) -> version.bind(is == null ? null : JsonPath.ROOT));
        model.revisionProperty().addListener((o, was, is) -> version.refresh());
        model.problems().addListener((javafx.collections.ListChangeListener<CatalogueProblem>) c -> version.mark(
                model.problems().stream().filter(p -> p.path().equals("$.version")).toList()));
    }

    private static Label labelFor(String text, Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setMinWidth(110);
        return label;
    }

    private static Node grow(TextField field) {
        GridPane.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private void choose(TextField target, boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(save ? "Write the edition to" : "Sign with the key file");
        if (save) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Catalogue files", "*.json"));
            chooser.setInitialFileName("catalogue.json");
        }
        File chosen = save ? chooser.showSaveDialog(node.getScene().getWindow())
                : chooser.showOpenDialog(node.getScene().getWindow());
        if (chosen != null) {
            target.setText(chosen.getPath());
        }
    }

    Node node() {
        return node;
    }

}
