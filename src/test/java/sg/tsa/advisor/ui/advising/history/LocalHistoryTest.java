package sg.tsa.advisor.ui.advising.history;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.learner.InvalidLearnerDataException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    void withoutADatabaseNothingIsFoundAndSavingOrErasingSaysWhy() {
        LocalHistory detached = new LocalHistory(CLOCK);
        assertThat(detached.findByName("Tan", 5)).isEmpty();
        assertThat(detached.consultationsOf(1)).isEmpty();
        assertThatThrownBy(() -> detached.save(draft(null, null), "{}")).hasMessage(LocalHistory.NO_DATABASE);
        assertThatThrownBy(() -> detached.eraseLearner(1)).hasMessage(LocalHistory.NO_DATABASE_TO_ERASE);
    }

    @Test
    void erasingALearnerRemovesTheirDetailsCredentialsAndConsultationsAndNobodyElses() throws SQLException {
        EnteredCredential ccna = new EnteredCredential("cisco-ccna", LocalDate.of(2024, 6, 1), "certificate seen",
                false);
        EnteredCredential sap = new EnteredCredential("aws-sap", LocalDate.of(2025, 2, 3), "score report", false);
        long tan = history.save(draft(null, "tan@example.com", ccna), "{\"n\":1}").learner().id();
        history.save(draft(tan, null, ccna, sap), "{\"n\":2}");
        long lim = history.save(new ConsultationDraft(null, "Lim Bee Hoon", "9123 4567", "Mei Ling", TODAY, null,
                "2026.11", List.of(sap)), "{\"n\":3}").learner().id();
        List<Long> tansConsultations = history.consultationsOf(tan).stream().map(SavedConsultation::id).toList();
        assertThat(rows("SELECT count(*) FROM consultation_credential cc JOIN consultation c "
                + "ON c.id = cc.consultation_id WHERE c.learner_id = ?", tan)).isEqualTo(3);

        assertThat(history.erasureScope(tan).consultations()).isEqualTo(2);
        ErasureOutcome erased = history.eraseLearner(tan);

        assertThat(erased.consultations()).isEqualTo(2);
        assertThat(erased.complete()).isTrue();
        assertThat(history.erasureScope(tan).consultations()).isZero();
        assertThat(history.erasureScope(lim).consultations()).isEqualTo(1);
        assertThat(history.findByName("", 10)).extracting(Learner::id).containsExactly(lim);
        assertThat(storage.learners().find(tan)).isEmpty();
        assertThat(history.credentialsOf(tan)).isEmpty();
        assertThat(history.consultationsOf(tan)).isEmpty();
        for (long id : tansConsultations) {
            assertThat(storage.consultations().find(id)).isEmpty();
            assertThat(storage.consultations().entered(id)).isEmpty();
        }
        // Straight from the file: nothing of theirs is left in any table, not even an orphan row.
        assertThat(rows("SELECT count(*) FROM learner WHERE id = ?", tan)).isZero();
        assertThat(rows("SELECT count(*) FROM held_credential WHERE learner_id = ?", tan)).isZero();
        assertThat(rows("SELECT count(*) FROM consultation WHERE learner_id = ?", tan)).isZero();
        assertThat(rows("SELECT count(*) FROM consultation_credential WHERE consultation_id NOT IN "
                + "(SELECT id FROM consultation) OR consultation_id = ?", tansConsultations.get(0))).isZero();
        assertThat(rows("SELECT count(*) FROM learner WHERE name LIKE ? OR email LIKE ?", "%Tan%", "%tan%"))
                .isZero();
        // Lim is untouched.
        assertThat(history.findByName("Lim", 5)).singleElement().extracting(Learner::contact).isEqualTo("9123 4567");
        assertThat(history.credentialsOf(lim)).containsExactly(sap);
        assertThat(history.consultationsOf(lim)).singleElement().satisfies(c -> {
            assertThat(c.snapshotJson()).isEqualTo("{\"n\":3}");
            assertThat(c.draft().credentials()).containsExactly(sap);
        });
    }

    @Test
    void erasingALearnerNoLongerStoredSaysSoAndErasesNothing() {
        long lim = history.save(draft(null, null), "{}").learner().id();

        assertThatThrownBy(() -> history.eraseLearner(lim + 1)).hasMessageContaining("no longer stored");
        assertThat(history.consultationsOf(lim)).hasSize(1);
    }

    @Test
    void anErasedLearnersDetailsCannotBeReadFromTheDatabaseFilesAfterwards() throws Exception {
        String email = "erase.me.please@example.com";
        long tan = history.save(draft(null, email,
                new EnteredCredential("cisco-ccna", LocalDate.of(2024, 6, 1), "cert no. CX-99817 seen", false)),
                "{\"learner\":\"" + email + "\"}").learner().id();
        assertThat(bytesOfTheDatabaseFiles()).contains(email);

        history.eraseLearner(tan);

        String files = bytesOfTheDatabaseFiles();
        assertThat(files).doesNotContain(email).doesNotContain("CX-99817");
    }

    /** The database file and its write-ahead log, as text, exactly as they are on disk. */
    private String bytesOfTheDatabaseFiles() throws java.io.IOException {
        StringBuilder all = new StringBuilder();
        for (String name : new String[]{Storage.DATABASE_FILE, Storage.DATABASE_FILE + "-wal"}) {
            java.nio.file.Path file = dataDir.resolve(name);
            if (java.nio.file.Files.exists(file)) {
                all.append(new String(java.nio.file.Files.readAllBytes(file),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    /** A count read straight from the database file, past the repositories. */
    private long rows(String sql, Object... values) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:"
                + dataDir.resolve(Storage.DATABASE_FILE));
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
