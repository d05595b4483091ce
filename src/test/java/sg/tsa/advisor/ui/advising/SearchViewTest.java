package sg.tsa.advisor.ui.advising;

import javafx.stage.Stage;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.catalogue.Credential;


import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/** The type-ahead with typos, typed with real key events: the highlighted row is the one Enter adds. */
class SearchViewTest extends ScreenTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }


    @SuppressWarnings("unchecked")
    private ListView<Credential> matches(FxRobot robot) {
        return robot.lookup("#credentialMatches").queryAs(ListView.class);
    }

    @Test
    void aTypoFindsTheCredentialHighlightedAndEnterAddsIt(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("ccan");
        waitUntil(() -> !model.picker().matches().isEmpty());

        assertThat(matches(robot).getSelectionModel().getSelectedItem().id()).isEqualTo("cisco-ccna");
        assertThat(robot.lookup("#searchHint").queryAs(Label.class).getText())
                .isEqualTo("Nothing is spelt \"ccan\": the closest spellings are listed");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#entry-cisco-ccna").tryQuery().isPresent());
    }

    @Test
    void downMovesTheHighlightAndEnterAddsTheHighlightedRow(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("aws archtect");
        waitUntil(() -> model.picker().matches().size() == 2);
        Credential first = model.picker().matches().get(0);
        Credential second = model.picker().matches().get(1);
        assertThat(matches(robot).getSelectionModel().getSelectedItem()).isEqualTo(first);

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(matches(robot).getSelectionModel().getSelectedItem()).isEqualTo(second);
        robot.type(KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#entry-" + second.id()).tryQuery().isPresent());
        assertThat(robot.lookup("#entry-" + first.id()).tryQuery()).isEmpty();
    }
}
