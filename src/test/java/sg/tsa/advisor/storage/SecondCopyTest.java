package sg.tsa.advisor.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.storage.learner.LearnerDetails;
import sg.tsa.advisor.storage.learner.LearnerRepository;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Another copy of the application writing at the same time: this one waits, then carries on or says so. */
class SecondCopyTest {
    @TempDir
    Path temp;

    @Test
    void aWriteWaitsForTheOtherCopysTransactionAndThenSucceeds() throws Exception {
        Path folder = temp.resolve("data");
        Storage.open(folder, Clock.systemUTC()).close();
        try (Database database = Database.open(folder.resolve(Storage.DATABASE_FILE), 5_000);
             Connection otherCopy = DriverManager.getConnection("jdbc:sqlite:" + database.file());
             Statement other = otherCopy.createStatement()) {
            LearnerRepository learners = new LearnerRepository(database, Clock.systemUTC());
            other.execute("BEGIN IMMEDIATE");
            other.execute("INSERT INTO learner (name, created_at, updated_at) "
                    + "VALUES ('From the other copy', '2026-11-28T02:00:00Z', '2026-11-28T02:00:00Z')");

            CompletableFuture<Long> waiting = CompletableFuture.supplyAsync(
                    () -> learners.create(new LearnerDetails("From this copy", null, null, null)).id());
            Thread.sleep(500);
            assertThat(waiting).isNotDone();
            other.execute("COMMIT");

            assertThat(waiting.get(5, TimeUnit.SECONDS)).isPositive();
            assertThat(learners.search("copy", 10)).extracting(l -> l.name())
                    .containsExactly("From the other copy", "From this copy");
        }
    }

    @Test
    void whenTheOtherCopyHoldsOnTooLongTheDataIsSaidToBeInUseAndNothingIsWritten() throws Exception {
        Path folder = temp.resolve("data");
        Storage.open(folder, Clock.systemUTC()).close();
        try (Database database = Database.open(folder.resolve(Storage.DATABASE_FILE), 300);
             Connection otherCopy = DriverManager.getConnection("jdbc:sqlite:" + database.file());
             Statement other = otherCopy.createStatement()) {
            LearnerRepository learners = new LearnerRepository(database, Clock.systemUTC());
            other.execute("BEGIN IMMEDIATE");

            assertThatThrownBy(() -> learners.create(new LearnerDetails("Too early", null, null, null)))
                    .isInstanceOf(DataInUseException.class)
                    .hasMessage("the data in " + database.file() + " is in use by another copy of Exemption Advisor; "
                            + "try again when it has finished, or close the other copy");
            other.execute("ROLLBACK");
            assertThat(learners.search("", 10)).isEmpty();
        }
    }

    @Test
    void aSecondCopyStartingDuringTheFirstCopysStartWaitsForIt() throws Exception {
        Path folder = temp.resolve("data");
        CompletableFuture<Storage> first = CompletableFuture.supplyAsync(() -> Storage.open(folder, Clock.systemUTC()));
        CompletableFuture<Storage> second = CompletableFuture.supplyAsync(() -> Storage.open(folder, Clock.systemUTC()));
        try (Storage one = first.get(60, TimeUnit.SECONDS); Storage two = second.get(60, TimeUnit.SECONDS)) {
            assertThat(one.catalogues().editions()).hasSize(1);
            assertThat(two.catalogues().editions()).hasSize(1);
            assertThat(one.backups().list()).hasSize(1);
        }
    }
}
