package sg.tsa.advisor.app;

import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.draft.Draft;
import sg.tsa.advisor.storage.draft.DraftStore;
import sg.tsa.advisor.storage.settings.CounsellorQuestion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.Editions.without;
import static sg.tsa.advisor.testing.FxWait.waitUntil;
import static sg.tsa.advisor.testing.Shown.shown;

/**
 * The whole application on a real data folder: an edition activated by another copy of the application (here,
 * the storage API on the same folder) is noticed, offered in a banner with what it changes in the advice, and
 * switched to with the consultation in progress kept.
 */
class EditionSwitchTest extends WholeAppTest {
    @Test
    void anEditionActivatedElsewhereIsOfferedAndSwitchedToKeepingTheConsultation() throws Exception {
        try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
            new CounsellorQuestion(storage.database()).markAsked();
            new DraftStore(storage.database()).keep(new Draft(Instant.now(), null, "Tan Ah Kow", null, null,
                    LocalDate.now(), null, "2026.11", List.of(
                    new Draft.Item("cisco-ccna", LocalDate.now().minusYears(1), null, false)), List.of()));
        }
        startApp();
        waitUntil(() -> visible("#draftOffer"));
        robot.clickOn("#restoreDraft");
        waitUntil(() -> robot.lookup("#row-dip-idm-ict-dcn").tryQuery().isPresent());

        // Nothing new yet: a check offers nothing.
        robot.interact(app::checkEdition);
        waitUntil(() -> !app.checkingEdition());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#editionOffer")).isFalse();

        try (Storage other = Storage.open(dataDir, Clock.systemUTC())) {
            other.catalogues().importCatalogue(without("cisco-ccna", "2027.01"));
        }
        robot.interact(app::checkEdition);
        waitUntil(() -> visible("#editionOffer"));
        assertThat(robot.lookup("#editionOfferText").queryAs(Labeled.class).getText())
                .contains("2027.01").containsPattern("[1-9][0-9]* modules? fewer exempted")
                .doesNotContain("more exempted");
        // Until the counsellor switches, the advice stays that of the edition shown.
        assertThat(robot.lookup("#row-dip-idm-ict-dcn").tryQuery()).isPresent();

        robot.clickOn("#switchEdition");

        waitUntil(() -> robot.lookup("#catalogueEdition").queryAs(Labeled.class).getText().contains("2027.01"));
        waitUntil(() -> shown(robot, "#row-dip-idm-ict-dcn").isEmpty());
        assertThat(visible("#editionOffer")).isFalse();
        assertThat(robot.lookup("#learnerName").queryAs(TextField.class).getText()).isEqualTo("Tan Ah Kow");
        assertThat(robot.lookup("#entry-cisco-ccna").tryQuery()).isPresent();
        waitUntil(() -> {
            try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
                return new DraftStore(storage.database()).load()
                        .map(d -> "2027.01".equals(d.catalogueVersion())).orElse(false);
            }
        });

        // Switched: the same edition is not offered again.
        robot.interact(app::checkEdition);
        waitUntil(() -> !app.checkingEdition());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#editionOffer")).isFalse();
    }

    @Test
    void notNowKeepsTheEditionShownAndDoesNotOfferItAgain() throws Exception {
        try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
            new CounsellorQuestion(storage.database()).markAsked();
        }
        startApp();
        try (Storage other = Storage.open(dataDir, Clock.systemUTC())) {
            other.catalogues().importCatalogue(without("cisco-ccna", "2027.01"));
        }
        robot.interact(app::checkEdition);
        waitUntil(() -> visible("#editionOffer"));
        assertThat(robot.lookup("#editionOfferText").queryAs(Labeled.class).getText())
                .isEqualTo("Catalogue edition 2027.01 was made active elsewhere. Switch to it to advise with it.");

        robot.clickOn("#keepEdition");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(app::checkEdition);
        waitUntil(() -> !app.checkingEdition());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(visible("#editionOffer")).isFalse();
        assertThat(robot.lookup("#catalogueEdition").queryAs(Labeled.class).getText()).contains("2026.11");
    }
}
