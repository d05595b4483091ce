package sg.tsa.advisor.app;

import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;

import static sg.tsa.advisor.testing.FxWait.waitUntil;

/** The whole application, its window opened on a real data folder in a temporary directory. */
abstract class WholeAppTest {
    @TempDir
    Path dataDir;
    final FxRobot robot = new FxRobot();
    ExemptionAdvisorApp app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage).toList()
                .forEach(w -> ((Stage) w).hide()));
    }

    /** Starts the application on {@link #dataDir} and waits for the shipped edition to be shown. */
    void startApp() throws Exception {
        FxToolkit.registerStage(Stage::new);
        app = (ExemptionAdvisorApp) FxToolkit.setupApplication(ExemptionAdvisorApp.class, "--data-dir=" + dataDir);
        waitUntil(() -> robot.lookup("#catalogueEdition").tryQuery()
                .map(n -> ((Labeled) n).getText().contains("2026.11")).orElse(false));
    }

    boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible()).orElse(false);
    }
}
