package sg.tsa.advisor.app;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.settings.CounsellorQuestion;
import sg.tsa.advisor.testing.Clipped;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * The whole window's text size, by real key chords: Ctrl+= (Ctrl+Shift+=, Ctrl++ and the keypad's + alike) a step
 * larger up to 200 %, Ctrl+- a step smaller down to 85 %, Ctrl+0 normal; remembered in the settings and applied
 * at the next start; at 200 % in a 1024×640 window nothing is clipped, the window scrolls instead and follows the
 * focus.
 */
class TextSizeTest extends WholeAppTest {

    private double fontSize() {
        return robot.lookup("#learnerName").queryAs(TextField.class).getFont().getSize();
    }

    /** Read beside the open window, as a second reader of the database file. */
    private int storedTextSize() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:"
                + dataDir.resolve(Storage.DATABASE_FILE));
             ResultSet row = connection.createStatement().executeQuery("SELECT text_size FROM settings")) {
            return row.next() ? row.getInt(1) : -1;
        }
    }

    private void chord(KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Stage window() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && "Exemption Advisor".equals(s.getTitle()))
                .map(w -> (Stage) w).findFirst().orElseThrow();
    }

    /** The top left of {@code node} (and a little of its width and height) is in the window's visible part. */
    private static void assertInSight(ScrollPane scroll, Node node) {
        var window = scroll.localToScene(scroll.getLayoutBounds());
        var drawn = node.localToScene(node.getLayoutBounds());
        assertThat(window.contains(drawn.getMinX(), drawn.getMinY())
                && window.contains(drawn.getMinX() + 20, drawn.getMinY() + 20)).as(drawn + " in " + window).isTrue();
    }

    @Test
    void keysChangeTheWholeWindowsTextInStepsWithinBoundsAndTheSizeIsRemembered() throws Exception {
        try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
            new CounsellorQuestion(storage.database()).markAsked();
        }
        startApp();
        waitUntil(() -> robot.lookup("#learnerName").query().isFocused());
        assertThat(fontSize()).isCloseTo(14.0, within(0.01));

        chord(KeyCode.CONTROL, KeyCode.EQUALS);
        assertThat(fontSize()).isCloseTo(16.1, within(0.01));
        chord(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS);
        assertThat(fontSize()).isCloseTo(18.2, within(0.01));
        chord(KeyCode.CONTROL, KeyCode.ADD);
        assertThat(fontSize()).isCloseTo(21.0, within(0.01));
        chord(KeyCode.CONTROL, KeyCode.PLUS);
        assertThat(fontSize()).isCloseTo(24.5, within(0.01));
        chord(KeyCode.CONTROL, KeyCode.EQUALS);
        assertThat(fontSize()).isCloseTo(28.0, within(0.01));
        chord(KeyCode.CONTROL, KeyCode.EQUALS);
        assertThat(fontSize()).as("200 % is the largest").isCloseTo(28.0, within(0.01));
        assertThat(robot.lookup("#learnerName").queryAs(TextField.class).getText()).as("nothing typed").isEmpty();
        // the whole window: the toolbar's title and the status bar's keys too
        assertThat(robot.lookup("#status").queryAs(javafx.scene.control.Label.class).getFont().getSize())
                .isCloseTo(28.0, within(0.01));

        // at 200 % in a 1024×640 window: nothing clipped, the window scrolls, and follows the focus
        robot.interact(() -> {
            Stage stage = window();
            stage.setMaximized(false);
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Clipped.in(robot)).isEmpty();
        ScrollPane scroll = robot.lookup("#windowScroll").queryAs(ScrollPane.class);
        assertThat(scroll.getContent().getLayoutBounds().getWidth()).isGreaterThan(scroll.getViewportBounds().getWidth());
        assertThat(scroll.getContent().getLayoutBounds().getHeight())
                .isGreaterThan(scroll.getViewportBounds().getHeight());
        chord(KeyCode.CONTROL, KeyCode.H);
        Node search = robot.lookup("#historySearch").query();
        waitUntil(search::isFocused);
        assertInSight(scroll, search);
        assertThat(scroll.getVvalue()).isZero();
        chord(KeyCode.ALT, KeyCode.W);
        Node why = robot.lookup("#explanation").query();
        waitUntil(() -> scroll.getVvalue() > 0);
        assertInSight(scroll, why);

        chord(KeyCode.CONTROL, KeyCode.MINUS);
        assertThat(fontSize()).isCloseTo(24.5, within(0.01));
        chord(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertThat(fontSize()).isCloseTo(14.0, within(0.01));
        assertThat(scroll.getContent().getLayoutBounds().getWidth()).as("no scrolling at the normal size")
                .isLessThanOrEqualTo(scroll.getViewportBounds().getWidth());
        chord(KeyCode.CONTROL, KeyCode.SUBTRACT);
        assertThat(fontSize()).isCloseTo(11.9, within(0.01));
        chord(KeyCode.CONTROL, KeyCode.MINUS);
        assertThat(fontSize()).as("85 % is the smallest").isCloseTo(11.9, within(0.01));
        chord(KeyCode.CONTROL, KeyCode.EQUALS);
        chord(KeyCode.CONTROL, KeyCode.EQUALS);
        chord(KeyCode.CONTROL, KeyCode.EQUALS);
        assertThat(fontSize()).isCloseTo(18.2, within(0.01));

        // remembered (written in the background), and the next start opens at 130 %
        waitUntil(() -> storedTextSize() == 130);
        org.testfx.api.FxToolkit.cleanupApplication(app);
        app = null;
        robot.interact(() -> window().hide());
        try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
            assertThat(storage.settings().textSize()).isEqualTo(130);
        }
        startApp();
        waitUntil(() -> Math.abs(fontSize() - 18.2) < 0.01);
    }
}
