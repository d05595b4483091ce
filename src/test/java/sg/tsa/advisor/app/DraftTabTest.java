package sg.tsa.advisor.app;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.settings.CounsellorQuestion;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/** The draft editor in the Catalogue workspace's Draft tab of the whole application, on a real data folder. */
class DraftTabTest extends WholeAppTest {

    @Test
    void theDraftTabEditsADraftOfTheActiveEditionKeptWhenTheWorkspaceCloses() throws Exception {
        try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
            new CounsellorQuestion(storage.database()).markAsked();
        }
        startApp();
        robot.clickOn("#openCatalogue");
        robot.clickOn("Draft");
        waitUntil(() -> robot.lookup("#draft-edition-version").tryQuery()
                .map(n -> ((TextField) n).getText().equals(ShippedCatalogue.load().version())).orElse(false));

        robot.clickOn("#draft-edition-institution").press(KeyCode.END).release(KeyCode.END).write(" (draft)", 0);
        assertThat(robot.lookup("#draftSections").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> {
            try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
                return storage.catalogueDraft().load().map(k -> k.content().contains(" (draft)\"")).orElse(false);
            }
        });
        assertThat(robot.lookup("#draftSections").tryQuery()).as("the workspace closed with Escape").isEmpty();
    }
}
