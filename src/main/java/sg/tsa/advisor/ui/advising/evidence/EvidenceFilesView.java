package sg.tsa.advisor.ui.advising.evidence;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Add from file…" (Ctrl+O, several files at once) and dropping files on the credentials, added to the advising
 * screen's credential picker ({@code #credentialPicker}) without changing it.
 */
public final class EvidenceFilesView {
    private static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);

    private EvidenceFilesView() {
    }

    /**
     * Installs the button, the message and the drop target in {@code advisingScreen}.
     *
     * @param chooseFiles asks the counsellor for files (a file chooser); an empty list or null when cancelled
     */
    public static void install(Parent advisingScreen, EvidenceFilesModel model, Supplier<List<File>> chooseFiles) {
        if (advisingScreen.getScene() != null) {
            installShown(advisingScreen, model, chooseFiles);
            return;
        }
        // The picker sits in a split pane, whose items become nodes once it has a skin: wait for the scene.
        advisingScreen.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> scene,
                                javafx.scene.Scene old, javafx.scene.Scene now) {
                if (now != null) {
                    advisingScreen.sceneProperty().removeListener(this);
                    // Not while the scene is being made: styled then, the theme's colours were not found yet
                    // ("Could not resolve '-color-fg-default'" on standard error at every start).
                    Platform.runLater(() -> installShown(advisingScreen, model, chooseFiles));
                }
            }
        });
    }

    private static void installShown(Parent advisingScreen, EvidenceFilesModel model,
                                     Supplier<List<File>> chooseFiles) {
        advisingScreen.applyCss();
        Node found = advisingScreen.lookup("#credentialPicker");
        if (!(found instanceof Pane picker)) {
            throw new IllegalStateException("the advising screen has no #credentialPicker to add files to");
        }
        Button addFromFile = new Button("Add from file… (Ctrl+O)", new FontIcon(Feather.FILE_PLUS));
        addFromFile.setId("addFromFile");
        addFromFile.setAccessibleText("Add credentials from the learner's badge or certificate files");
        addFromFile.setOnAction(e -> choose(model, chooseFiles));
        Label message = new Label();
        message.setId("evidenceMessage");
        message.setWrapText(true);
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.message());
        message.visibleProperty().bind(model.message().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox box = new VBox(4, new HBox(addFromFile), message);
        box.setId("evidenceFiles");
        picker.getChildren().add(Math.min(2, picker.getChildren().size()), box);

        advisingScreen.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (OPEN.match(e)) {
                e.consume();
                choose(model, chooseFiles);
            }
        });
        picker.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        picker.setOnDragDropped(e -> dropped(model, e));
    }

    private static void choose(EvidenceFilesModel model, Supplier<List<File>> chooseFiles) {
        List<File> files = chooseFiles.get();
        if (files != null) {
            model.add(files.stream().map(File::toPath).toList());
        }
    }

    private static void dropped(EvidenceFilesModel model, DragEvent event) {
        List<Path> files = event.getDragboard().hasFiles()
                ? event.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
        model.add(files);
        event.setDropCompleted(!files.isEmpty());
        event.consume();
    }
}
