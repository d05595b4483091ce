package sg.tsa.advisor.ui.summary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.settings.InvalidSettingException;
import sg.tsa.advisor.ui.CurrentThreadExecutor;
import sg.tsa.advisor.ui.QueuedExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Save as PDF" opens in the folder used last, across starts of the application (a real database file), written
 * through the background executor; a folder that is gone gives way to the home folder.
 */
class LastSaveFolderTest {
    @TempDir
    Path temp;

    private Storage open() {
        return Storage.open(temp.resolve("data"), Clock.systemUTC());
    }

    @Test
    void theFolderSavedInIsOfferedAgainAtTheNextStartAndWrittenInTheBackground() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        Path reports = Files.createDirectories(temp.resolve("home/summaries 2026"));
        try (Storage storage = open()) {
            QueuedExecutor background = new QueuedExecutor();
            FileChooserSaveTarget target = new FileChooserSaveTarget(background, new LocalSaveFolder(() -> storage),
                    home);
            target.prepare();
            background.runAll();
            assertThat(target.initialFolder()).as("nothing remembered yet").isEqualTo(home);

            assertThat(target.chosen(reports.resolve("exemptions-tan-ah-kow-2026-11-28")))
                    .isEqualTo(reports.resolve("exemptions-tan-ah-kow-2026-11-28.pdf"));
            assertThat(target.initialFolder()).as("at once, for this run").isEqualTo(reports);
            assertThat(storage.settings().lastPdfFolder()).as("not written on the calling thread").isEmpty();
            assertThat(background.runAll()).isEqualTo(1);
            assertThat(storage.settings().lastPdfFolder()).contains(reports.toAbsolutePath());

            target.chosen(reports.resolve("another.pdf"));
            assertThat(background.runAll()).as("the same folder is not written again").isZero();
        }
        try (Storage storage = open()) {
            QueuedExecutor background = new QueuedExecutor();
            FileChooserSaveTarget target = new FileChooserSaveTarget(background, new LocalSaveFolder(() -> storage),
                    home);
            target.prepare();
            assertThat(target.initialFolder()).as("read in the background, not yet").isEqualTo(home);
            background.runAll();
            assertThat(target.initialFolder()).isEqualTo(reports.toAbsolutePath());
        }
    }

    @Test
    void aRememberedFolderThatIsGoneGivesWayToTheHomeFolder() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        Path usb = Files.createDirectories(temp.resolve("usb-stick"));
        try (Storage storage = open()) {
            storage.settings().setLastPdfFolder(usb);
        }
        Files.delete(usb);
        try (Storage storage = open()) {
            FileChooserSaveTarget target = new FileChooserSaveTarget(new CurrentThreadExecutor(),
                    new LocalSaveFolder(() -> storage), home);
            target.prepare();
            assertThat(storage.settings().lastPdfFolder()).contains(usb.toAbsolutePath());
            assertThat(target.initialFolder()).isEqualTo(home);
        }
    }

    @Test
    void beforeTheDatabaseIsOpenNothingIsRememberedAndNothingFails() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        FileChooserSaveTarget target = new FileChooserSaveTarget(new CurrentThreadExecutor(),
                new LocalSaveFolder(() -> null), home);
        target.prepare();
        assertThat(target.initialFolder()).isEqualTo(home);
        Path chosen = target.chosen(home.resolve("summary.pdf"));
        assertThat(chosen).isEqualTo(home.resolve("summary.pdf"));
        assertThat(target.initialFolder()).isEqualTo(home);
    }

    @Test
    void aFolderWhosePathHoldsAnIdentityNumberIsNotRememberedAndTheMessageDoesNotRepeatIt() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("S1234567D"));
        try (Storage storage = open()) {
            assertThatThrownBy(() -> storage.settings().setLastPdfFolder(folder))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("the path of the folder")
                    .hasMessageNotContaining("S1234567D");
            assertThat(storage.settings().lastPdfFolder()).isEmpty();
        }
    }
}
