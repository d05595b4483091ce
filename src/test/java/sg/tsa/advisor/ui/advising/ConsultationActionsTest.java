package sg.tsa.advisor.ui.advising;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.ui.CurrentThreadExecutor;
import sg.tsa.advisor.ui.QueuedExecutor;
import sg.tsa.advisor.ui.advising.history.InMemoryConsultations;
import sg.tsa.advisor.ui.advising.history.Learner;
import sg.tsa.advisor.ui.advising.history.LocalHistory;
import sg.tsa.advisor.ui.advising.history.SavedConsultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Saving, reopening, starting anew, finding learners and printing, without a screen. */
class ConsultationActionsTest {
    private static final LocalDate TODAY = ScreenModels.TODAY;

    private final InMemoryConsultations store = ScreenModels.store();
    private AdvisingViewModel model;

    @BeforeEach
    void loadShippedCatalogue() {
        model = ScreenModels.onShippedCatalogue(store);
    }

    private CredentialEntry add(String query, LocalDate attained) {
        return ScreenModels.add(model, query, attained);
    }

    @Test
    void aReturningLearnerBringsTheCredentialsRecordedLastTimeAndNothingIsReplacedOnceEntered() {
        model.header().learnerNameProperty().set("Tan Ah Kow");
        add("ccna", LocalDate.of(2024, 6, 1)).evidenceNoteProperty().set("certificate seen");
        model.whatIf("aws-saa");
        model.save();
        model.newConsultation();
        assertThat(model.picker().entries()).isEmpty();

        model.header().learnerNameProperty().set("Tan");
        model.header().choose(model.header().suggestions().get(0));

        assertThat(model.picker().entries()).singleElement().satisfies(entry -> {
            assertThat(entry.credential().id()).isEqualTo("cisco-ccna");
            assertThat(entry.planned()).isFalse();
            assertThat(entry.attainedOnProperty().get()).isEqualTo(LocalDate.of(2024, 6, 1));
            assertThat(entry.evidenceNoteProperty().get()).isEqualTo("certificate seen");
        });
        assertThat(model.adviceProperty().get().qualification("dip-idm-ict")).isPresent();

        model.newConsultation();
        add("saa", LocalDate.of(2025, 1, 1));
        model.header().learnerNameProperty().set("Tan");
        model.header().choose(model.header().suggestions().get(0));
        assertThat(model.picker().entries()).extracting(e -> e.credential().id()).containsExactly("aws-saa");
    }

    @Test
    void savingANewLearnerStoresTheConsultationWithItsSnapshotAndListsItInHistory() {
        model.header().learnerNameProperty().set("Tan Ah Kow");
        model.header().learnerContactProperty().set("tan@example.com");
        add("ccna", LocalDate.of(2024, 6, 1)).evidenceNoteProperty().set("certificate seen");
        model.whatIf("aws-saa");

        model.save();

        SavedConsultation saved = store.all().get(0);
        assertThat(saved.learner().name()).isEqualTo("Tan Ah Kow");
        assertThat(saved.draft().counsellor()).isEqualTo("Mei Ling");
        assertThat(saved.draft().catalogueVersion()).isEqualTo("2026.11");
        assertThat(saved.draft().held()).singleElement().satisfies(c -> {
            assertThat(c.credentialId()).isEqualTo("cisco-ccna");
            assertThat(c.evidenceNote()).isEqualTo("certificate seen");
        });
        assertThat(saved.draft().credentials()).filteredOn(c -> c.planned())
                .extracting(c -> c.credentialId()).containsExactly("aws-saa");
        JsonObject snapshot = JsonParser.parseString(saved.snapshotJson()).getAsJsonObject();
        assertThat(snapshot.getAsJsonArray("held").toString()).contains("cisco-ccna").doesNotContain("aws-saa");
        assertThat(snapshot.getAsJsonArray("qualifications").toString()).contains("\"dcn\"")
                .doesNotContain("\"ccs\"");
        assertThat(model.header().learnerProperty().get()).isEqualTo(saved.learner());
        assertThat(model.history().entries()).extracting(e -> e.id()).containsExactly(saved.id());
        assertThat(model.actions().statusProperty().get()).startsWith("Saved for Tan Ah Kow at");
    }

    @Test
    void savingTwiceWithoutAChangeStoresOnce() {
        model.header().learnerNameProperty().set("Tan Ah Kow");
        add("ccna", LocalDate.of(2024, 6, 1));
        model.save();
        model.save();
        assertThat(store.all()).hasSize(1);
        assertThat(model.actions().statusProperty().get()).startsWith("Already saved");
    }

    @Test
    void savingWithoutANameOrWithAnUndatedCredentialIsRefusedWithAMessage() {
        add("ccna", LocalDate.of(2024, 6, 1));
        model.save();
        assertThat(model.problemProperty().get()).isEqualTo("Type the learner's name first.");

        model.header().learnerNameProperty().set("Tan Ah Kow");
        model.picker().queryProperty().set("saa");
        model.picker().addTopMatch();
        model.save();
        assertThat(model.problemProperty().get()).contains("Enter the date AWS Certified Solutions Architect");
        assertThat(store.all()).isEmpty();
    }

    @Test
    void withoutALocalDatabaseSavingSaysWhyAndKeepsTheConsultation() {
        LocalHistory none = new LocalHistory(java.time.Clock.systemUTC());
        model = new AdvisingViewModel(new CurrentThreadExecutor(), () -> TODAY, "Mei Ling", none, none);
        model.load(ShippedCatalogue::load);
        model.header().learnerNameProperty().set("Tan Ah Kow");
        add("ccna", LocalDate.of(2024, 6, 1));

        model.save();

        assertThat(model.problemProperty().get()).contains(LocalHistory.NO_DATABASE);
        assertThat(model.picker().entries()).hasSize(1);
    }

    @Test
    void aReopenedConsultationIsReadOnlyAndShowsWhatWasEntered() {
        model.header().learnerNameProperty().set("Tan Ah Kow");
        add("ccna", LocalDate.of(2024, 6, 1));
        model.header().intakeProperty().set(LocalDate.of(2027, 4, 1));
        model.save();
        SavedConsultation saved = store.all().get(0);

        model.newConsultation();
        assertThat(model.picker().entries()).isEmpty();
        assertThat(model.header().learnerNameProperty().get()).isEmpty();
        assertThat(model.header().counsellorProperty().get()).isEqualTo("Mei Ling");

        model.actions().open(saved);

        assertThat(model.readOnlyProperty().get()).isTrue();
        assertThat(model.header().learnerNameProperty().get()).isEqualTo("Tan Ah Kow");
        assertThat(model.header().intakeProperty().get()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(model.picker().entries()).extracting(e -> e.credential().id()).containsExactly("cisco-ccna");
        assertThat(model.adviceProperty().get().qualification("dip-idm-ict")).isPresent();
        assertThat(model.actions().statusProperty().get()).startsWith("Read-only: consultation of 28 Nov 2026");

        model.save();
        assertThat(store.all()).hasSize(1);
        model.whatIf("aws-saa");
        assertThat(model.picker().entries()).hasSize(1);

        model.newConsultation();
        assertThat(model.readOnlyProperty().get()).isFalse();
    }

    @Test
    void typingANameFindsKnownLearnersAndChoosingOneShowsTheirHistory() {
        Learner tan = store.addLearner("Tan Ah Kow", null);
        store.addLearner("Lim Bee Hoon", null);

        model.header().learnerNameProperty().set("ta");
        assertThat(model.header().suggestions()).containsExactly(tan);
        assertThat(model.header().learnerStateBinding().get()).isEqualTo("New learner");

        model.header().choose(tan);

        assertThat(model.header().learnerProperty().get()).isEqualTo(tan);
        assertThat(model.header().learnerStateBinding().get()).isEqualTo("Returning learner");
        assertThat(model.history().noteProperty().get()).contains("no saved consultations");

        model.header().learnerNameProperty().set("Tan Ah Kow Jr");
        assertThat(model.header().learnerProperty().get()).isNull();
    }

    @Test
    void printHandsTheHookTheConsultationWithPlannedCredentialsMarked() {
        List<PrintRequest> printed = new ArrayList<>();
        model.onPrintProperty().set(printed::add);
        model.header().learnerNameProperty().set("Tan Ah Kow");
        add("ccna", LocalDate.of(2024, 6, 1));
        model.whatIf("aws-saa");

        model.print();

        assertThat(printed).singleElement().satisfies(request -> {
            assertThat(request.draft().held()).extracting(c -> c.credentialId()).containsExactly("cisco-ccna");
            assertThat(request.advice().held()).extracting(h -> h.credentialId()).containsExactly("cisco-ccna");
            assertThat(request.withPlanned().held()).hasSize(2);
        });
    }

    @Test
    void withoutAPrintHookPrintSaysItIsNotAvailable() {
        model.print();
        assertThat(model.actions().statusProperty().get()).contains("Printing is not available");
    }

    @Test
    void aSlowOlderResultArrivingLastDoesNotReplaceTheNewerAdvice() {
        QueuedExecutor queued = new QueuedExecutor();
        model = new AdvisingViewModel(queued, () -> TODAY, "Mei Ling", store, store);
        model.load(ShippedCatalogue::load);
        queued.runAll();
        model.picker().queryProperty().set("ccna");
        CredentialEntry ccna = model.picker().addTopMatch().orElseThrow();
        queued.runAll();
        ccna.attainedOnProperty().set(LocalDate.of(2024, 6, 1));
        model.picker().remove(ccna);

        queued.runNewestFirst();

        assertThat(model.adviceProperty().get().isEmpty()).isTrue();
    }
}
