package sg.tsa.advisor.ui.catalogue;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import sg.tsa.advisor.app.Styles;
import sg.tsa.advisor.editions.EditionService;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.ui.CurrentThreadExecutor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/** The workspace window on its own: the Draft tab's hook and placeholder, and Escape. */
@ExtendWith(ApplicationExtension.class)
class CatalogueWorkspaceViewTest {
    @TempDir
    Path temp;
    private Stage owner;
    private Storage storage;

    @Start
    void start(Stage stage) {
        Styles.applyTheme(false);
        Scene scene = new Scene(new StackPane(), 400, 300);
        scene.getStylesheets().add(Styles.APPLICATION);
        stage.setScene(scene);
        stage.show();
        owner = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != owner && w instanceof Stage)
                .forEach(w -> ((Stage) w).close()));
        if (storage != null) {
            storage.close();
        }
    }

    private CatalogueWorkspace open(FxRobot robot, Supplier<Node> draft) {
        storage = Storage.open(temp.resolve("data"), Clock.systemUTC());
        EditionsModel model = new EditionsModel(new EditionService(() -> storage), new CurrentThreadExecutor(),
                v -> { });
        CatalogueWorkspace[] workspace = new CatalogueWorkspace[1];
        robot.interact(() -> {
            workspace[0] = new CatalogueWorkspace(owner, model, draft, w -> null);
            workspace[0].show();
        });
        return workspace[0];
    }

    @Test
    void theDraftTabIsBuiltByItsProviderTheFirstTimeItIsShown(FxRobot robot) throws Exception {
        AtomicInteger built = new AtomicInteger();
        open(robot, () -> {
            built.incrementAndGet();
            Label editor = new Label("the draft editor");
            editor.setId("providedDraft");
            return editor;
        });
        waitUntil(() -> robot.lookup("#editionsTable").queryAs(TableView.class).getItems().size() == 1);
        assertThat(built).hasValue(0);

        robot.clickOn("Draft");
        waitUntil(() -> robot.lookup("#providedDraft").tryQuery().isPresent());
        robot.clickOn("Editions");
        robot.clickOn("Draft");

        assertThat(built).hasValue(1);
        assertThat(robot.lookup("#draftPlaceholder").tryQuery()).isEmpty();
    }

    @Test
    void withoutADraftEditorTheTabSaysWhatWillBeThereAndEscapeClosesTheWorkspace(FxRobot robot) throws Exception {
        CatalogueWorkspace workspace = open(robot, null);

        robot.clickOn("Draft");
        waitUntil(() -> robot.lookup("#draftPlaceholder").tryQuery().isPresent());
        assertThat(robot.lookup("#draftPlaceholder").queryAs(Label.class).getText())
                .isEqualTo(CatalogueWorkspace.NO_DRAFT_EDITOR);
        assertThat(workspace.stage().getOwner()).isSameAs(owner);

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !workspace.stage().isShowing());
    }
}
