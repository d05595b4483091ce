package sg.tsa.advisor.storage.learner;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.storage.DatabaseState;
import sg.tsa.advisor.storage.Storage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LearnerRepositoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    private Storage storage;
    private LearnerRepository learners;

    @BeforeEach
    void open() {
        storage = Storage.open(temp.resolve("data"), CLOCK);
        learners = storage.learners();
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void aLearnerIsCreatedReadUpdatedAndDeleted() {
        Learner created = learners.create(new LearnerDetails("  Tan Mei Ling ", "mei@example.com", "", "walk-in"));

        assertThat(learners.find(created.id())).contains(created);
        assertThat(created.details()).isEqualTo(new LearnerDetails("Tan Mei Ling", "mei@example.com", null, "walk-in"));

        Learner updated = learners.update(created.id(),
                new LearnerDetails("Tan Mei Ling", null, "+65 9123 4567", "prefers evening classes")).orElseThrow();

        assertThat(learners.find(created.id())).contains(updated);
        assertThat(updated.details().phone()).isEqualTo("+65 9123 4567");
        assertThat(updated.details().email()).isNull();

        assertThat(learners.delete(created.id())).isTrue();
        assertThat(learners.find(created.id())).isEmpty();
        assertThat(learners.delete(created.id())).isFalse();
        assertThat(learners.update(created.id(), new LearnerDetails("Nobody", null, null, null))).isEmpty();
    }

    @Test
    void searchFindsNamesContainingTheTextWithThoseStartingWithItFirst() {
        learners.create(new LearnerDetails("Alice Tan", null, null, null));
        learners.create(new LearnerDetails("tan wei", null, null, null));
        learners.create(new LearnerDetails("Bob Lim", null, null, null));
        learners.create(new LearnerDetails("100% Tanaka", null, null, null));

        assertThat(learners.search("TAN", 10)).extracting(Learner::name)
                .containsExactly("tan wei", "100% Tanaka", "Alice Tan");
        assertThat(learners.search("%", 10)).extracting(Learner::name).containsExactly("100% Tanaka");
        assertThat(learners.search("", 2)).extracting(Learner::name).containsExactly("100% Tanaka", "Alice Tan");
    }

    @Test
    void heldCredentialsAreAddedReadUpdatedAndRemoved() {
        long learner = learners.create(new LearnerDetails("Ravi Kumar", null, null, null)).id();

        LearnerCredential ccna = learners.addCredential(learner, "cisco-ccna", LocalDate.of(2024, 6, 1),
                "certificate CSCO1234567");
        LearnerCredential aipnd = learners.addCredential(learner, "udacity-aipnd", LocalDate.of(2023, 1, 5), " ");

        assertThat(learners.credentials(learner)).containsExactly(aipnd, ccna);
        assertThat(aipnd.evidence()).isNull();

        LearnerCredential moved = learners.updateCredential(ccna.id(), "cisco-ccna", LocalDate.of(2022, 6, 1),
                "re-issued certificate").orElseThrow();

        assertThat(learners.credentials(learner)).containsExactly(moved, aipnd);
        assertThat(learners.removeCredential(aipnd.id())).isTrue();
        assertThat(learners.credentials(learner)).containsExactly(moved);

        learners.delete(learner);
        assertThat(learners.credentials(learner)).isEmpty();
    }

    @Test
    void nationalIdentityNumbersAndMalformedDetailsAreRefusedAndNothingIsStored() {
        long learner = learners.create(new LearnerDetails("Siti", null, null, null)).id();
        Map<String, String> before = DatabaseState.of(storage.database());

        InvalidLearnerDataException details = catchThrowableOfType(InvalidLearnerDataException.class,
                () -> learners.create(new LearnerDetails(" ", "not-an-address", "call me", "NRIC S1234567D")));
        InvalidLearnerDataException evidence = catchThrowableOfType(InvalidLearnerDataException.class,
                () -> learners.addCredential(learner, "cisco-ccna", LocalDate.of(2024, 1, 1), "FIN g7654321x"));

        assertThat(details.problems()).containsExactly("a learner needs a name",
                "e-mail \"not-an-address\" is not an e-mail address",
                "phone \"call me\" is not a phone number (digits, spaces, +, - and brackets)",
                "notes seems to hold a national identity number (NRIC/FIN); those are never stored");
        assertThat(evidence.problems()).containsExactly(
                "evidence seems to hold a national identity number (NRIC/FIN); those are never stored");
        assertThat(DatabaseState.of(storage.database())).isEqualTo(before);
    }
}
