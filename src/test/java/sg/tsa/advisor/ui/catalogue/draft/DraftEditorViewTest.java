package sg.tsa.advisor.ui.catalogue.draft;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.catalogue.draft.DraftDocument;
import sg.tsa.advisor.catalogue.format.CatalogueProblem;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.storage.Storage;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/** The draft editor in a window of its own, driven by the keyboard on a real data folder. */
@ExtendWith(ApplicationExtension.class)
class DraftEditorViewTest {
    @TempDir
    static Path data;

    private final EditorWindow window = new EditorWindow();
    private Stage stage;
    private Storage storage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window.show(stage, data.resolve("laptop-" + System.nanoTime()), Debounce.NONE);
        storage = window.storage();
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    private DraftEditorModel model() {
        return window.model();
    }

    private static void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL).press(keys).release(keys).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTheActiveEditionWithNoProblems(FxRobot robot) throws Exception {
        waitUntil(() -> model().document() != null && model().checkedProperty().get());

        assertThat(model().document().basedOn()).isEqualTo(ShippedCatalogue.load().version());
        assertThat(model().problems()).isEmpty();
        assertThat(robot.lookup("#draft-edition-version").queryAs(TextField.class).getText())
                .isEqualTo(ShippedCatalogue.load().version());
    }

    @Test
    void typingANameIsKeptCheckedAndUndoneWithCtrlZStepByStepAndRedoneWithCtrlY(FxRobot robot) throws Exception {
        waitUntil(() -> model().document() != null && model().checkedProperty().get());
        robot.clickOn("#draftSections").type(KeyCode.HOME);
        robot.type(KeyCode.DOWN, 2); // Edition, Sources, Issuers
        robot.clickOn("#draft-issuers-table").type(KeyCode.HOME);
        TextField name = robot.lookup("#draft-issuers-name").queryAs(TextField.class);
        String before = name.getText();
        robot.clickOn(name).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.DELETE);
        waitUntil(() -> model().checkedProperty().get() && !model().problems().isEmpty());

        CatalogueProblem problem = model().problems().get(0);
        assertThat(problem.path()).isEqualTo("$.issuers[0].name");
        assertThat(name.getStyleClass()).contains(FieldEditor.PROBLEM);
        assertThat(name.getTooltip().getText()).isEqualTo(problem.message());
        waitUntil(() -> storage.catalogueDraft().load().map(k -> k.content().contains("\"name\":\"\"")).orElse(false));

        robot.type(KeyCode.TAB); // leaving the field ends a step: what is typed next is undone apart
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(stage.getScene().getFocusOwner()).isSameAs(name);
        robot.write("Cisco Systems");
        waitUntil(() -> model().checkedProperty().get() && model().problems().isEmpty());
        assertThat(name.getStyleClass()).doesNotContain(FieldEditor.PROBLEM);

        shortcut(robot, KeyCode.Z);
        assertThat(name.getText()).isEmpty();
        shortcut(robot, KeyCode.Z);
        assertThat(name.getText()).isEqualTo(before);
        shortcut(robot, KeyCode.Y);
        assertThat(name.getText()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.getText()).isEqualTo("Cisco Systems");
        waitUntil(() -> storage.catalogueDraft().load().map(k -> DraftDocument.parse(k.content(), null).root()
                .getAsJsonArray("issuers").get(0).getAsJsonObject().get("name").getAsString()
                .equals("Cisco Systems")).orElse(false));
    }

    @Test
    void choosingAProblemShowsItsSectionRowAndFieldWithTheFocusOnIt(FxRobot robot) throws Exception {
        waitUntil(() -> model().document() != null && model().checkedProperty().get());
        robot.interact(() -> model().set(sg.tsa.advisor.catalogue.draft.JsonPath.of("rules", 3, "recencyYears"),
                sg.tsa.advisor.catalogue.draft.DraftValues.optionalNumber("ten")));
        waitUntil(() -> model().checkedProperty().get() && !model().problems().isEmpty());

        robot.clickOn("#draftProblems").type(KeyCode.HOME).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Node focused = stage.getScene().getFocusOwner();
        assertThat(focused.getId()).isEqualTo("draft-rules-recencyYears");
        assertThat(((TextField) focused).getText()).isEqualTo("ten");
        TableView<?> rules = robot.lookup("#draft-rules-table").queryAs(TableView.class);
        assertThat(rules.getSelectionModel().getSelectedIndex()).isEqualTo(3);
        assertThat(rules.isVisible()).isTrue();
    }
}
