package sg.tsa.advisor.app;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * The whole application as the launcher starts it, on a fresh data folder: the local database is created with the
 * shipped catalogue, a consultation is entered by keyboard, saved, and its summary previewed with Ctrl+P.
 */
class ApplicationEndToEndTest {
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private ExemptionAdvisorApp app;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (ExemptionAdvisorApp) FxToolkit.setupApplication(ExemptionAdvisorApp.class,
                "--data-dir=" + dataDir);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage).toList()
                .forEach(w -> ((Stage) w).hide()));
    }

    @Test
    void aConsultationIsSavedInTheLocalDatabaseAndItsSummaryPreviewed() throws Exception {
        waitUntil(() -> robot.lookup("#catalogueEdition").tryQuery()
                .map(n -> ((javafx.scene.control.Labeled) n).getText().contains("2026.11")).orElse(false));
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("ccna");
        waitUntil(() -> robot.lookup("#credentialSearch").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("01/06/2024").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#row-dip-idm-ict-dcn").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#status").tryQuery()
                .map(n -> ((javafx.scene.control.Labeled) n).getText().startsWith("Saved for Tan Ah Kow"))
                .orElse(false));
        assertThat(dataDir.resolve("exemption-advisor.db")).isRegularFile();

        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#summaryPage-1").tryQuery().isPresent());
        assertThat(robot.lookup("#summaryPreview").tryQuery()).isPresent();
    }
}
