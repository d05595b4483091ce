package sg.tsa.advisor.app;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.learner.LearnerDetails;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/** The window on a data folder that is not as it should be: an emptied database, a read-only folder. */
class DataFolderWindowTest {
    @TempDir
    Path temp;
    private final FxRobot robot = new FxRobot();
    private ExemptionAdvisorApp app;

    private void start(Path dataDir) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (ExemptionAdvisorApp) FxToolkit.setupApplication(ExemptionAdvisorApp.class, "--data-dir=" + dataDir);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage).toList()
                .forEach(w -> ((Stage) w).hide()));
    }

    private String text(String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    @Test
    void anEmptiedDatabaseIsReportedWithWhatARestoreLosesAndIsOnlySetAsideWhenTheUserSaysSo() throws Exception {
        Path data = temp.resolve("data");
        try (Storage storage = Storage.open(data, Clock.systemDefaultZone())) {
            storage.learners().create(new LearnerDetails("Kept by the backup", null, null, null));
        }
        Path file = data.resolve(Storage.DATABASE_FILE);
        Files.write(file, new byte[0]);

        start(data);
        waitUntil(() -> robot.lookup("#damagedDatabaseMessage").tryQuery().isPresent());

        assertThat(text("#damagedDatabaseMessage")).contains("is empty (0 bytes)")
                .contains("Restoring it loses everything saved after ").contains(" today (how much cannot be "
                        + "counted: the current file cannot be read)")
                .contains("Nothing has been changed yet.");
        assertThat(file).isEmptyFile();

        Node restore = robot.lookup(n -> n instanceof Button b && "Restore backup".equals(b.getText())).query();
        robot.clickOn(restore);
        waitUntil(() -> robot.lookup(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("The backup of ")).tryQuery().isPresent());

        try (Stream<Path> aside = Files.list(data.resolve(Storage.DAMAGED_FOLDER))) {
            assertThat(aside).anySatisfy(f -> assertThat(f).isEmptyFile());
        }
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void aReadOnlyFolderOpensWithABannerSayingNothingCanBeSaved() throws Exception {
        Path data = temp.resolve("data");
        Storage.open(data, Clock.systemDefaultZone()).close();
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-x------"));
        try {
            start(data);
            // The label is always visible (its banner is what shows and hides): wait for what it says.
            waitUntil(() -> !text("#dataNotice").isEmpty());

            assertThat(text("#dataNotice")).startsWith("Read-only: the folder " + data + " may not be written. "
                    + "Past consultations can be looked up, but nothing can be saved.");
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void learnersPastTheRetentionPeriodAreRemovedAtStartAndTheBannerSaysHowMany() throws Exception {
        Path data = temp.resolve("data");
        Clock longAgo = Clock.offset(Clock.systemDefaultZone(), java.time.Duration.ofDays(-800));
        try (Storage storage = Storage.open(data, longAgo)) {
            storage.learners().create(new LearnerDetails("Seen Long Ago", "long.ago@example.com", null, null));
        }

        start(data);
        // The label is always visible (its banner is what shows and hides): wait for what it says.
        waitUntil(() -> !text("#dataNotice").isEmpty());

        assertThat(text("#dataNotice")).isEqualTo("Removed 1 learner (and 0 consultations) whose last consultation "
                + "was more than 24 months ago, as the retention period says.");
        try (Storage storage = Storage.open(data, Clock.systemDefaultZone())) {
            assertThat(storage.learners().search("", 10)).isEmpty();
        }
    }
}
