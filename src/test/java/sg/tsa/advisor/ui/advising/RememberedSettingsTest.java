package sg.tsa.advisor.ui.advising;

import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.ui.CurrentThreadExecutor;
import sg.tsa.advisor.ui.advising.history.InMemoryConsultations;
import sg.tsa.advisor.ui.advising.history.SavedConsultation;
import sg.tsa.advisor.ui.advising.settings.UserSettings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The counsellor's name and the theme: read from the settings, remembered in them; same-thread executor. */
class RememberedSettingsTest {
    private static final LocalDate TODAY = ScreenModels.TODAY;

    private final InMemoryConsultations store = new InMemoryConsultations(
            Clock.fixed(Instant.parse("2026-11-28T06:00:00Z"), ZoneOffset.UTC));

    /** Settings in memory that record every write. */
    private static final class RecordingSettings implements UserSettings {
        Snapshot stored;
        final List<String> writes = new ArrayList<>();
        RuntimeException failure;
        /** False: like the local settings before the database is open, writes are dropped. */
        boolean open = true;

        RecordingSettings(String name, boolean dark) {
            stored = new Snapshot(name, dark);
        }

        @Override
        public Snapshot read() {
            return stored;
        }

        @Override
        public void rememberCounsellor(String name) {
            if (failure != null) {
                throw failure;
            }
            writes.add("counsellor " + name);
            stored = new Snapshot(name, stored.darkTheme());
        }

        @Override
        public void rememberDarkTheme(boolean dark) {
            if (!open) {
                return;
            }
            writes.add(dark ? "dark" : "light");
            stored = new Snapshot(stored.counsellorName(), dark, stored.textSize());
        }

        @Override
        public void rememberTextSize(int percent) {
            if (!open) {
                return;
            }
            writes.add("text size " + percent);
            stored = new Snapshot(stored.counsellorName(), stored.darkTheme(), percent);
        }
    }

    private final RecordingSettings settings = new RecordingSettings("Siti Rahmah", true);
    private final AdvisingViewModel model = new AdvisingViewModel(new CurrentThreadExecutor(), () -> TODAY,
            "os-user", store, store, settings);

    private void enterAConsultation(String learner) {
        model.load(ShippedCatalogue::load);
        model.header().learnerNameProperty().set(learner);
        model.picker().queryProperty().set("ccna");
        model.picker().addTopMatch().orElseThrow().attainedOnProperty().set(LocalDate.of(2024, 6, 1));
    }

    @Test
    void theCounsellorAndTheThemeStartFromTheSettingsWithoutWritingThemBack() {
        assertThat(model.header().counsellorProperty().get()).isEqualTo("os-user");
        assertThat(model.darkThemeProperty().get()).isFalse();

        model.loadSettings();

        assertThat(model.header().counsellorProperty().get()).isEqualTo("Siti Rahmah");
        assertThat(model.darkThemeProperty().get()).isTrue();
        assertThat(settings.writes).isEmpty();
    }

    @Test
    void theLookTheWindowStartsWithIsShownWithoutBeingStoredAndTheStoredOneReplacesIt() {
        settings.stored = new UserSettings.Snapshot("Siti Rahmah", false, 130);

        model.assumeLook(true, 150);
        assertThat(model.darkThemeProperty().get()).isTrue();
        assertThat(model.textSizeProperty().get()).isEqualTo(150);

        model.loadSettings();

        assertThat(model.darkThemeProperty().get()).isFalse();
        assertThat(model.textSizeProperty().get()).isEqualTo(130);
        assertThat(settings.writes).isEmpty();
    }

    @Test
    void aThemeAndTextSizeChosenBeforeTheSettingsArriveWinAndAreStoredOnceTheyDo() {
        settings.stored = new UserSettings.Snapshot("Siti Rahmah", true, 130);
        model.assumeLook(true, 130);
        settings.open = false;
        model.darkThemeProperty().set(false);
        model.textSizeProperty().set(TextSize.larger(130));
        settings.open = true;

        model.loadSettings();

        assertThat(model.darkThemeProperty().get()).isFalse();
        assertThat(model.textSizeProperty().get()).isEqualTo(150);
        assertThat(settings.writes).containsExactly("light", "text size 150");
        assertThat(settings.stored).isEqualTo(new UserSettings.Snapshot("Siti Rahmah", false, 150));

        model.darkThemeProperty().set(true);
        model.loadSettings();
        assertThat(model.darkThemeProperty().get()).as("once arrived, the stored settings apply again").isTrue();
        assertThat(model.textSizeProperty().get()).isEqualTo(150);
    }

    @Test
    void aNameTypedBeforeTheSettingsArriveIsKept() {
        model.header().counsellorProperty().set("Lim Wei Jie");

        model.loadSettings();

        assertThat(model.header().counsellorProperty().get()).isEqualTo("Lim Wei Jie");
        assertThat(model.darkThemeProperty().get()).isTrue();
    }

    @Test
    void switchingTheThemeIsRememberedEachTime() {
        model.loadSettings();

        model.darkThemeProperty().set(false);
        model.darkThemeProperty().set(true);

        assertThat(settings.writes).containsExactly("light", "dark");
        assertThat(settings.stored.darkTheme()).isTrue();
    }

    @Test
    void aChangedNameIsRememberedWhenTheConsultationIsSavedAndOnlyThen() {
        model.loadSettings();
        enterAConsultation("Tan Ah Kow");
        model.header().counsellorProperty().set("  Lim Wei Jie ");
        assertThat(settings.writes).as("typing alone remembers nothing").isEmpty();

        model.save();

        assertThat(model.actions().statusProperty().get()).startsWith("Saved for Tan Ah Kow");
        assertThat(settings.writes).containsExactly("counsellor Lim Wei Jie");

        model.newConsultation();
        assertThat(model.header().counsellorProperty().get()).as("the field keeps what was typed")
                .isEqualTo("  Lim Wei Jie ");
        enterAConsultation("Ong Bee Hoon");
        model.save();
        assertThat(settings.writes).as("the same name is not written again").containsExactly("counsellor Lim Wei Jie");
    }

    @Test
    void theUnchangedNameFromTheSettingsIsNotWrittenAgainOnSave() {
        model.loadSettings();
        enterAConsultation("Tan Ah Kow");

        model.save();

        assertThat(model.actions().statusProperty().get()).startsWith("Saved for Tan Ah Kow");
        assertThat(settings.writes).isEmpty();
    }

    @Test
    void aColleaguesSavedConsultationShownReadOnlyLeavesTheOwnNameForTheNextOne() {
        model.loadSettings();
        enterAConsultation("Tan Ah Kow");
        model.header().counsellorProperty().set("Colleague Chua");
        model.save();
        SavedConsultation colleagues = store.all().get(0);
        model.header().counsellorProperty().set("Siti Rahmah");
        model.newConsultation();
        settings.writes.clear();

        model.actions().open(colleagues);
        assertThat(model.readOnlyProperty().get()).isTrue();
        assertThat(model.header().counsellorProperty().get()).isEqualTo("Colleague Chua");
        model.print();
        model.newConsultation();

        assertThat(model.header().counsellorProperty().get()).isEqualTo("Siti Rahmah");
        assertThat(settings.writes).isEmpty();
    }

    @Test
    void aNameThatCannotBeRememberedIsSaidSoAndTriedAgainNextTime() {
        model.loadSettings();
        settings.failure = new IllegalArgumentException("the counsellor's name is longer than 200 characters");
        enterAConsultation("Tan Ah Kow");
        model.header().counsellorProperty().set("Lim Wei Jie");

        model.save();

        assertThat(model.problemProperty().get())
                .isEqualTo("The counsellor's name was not remembered: the counsellor's name is longer than 200 "
                        + "characters");
        settings.failure = null;
        model.newConsultation();
        enterAConsultation("Ong Bee Hoon");
        model.save();
        assertThat(settings.writes).containsExactly("counsellor Lim Wei Jie");
    }
}
