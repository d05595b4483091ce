package sg.tsa.advisor.storage.draft;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.storage.LearnerErasure;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.learner.InvalidLearnerDataException;
import sg.tsa.advisor.storage.learner.Learner;
import sg.tsa.advisor.storage.learner.LearnerDetails;
import sg.tsa.advisor.storage.settings.CounsellorQuestion;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The consultation in progress kept in a real database file, across closing and reopening it. */
class DraftStoreTest {
    private static final Instant KEPT = Instant.parse("2026-11-28T06:05:00Z");

    @TempDir
    Path dir;

    private Storage open() {
        return Storage.open(dir, Clock.systemUTC());
    }

    static Draft draft(Long learnerId, String name, Draft.Item... items) {
        return draft(learnerId, name, List.of(), items);
    }

    static Draft draft(Long learnerId, String name, List<Draft.Unlisted> unlisted, Draft.Item... items) {
        return new Draft(KEPT, learnerId, name, "tan@example.com", "Nur Aisyah", LocalDate.of(2026, 11, 28),
                LocalDate.of(2027, 4, 1), "2026.11", List.of(items), unlisted);
    }

    @Test
    void aKeptDraftComesBackWholeAfterTheDatabaseIsReopened() {
        Draft kept = draft(null, "Tan Ah Kow",
                new Draft.Item("cisco-ccna", LocalDate.of(2024, 6, 1), "certificate seen", false),
                new Draft.Item("aws-saa", null, null, false),
                new Draft.Item("udacity-aipnd", LocalDate.of(2026, 11, 28), null, true));
        try (Storage storage = open()) {
            assertThat(new DraftStore(storage.database()).load()).isEmpty();
            new DraftStore(storage.database()).keep(kept);
        }
        try (Storage storage = open()) {
            assertThat(new DraftStore(storage.database()).load()).contains(kept);
        }
    }

    @Test
    void keepingReplacesTheWholeDraftAndClearingForgetsIt() {
        try (Storage storage = open()) {
            DraftStore drafts = new DraftStore(storage.database());
            drafts.keep(draft(null, "Tan Ah Kow", new Draft.Item("cisco-ccna", null, null, false),
                    new Draft.Item("aws-saa", null, null, false)));
            Draft second = draft(null, "Tan Ah Kow", new Draft.Item("aws-saa", LocalDate.of(2023, 1, 1), null, false));
            drafts.keep(second);
            assertThat(drafts.load()).contains(second);

            drafts.clear();
            assertThat(drafts.load()).isEmpty();
        }
    }

    @Test
    void aNationalIdentityNumberIsNeverKeptAndThePreviousDraftStays() {
        try (Storage storage = open()) {
            DraftStore drafts = new DraftStore(storage.database());
            Draft good = draft(null, "Tan Ah Kow");
            drafts.keep(good);

            assertThatThrownBy(() -> drafts.keep(draft(null, "Tan Ah Kow S1234567D")))
                    .isInstanceOf(InvalidLearnerDataException.class).hasMessageContaining("the learner's name");
            assertThat(drafts.load()).contains(good);
        }
    }

    @Test
    void erasingTheLearnerErasesTheirDraft() {
        try (Storage storage = open()) {
            Learner learner = storage.learners().create(new LearnerDetails("Tan Ah Kow", null, null, null));
            DraftStore drafts = new DraftStore(storage.database());
            drafts.keep(draft(learner.id(), "Tan Ah Kow", new Draft.Item("cisco-ccna", null, null, false)));

            storage.learners().delete(learner.id());

            assertThat(drafts.load()).isEmpty();
        }
    }

    @Test
    void credentialsRecordedAsNotListedComeBackWithTheDraftAndGoWithIt() {
        Draft kept = draft(null, "Tan Ah Kow", List.of(
                        new Draft.Unlisted("CompTIA Security+", LocalDate.of(2024, 3, 1), "certificate seen"),
                        new Draft.Unlisted("Scrum Master", null, null)),
                new Draft.Item("cisco-ccna", LocalDate.of(2024, 6, 1), null, false));
        try (Storage storage = open()) {
            new DraftStore(storage.database()).keep(kept);
        }
        try (Storage storage = open()) {
            DraftStore drafts = new DraftStore(storage.database());
            assertThat(drafts.load()).contains(kept);

            Draft fewer = draft(null, "Tan Ah Kow", List.of(new Draft.Unlisted("Scrum Master", null, null)));
            drafts.keep(fewer);
            assertThat(drafts.load()).contains(fewer);
            drafts.clear();
            assertThat(unlistedRows(storage)).isZero();
        }
    }

    @Test
    void aNationalIdentityNumberInANoteOnACredentialNotListedIsRefusedAndThePreviousDraftStays() {
        try (Storage storage = open()) {
            DraftStore drafts = new DraftStore(storage.database());
            Draft good = draft(null, "Tan Ah Kow", List.of(new Draft.Unlisted("Scrum Master", null, "seen")));
            drafts.keep(good);

            assertThatThrownBy(() -> drafts.keep(draft(null, "Tan Ah Kow",
                    List.of(new Draft.Unlisted("Scrum Master", null, "NRIC S1234567D")))))
                    .isInstanceOf(InvalidLearnerDataException.class)
                    .hasMessageContaining("the note of the credential not listed \"Scrum Master\"");
            assertThat(drafts.load()).contains(good);
        }
    }

    @Test
    void erasingTheLearnerLeavesNoTraceOfTheirCredentialsNotListedInTheDraft() throws Exception {
        String note = "Certificate from Bedok community centre, serial QX-4471";
        try (Storage storage = open()) {
            Learner learner = storage.learners().create(new LearnerDetails("Tan Ah Kow", null, null, null));
            new DraftStore(storage.database()).keep(draft(learner.id(), "Tan Ah Kow",
                    List.of(new Draft.Unlisted("CompTIA Security+", null, note))));
            assertThat(unlistedRows(storage)).isOne();

            LearnerErasure.Result result = storage.erasure().erase(List.of(learner.id()));

            assertThat(result.complete()).as(String.join("\n", result.leftBehind())).isTrue();
            assertThat(new DraftStore(storage.database()).load()).isEmpty();
            assertThat(unlistedRows(storage)).isZero();
        }
        byte[] file = Files.readAllBytes(dir.resolve(Storage.DATABASE_FILE));
        assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain(note);
    }

    private static int unlistedRows(Storage storage) {
        return storage.database().read(connection -> {
            try (Statement query = connection.createStatement();
                 ResultSet rows = query.executeQuery("SELECT count(*) FROM consultation_draft_unlisted_credential")) {
                return rows.getInt(1);
            }
        });
    }

    @Test
    void theCounsellorIsAskedForTheirNameOnce() {
        try (Storage storage = open()) {
            CounsellorQuestion question = new CounsellorQuestion(storage.database());
            assertThat(question.asked()).isFalse();
            question.markAsked();
        }
        try (Storage storage = open()) {
            assertThat(new CounsellorQuestion(storage.database()).asked()).isTrue();
        }
    }

    @Test
    void aDateGivenAsAMonthAloneIsStillAMonthWhenTheDraftComesBack() {
        Draft kept = draft(null, "Tan Ah Kow",
                List.of(new Draft.Unlisted("CompTIA Security+", LocalDate.of(2023, 3, 1), null, true),
                        new Draft.Unlisted("ITIL 4", LocalDate.of(2023, 3, 1), null, false)),
                new Draft.Item("cisco-ccna", LocalDate.of(2024, 6, 1), null, false, true),
                new Draft.Item("aws-saa", LocalDate.of(2023, 1, 1), null, false, false));
        try (Storage storage = open()) {
            new DraftStore(storage.database()).keep(kept);
        }
        try (Storage storage = open()) {
            Draft back = new DraftStore(storage.database()).load().orElseThrow();
            assertThat(back.credentials()).extracting(Draft.Item::monthOnly).containsExactly(true, false);
            assertThat(back.unlisted()).extracting(Draft.Unlisted::monthOnly).containsExactly(true, false);
            assertThat(back).isEqualTo(kept);
        }
    }
}
