package sg.tsa.advisor.ui.catalogue.draft;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.app.Styles;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.ui.FxBackgroundExecutor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The draft editor in a window of its own on a real data folder, for TestFX tests (the theme applied first). */
final class EditorWindow {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);

    private final FxBackgroundExecutor background = new FxBackgroundExecutor();
    private Storage storage;
    private DraftEditorView view;
    private Stage stage;

    /** Opens the data folder {@code data} and shows the editor on it in {@code stage}. */
    void show(Stage stage, Path data, Debounce debounce) {
        this.stage = stage;
        storage = Storage.open(data, CLOCK);
        Styles.applyTheme(false);
        view = DraftEditors.create(storage, background, CLOCK, debounce);
        Scene scene = new Scene(view, 1280, 760);
        scene.getStylesheets().add(Styles.APPLICATION);
        stage.setScene(scene);
        stage.show();
    }

    /** Takes the editor down first (a field losing focus may still edit), then the background and the data. */
    void close(FxRobot robot) {
        robot.interact(() -> stage.getScene().setRoot(new javafx.scene.layout.Pane()));
        WaitForAsyncUtils.waitForFxEvents();
        background.close();
        storage.close();
    }

    Storage storage() {
        return storage;
    }

    DraftEditorView view() {
        return view;
    }

    DraftEditorModel model() {
        return view.model();
    }

    Stage stage() {
        return stage;
    }
}
