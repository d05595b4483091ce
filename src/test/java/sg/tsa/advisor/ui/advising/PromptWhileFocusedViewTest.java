package sg.tsa.advisor.ui.advising;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * A search field that has the focus but nothing typed still says what it searches: the theme hides a prompt on
 * focus, and both the credential search (focused at the start of a walk-in) and History's search (focused by
 * Ctrl+H) would then be blank boxes with a caret.
 */
class PromptWhileFocusedViewTest extends ScreenTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void theCredentialSearchShowsItsPromptWhileFocusedUntilSomethingIsTyped(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        TextField search = robot.lookup("#credentialSearch").queryAs(TextField.class);
        robot.clickOn(search);
        waitUntil(search::isFocused);

        assertThat(promptShown(search)).as("prompt of the focused, empty credential search").isTrue();

        robot.write("ccna");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(promptShown(search)).as("prompt once something is typed").isFalse();
    }

    @Test
    void historysSearchShowsItsPromptWhenCtrlHPutsTheCaretInIt(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#historySearch").tryQuery().map(Node::isFocused).orElse(false));
        TextField search = robot.lookup("#historySearch").queryAs(TextField.class);

        assertThat(promptShown(search)).as("prompt of History's focused, empty search").isTrue();
    }

    /** Whether the skin's prompt text is drawn: visible, and in a colour that is not transparent. */
    private static boolean promptShown(TextField field) {
        return field.lookupAll(".text").stream()
                .filter(node -> node instanceof Text text && field.getPromptText().equals(text.getText()))
                .map(Text.class::cast)
                .anyMatch(text -> text.isVisible() && text.getFill() instanceof Color color && color.getOpacity() > 0.5);
    }
}
