package sg.tsa.advisor.app;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.learner.LearnerDetails;
import sg.tsa.advisor.storage.settings.CounsellorQuestion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/** The application's History, wired to the local database it opens after the window: everyone's consultations. */
class HistoryInTheWindowTest extends WholeAppTest {
    @Test
    void ctrlHListsTheConsultationsAlreadyStoredOfEveryLearner() throws Exception {
        try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
            new CounsellorQuestion(storage.database()).markAsked();
            for (String name : new String[]{"Tan Wei Ming", "Lim Mei Ling"}) {
                long learner = storage.learners().create(new LearnerDetails(name, null, null, null)).id();
                storage.consultations().save(learner, Instant.parse("2026-11-0" + name.length() % 9 + "T02:00:00Z"),
                        "Nur Aisyah", LocalDate.of(2026, 11, 28), null, "2026.11", "{}", null);
            }
        }
        startApp();

        robot.push(KeyCode.CONTROL, KeyCode.H);

        waitUntil(() -> robot.lookup("#pastConsultations").tryQuery()
                .map(list -> ((ListView<?>) list).getItems().size() == 2).orElse(false));
        assertThat(robot.lookup("#historySearch").query().isFocused()).isTrue();
        assertThat(robot.lookup("#historyNote").queryLabeled().getText())
                .startsWith("Consultations of all learners, newest first (2)");
    }
}
