package sg.tsa.advisor.app;

import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.settings.CounsellorQuestion;
import sg.tsa.advisor.storage.settings.Theme;
import sg.tsa.advisor.storage.settings.WindowLook;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * The window's first frame (decision 0145): drawn before the local database is opened, in the look kept beside it;
 * the catalogue and the stored settings follow once the database is open.
 */
class FirstFrameTest extends WholeAppTest {

    /** What the window held when its first frame was laid out. */
    private record FirstFrame(boolean dataFolderExisted, String edition, boolean darkSelected, boolean darkApplied,
                              double fontSize) {
    }

    private final CompletableFuture<FirstFrame> first = new CompletableFuture<>();
    private final ListChangeListener<Window> watch = change -> {
        while (change.next()) {
            for (Window added : change.getAddedSubList()) {
                if (added instanceof Stage stage && "Exemption Advisor".equals(stage.getTitle())) {
                    Scene scene = stage.getScene();
                    // Added after the application's own listener, so it runs after that one in the same pulse.
                    scene.addPostLayoutPulseListener(() -> {
                        if (!first.isDone()) {
                            first.complete(firstFrame(scene));
                        }
                    });
                }
            }
        }
    };

    private FirstFrame firstFrame(Scene scene) {
        return new FirstFrame(Files.exists(dataDir),
                ((Labeled) scene.lookup("#catalogueEdition")).getText(),
                ((ToggleButton) scene.lookup("#darkTheme")).isSelected(),
                darkApplied(),
                ((TextField) scene.lookup("#learnerName")).getFont().getSize());
    }

    private static boolean darkApplied() {
        return String.valueOf(Application.getUserAgentStylesheet()).toLowerCase().contains("dark");
    }

    /** Starts the application on {@code dataDir} and returns what its first frame held. */
    private FirstFrame start() throws Exception {
        robot.interact(() -> Window.getWindows().addListener(watch));
        FxToolkit.registerStage(Stage::new);
        app = (ExemptionAdvisorApp) FxToolkit.setupApplication(ExemptionAdvisorApp.class, "--data-dir=" + dataDir);
        return first.get(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void unwatch() {
        robot.interact(() -> {
            Window.getWindows().removeListener(watch);
            Styles.applyTheme(false);
        });
    }

    private String edition() {
        return robot.lookup("#catalogueEdition").tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    @Test
    void theWindowIsDrawnBeforeTheDatabaseIsOpenedAndThenGetsTheCatalogue() throws Exception {
        dataDir = dataDir.resolve("new data folder");

        FirstFrame frame = start();

        assertThat(frame.dataFolderExisted()).as("the data folder, made when the database is opened").isFalse();
        assertThat(frame.edition()).isEqualTo("Loading the catalogue…");
        waitUntil(() -> edition().contains("2026.11"));
        assertThat(dataDir.resolve(Storage.DATABASE_FILE)).exists();
        assertThat(WindowLook.read(dataDir)).isEqualTo(WindowLook.DEFAULTS);
        assertThat(dataDir.resolve(WindowLook.FILE)).as("written from the new database").exists();
    }

    @Test
    void theLookFileDrawsTheFirstFrameAndTheStoredSettingsFollow() throws Exception {
        try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
            new CounsellorQuestion(storage.database()).markAsked();
            storage.settings().setTheme(Theme.LIGHT);
            storage.settings().setTextSize(130);
        }
        // A copy that says otherwise than the database (written by hand): the first frame follows the copy.
        Files.writeString(dataDir.resolve(WindowLook.FILE), "theme=dark\ntext-size=150\n");

        FirstFrame frame = start();

        assertThat(frame.darkSelected()).isTrue();
        assertThat(frame.darkApplied()).isTrue();
        assertThat(frame.fontSize()).isCloseTo(21.0, within(0.01));
        assertThat(frame.edition()).isEqualTo("Loading the catalogue…");

        waitUntil(() -> edition().contains("2026.11"));
        waitUntil(() -> !darkApplied());
        assertThat(robot.lookup("#darkTheme").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(robot.lookup("#learnerName").queryAs(TextField.class).getFont().getSize())
                .isCloseTo(18.2, within(0.01));
        assertThat(WindowLook.read(dataDir)).as("the copy rewritten from the database")
                .isEqualTo(new WindowLook(Theme.LIGHT, 130));
    }

    @Test
    void aThemeAndTextSizeChosenBeforeTheDatabaseIsOpenWinOverTheStoredOnesAndAreStored() throws Exception {
        try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
            new CounsellorQuestion(storage.database()).markAsked();
        }
        // The start-up lock held here, as a second copy starting would: the window's database cannot open yet.
        try (FileChannel channel = FileChannel.open(dataDir.resolve("exemption-advisor.lock"),
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            assertThat(held.isValid()).isTrue();
            start();
            robot.clickOn("#darkTheme");
            robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
            assertThat(edition()).as("the database still closed").isEqualTo("Loading the catalogue…");
        }

        waitUntil(() -> edition().contains("2026.11"));
        waitUntil(() -> WindowLook.read(dataDir).equals(new WindowLook(Theme.DARK, 115)));
        assertThat(darkApplied()).isTrue();
        assertThat(robot.lookup("#learnerName").queryAs(TextField.class).getFont().getSize())
                .isCloseTo(16.1, within(0.01));
        try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
            assertThat(storage.settings().load().theme()).isEqualTo(Theme.DARK);
            assertThat(storage.settings().textSize()).isEqualTo(115);
        }
    }

    @Test
    void aDamagedLookFileDrawsTheDefaultLookWithoutComplaint() throws Exception {
        try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
            new CounsellorQuestion(storage.database()).markAsked();
        }
        Files.writeString(dataDir.resolve(WindowLook.FILE), "theme=dark\ntext-size=");
        Path file = dataDir.resolve(WindowLook.FILE);

        FirstFrame frame = start();

        assertThat(frame.darkApplied()).isFalse();
        assertThat(frame.fontSize()).isCloseTo(14.0, within(0.01));
        waitUntil(() -> edition().contains("2026.11"));
        assertThat(robot.lookup("#problem").tryQuery().map(n -> ((Labeled) n).getText()).orElse("")).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("theme=light\ntext-size=100\n");
    }
}
