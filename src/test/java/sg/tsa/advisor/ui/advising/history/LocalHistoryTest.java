package sg.tsa.advisor.ui.advising.history;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.learner.InvalidLearnerDataException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The advising screen's history over a real database file. */
class LocalHistoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T03:15:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dataDir;
    private Storage storage;
    private final LocalHistory history = new LocalHistory(CLOCK);

    @BeforeEach
    void open() {
        storage = Storage.open(dataDir, CLOCK);
        history.attach(storage);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private static ConsultationDraft draft(Long learnerId, String contact, EnteredCredential... credentials) {
        return new ConsultationDraft(learnerId, "Tan Ah Kow", contact, "Mei Ling", TODAY, LocalDate.of(2027, 4, 1),
                "2026.11", List.of(credentials));
    }

    @Test
    void aNewLearnersConsultationIsSavedAndReopensAsEntered() {
        EnteredCredential ccna = new EnteredCredential("cisco-ccna", LocalDate.of(2024, 6, 1), "certificate seen",
                false);
        EnteredCredential planned = new EnteredCredential("aws-saa", TODAY, null, true);

        SavedConsultation saved = history.save(draft(null, "tan@example.com", ccna, planned), "{\"asOf\":\"x\"}");

        assertThat(saved.learner().name()).isEqualTo("Tan Ah Kow");
        assertThat(saved.learner().contact()).isEqualTo("tan@example.com");
        assertThat(history.findByName("tan", 5)).extracting(Learner::id).containsExactly(saved.learner().id());
        List<SavedConsultation> past = history.consultationsOf(saved.learner().id());
        assertThat(past).hasSize(1);
        SavedConsultation reopened = past.get(0);
        assertThat(reopened.snapshotJson()).isEqualTo("{\"asOf\":\"x\"}");
        assertThat(reopened.savedAt()).isEqualTo(CLOCK.instant());
        assertThat(reopened.draft().intakeOn()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(reopened.draft().counsellor()).isEqualTo("Mei Ling");
        // The planned credential is never stored as held.
        assertThat(reopened.draft().credentials()).containsExactly(ccna);
        assertThat(history.credentialsOf(saved.learner().id())).containsExactly(ccna);
    }

    @Test
    void aReturningLearnersSecondConsultationReplacesWhatTheyHoldAndKeepsTheFirst() {
        SavedConsultation first = history.save(draft(null, "9123 4567",
                new EnteredCredential("cisco-ccna", LocalDate.of(2024, 6, 1), null, false)), "{\"n\":1}");
        long learnerId = first.learner().id();

        history.save(draft(learnerId, null,
                new EnteredCredential("cisco-ccna", LocalDate.of(2024, 6, 1), null, false),
                new EnteredCredential("aws-sap", LocalDate.of(2025, 2, 3), "score report", false)), "{\"n\":2}");

        assertThat(history.findByName("Tan", 5)).hasSize(1).first()
                .extracting(Learner::contact).isEqualTo("9123 4567");
        assertThat(history.consultationsOf(learnerId)).extracting(SavedConsultation::snapshotJson)
                .containsExactlyInAnyOrder("{\"n\":1}", "{\"n\":2}");
        assertThat(storage.learners().credentials(learnerId)).extracting(c -> c.credentialId())
                .containsExactly("cisco-ccna", "aws-sap");
    }

    @Test
    void aSaveThatFailsHalfWayStoresNothing() {
        SavedConsultation first = history.save(draft(null, null,
                new EnteredCredential("cisco-ccna", LocalDate.of(2024, 6, 1), null, false)), "{}");
        long learnerId = first.learner().id();
        storage.learners().delete(learnerId);
        long gone = learnerId;

        assertThatThrownBy(() -> history.save(draft(gone, null,
                new EnteredCredential("aws-saa", LocalDate.of(2025, 1, 1), null, false)), "{}"))
                .isInstanceOf(InvalidLearnerDataException.class).hasMessageContaining(String.valueOf(gone));
        assertThat(history.findByName("", 10)).isEmpty();
        assertThat(storage.learners().credentials(gone)).isEmpty();
    }

    @Test
    void aStoredEditionIsFoundAndAnUnknownOneIsNot() {
        assertThat(history.catalogueEdition("2026.11")).isPresent();
        assertThat(history.catalogueEdition("1999.01")).isEmpty();
    }

    @Test
    void withoutADatabaseNothingIsFoundAndSavingSaysWhy() {
        LocalHistory detached = new LocalHistory(CLOCK);
        assertThat(detached.findByName("Tan", 5)).isEmpty();
        assertThat(detached.consultationsOf(1)).isEmpty();
        assertThatThrownBy(() -> detached.save(draft(null, null), "{}")).hasMessage(LocalHistory.NO_DATABASE);
    }
}
