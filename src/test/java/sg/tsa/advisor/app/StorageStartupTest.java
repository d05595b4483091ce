package sg.tsa.advisor.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.storage.DamagedDatabaseException;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.learner.LearnerDetails;
import sg.tsa.advisor.ui.CurrentThreadExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's start on the database, with the user's answers scripted. */
class StorageStartupTest {
    private static final Clock DAY_1 = Clock.fixed(Instant.parse("2026-11-01T02:00:00Z"), ZoneOffset.UTC);
    private static final Clock DAY_2 = Clock.fixed(Instant.parse("2026-11-02T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    private final List<String> events = new ArrayList<>();
    private Storage opened;

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private StorageStartup startup(Path folder, Clock clock, StorageStartup.Choice answer) {
        return new StorageStartup(new CurrentThreadExecutor(), folder, clock, new StorageStartup.Dialogs() {
            @Override
            public StorageStartup.Choice damaged(DamagedDatabaseException problem) {
                events.add("asked: " + problem.problem() + " / backup " + problem.latestBackup().isPresent());
                return answer;
            }

            @Override
            public void tell(String title, String message) {
                events.add("told: " + title + ": " + message);
            }
        }, new StorageStartup.Outcome() {
            @Override
            public void ready(Storage storage) {
                opened = storage;
                events.add("ready");
            }

            @Override
            public void withoutStorage() {
                events.add("without storage");
            }

            @Override
            public void quit() {
                events.add("quit");
            }
        });
    }

    @Test
    void aSoundDatabaseOpensWithoutAQuestionAndServesTheActiveEdition() {
        startup(temp.resolve("data"), DAY_1, StorageStartup.Choice.QUIT).start();

        assertThat(events).containsExactly("ready");
        assertThat(opened.catalogues().activeCatalogue().credentials()).isNotEmpty();
    }

    @Test
    void aDamagedDatabaseIsRestoredFromTheBackupOnlyWhenTheUserSaysSo() throws Exception {
        Path folder = temp.resolve("data");
        try (Storage storage = Storage.open(folder, DAY_1)) {
            storage.learners().create(new LearnerDetails("Kept by the backup", null, null, null));
        }
        Storage.open(folder, DAY_2).close();
        Files.writeString(folder.resolve(Storage.DATABASE_FILE), "scribbled over");

        startup(folder, DAY_2, StorageStartup.Choice.QUIT).start();

        assertThat(events).containsExactly(
                "asked: is not an Exemption Advisor database (it is not an SQLite file at all) / backup true", "quit");
        assertThat(folder.resolve(Storage.DATABASE_FILE)).hasContent("scribbled over");

        events.clear();
        startup(folder, DAY_2, StorageStartup.Choice.RESTORE_BACKUP).start();

        assertThat(events).hasSize(3).endsWith("ready");
        assertThat(events.get(1)).startsWith("told: Backup restored: The backup of 2 Nov 2026 was restored. "
                + "The damaged file was kept as " + folder.resolve(Storage.DAMAGED_FOLDER));
        assertThat(opened.learners().search("", 10)).extracting(l -> l.name()).containsExactly("Kept by the backup");
        try (var aside = Files.list(folder.resolve(Storage.DAMAGED_FOLDER))) {
            assertThat(aside).singleElement().satisfies(f -> assertThat(f).hasContent("scribbled over"));
        }
    }

    @Test
    void withoutABackupTheUserMayStartAfreshKeepingTheDamagedFile() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data"));
        Files.writeString(folder.resolve(Storage.DATABASE_FILE), "scribbled over");

        startup(folder, DAY_1, StorageStartup.Choice.START_AFRESH).start();

        assertThat(events.get(0)).endsWith("/ backup false");
        assertThat(events.get(1)).startsWith("told: Started with a new database");
        assertThat(events.get(2)).isEqualTo("ready");
        assertThat(opened.catalogues().editions()).hasSize(1);
    }
}
