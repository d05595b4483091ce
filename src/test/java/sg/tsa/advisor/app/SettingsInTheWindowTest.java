package sg.tsa.advisor.app;

import javafx.application.Application;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.settings.Settings;
import sg.tsa.advisor.storage.settings.Theme;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * The whole application on a data folder with settings stored: the window starts dark with the stored counsellor's
 * name; switching the theme and saving a consultation under another name are remembered for the next start.
 */
class SettingsInTheWindowTest {
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private ExemptionAdvisorApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            stopApp();
        }
        robot.interact(() -> Styles.applyTheme(false));
    }

    private void startApp() throws Exception {
        // A stage of its own for each start: taking over a stage that still holds an earlier window's scene would
        // move that scene's focus, and its date field would recompute on its closed background executor.
        FxToolkit.registerStage(Stage::new);
        app = (ExemptionAdvisorApp) FxToolkit.setupApplication(ExemptionAdvisorApp.class, "--data-dir=" + dataDir);
    }

    private void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        app = null;
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage).toList()
                .forEach(w -> ((Stage) w).hide()));
    }

    private String counsellorField() {
        return robot.lookup("#counsellor").queryAs(TextField.class).getText();
    }

    private boolean darkSelected() {
        return robot.lookup("#darkTheme").queryAs(ToggleButton.class).isSelected();
    }

    private boolean darkApplied() {
        return String.valueOf(Application.getUserAgentStylesheet()).toLowerCase().contains("dark");
    }

    private Settings stored() {
        try (Storage storage = Storage.open(dataDir, Clock.systemDefaultZone())) {
            return storage.settings().load();
        }
    }

    @Test
    void theStoredSettingsShapeTheWindowAndWhatIsChangedThereIsRemembered() throws Exception {
        try (Storage storage = Storage.open(dataDir, Clock.systemDefaultZone())) {
            storage.settings().setCounsellorName("Siti Rahmah");
            storage.settings().setTheme(Theme.DARK);
        }

        startApp();
        waitUntil(() -> robot.lookup("#catalogueEdition").tryQuery()
                .map(n -> ((Labeled) n).getText().contains("2026.11")).orElse(false));
        waitUntil(() -> "Siti Rahmah".equals(counsellorField()));
        assertThat(darkSelected()).isTrue();
        assertThat(darkApplied()).isTrue();

        robot.clickOn("#darkTheme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(darkApplied()).isFalse();

        robot.doubleClickOn("#counsellor").eraseText(20).write("Lim Wei Jie");
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#status").tryQuery()
                .map(n -> ((Labeled) n).getText().startsWith("Saved for Tan Ah Kow")).orElse(false));
        stopApp();

        assertThat(stored()).isEqualTo(new Settings(Optional.of("Lim Wei Jie"), Theme.LIGHT));

        startApp();
        waitUntil(() -> "Lim Wei Jie".equals(counsellorField()));
        assertThat(darkSelected()).isFalse();
        assertThat(darkApplied()).isFalse();
    }
}
