package sg.tsa.advisor.app;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.draft.Draft;
import sg.tsa.advisor.storage.draft.DraftStore;
import sg.tsa.advisor.storage.settings.CounsellorQuestion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * The whole application on a real data folder: a consultation left as a draft by a run that ended without saving
 * it (a crash) is offered back at the next start and restored; the first start asks for the counsellor's name
 * once.
 */
class WalkInRecoveryTest extends WholeAppTest {
    @Test
    void aDraftLeftByACrashIsOfferedAtTheNextStartAndRestored() throws Exception {
        try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
            new CounsellorQuestion(storage.database()).markAsked();
            new DraftStore(storage.database()).keep(new Draft(Instant.now(), null, "Tan Ah Kow", "9123 4567",
                    "Nur Aisyah", LocalDate.now(), LocalDate.now().plusMonths(5), "2026.11", List.of(
                    new Draft.Item("cisco-ccna", LocalDate.of(2024, 6, 1), "certificate seen", false),
                    new Draft.Item("aws-saa", null, null, false)), List.of(
                    new Draft.Unlisted("CompTIA Security+", LocalDate.of(2024, 3, 1), "certificate seen"))));
        }

        startApp();
        waitUntil(() -> visible("#draftOffer"));
        assertThat(robot.lookup("#draftOfferText").queryAs(Labeled.class).getText())
                .contains("Tan Ah Kow", "3 credentials");
        robot.clickOn("#restoreDraft");

        waitUntil(() -> "Tan Ah Kow".equals(robot.lookup("#learnerName").queryAs(TextField.class).getText()));
        assertThat(robot.lookup("#learnerContact").queryAs(TextField.class).getText()).isEqualTo("9123 4567");
        assertThat(robot.lookup("#counsellor").queryAs(TextField.class).getText()).isEqualTo("Nur Aisyah");
        assertThat(robot.lookup("#evidence-cisco-ccna").queryAs(TextField.class).getText())
                .isEqualTo("certificate seen");
        assertThat(robot.lookup("#entry-aws-saa").tryQuery()).isPresent();
        assertThat(robot.lookup("#notListed-0-title").queryAs(TextField.class).getText())
                .isEqualTo("CompTIA Security+");
        assertThat(robot.lookup("#notListed-0-note").queryAs(TextField.class).getText())
                .isEqualTo("certificate seen");
        assertThat(robot.lookup("#notListed-0-attained").queryAs(DatePicker.class).getValue())
                .isEqualTo(LocalDate.of(2024, 3, 1));
        waitUntil(() -> robot.lookup("#row-dip-idm-ict-dcn").tryQuery().isPresent());
        assertThat(visible("#draftOffer")).isFalse();

        // Kept again as soon as it changes: what a crash now would leave has the change.
        robot.clickOn("#learnerContact").type(KeyCode.END).write("0");
        waitUntil(() -> draft().map(d -> "9123 45670".equals(d.learnerContact())).orElse(false));
        robot.clickOn("#notListed-0-note").type(KeyCode.END).write(", original");
        waitUntil(() -> draft().map(d -> d.unlisted().equals(List.of(new Draft.Unlisted("CompTIA Security+",
                LocalDate.of(2024, 3, 1), "certificate seen, original")))).orElse(false));
    }

    private Optional<Draft> draft() {
        try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
            return new DraftStore(storage.database()).load();
        }
    }

    @Test
    void theFirstStartAsksForTheCounsellorsNameOnceAndNeverShowsTheAccountName() throws Exception {
        startApp();
        waitUntil(() -> visible("#counsellorQuestion"));
        assertThat(robot.lookup("#counsellor").queryAs(TextField.class).getText()).isEmpty();
        robot.clickOn("#firstStartCounsellor").write("Nur Aisyah").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(visible("#counsellorQuestion")).isFalse();
        assertThat(robot.lookup("#counsellor").queryAs(TextField.class).getText()).isEqualTo("Nur Aisyah");
        waitUntil(() -> {
            try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
                return storage.settings().counsellorName().equals(Optional.of("Nur Aisyah"))
                        && new CounsellorQuestion(storage.database()).asked();
            }
        });
        FxToolkit.cleanupApplication(app);
        app = null;
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage).toList()
                .forEach(w -> ((Stage) w).hide()));

        startApp();
        waitUntil(() -> "Nur Aisyah".equals(robot.lookup("#counsellor").queryAs(TextField.class).getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#counsellorQuestion")).isFalse();
    }

    @Test
    void aSkippedQuestionLeavesTheNameBlankAndIsNotAskedAgain() throws Exception {
        startApp();
        waitUntil(() -> visible("#counsellorQuestion"));
        robot.clickOn("#skipCounsellorName");
        waitUntil(() -> {
            try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
                return new CounsellorQuestion(storage.database()).asked();
            }
        });
        assertThat(robot.lookup("#counsellor").queryAs(TextField.class).getText()).isEmpty();
        try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
            assertThat(storage.settings().counsellorName()).isEmpty();
        }
    }
}
