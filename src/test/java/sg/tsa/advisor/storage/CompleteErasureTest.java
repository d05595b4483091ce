package sg.tsa.advisor.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.storage.learner.HeldEntry;
import sg.tsa.advisor.storage.learner.LearnerDetails;
import sg.tsa.advisor.storage.learner.Visit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Erasure that is complete and verified: no byte of the learner left in any file of the data folder. */
class CompleteErasureTest {
    private static final String NAME = "Tan Wei Ling";
    private static final String EMAIL = "wei.ling.tan@example.com";
    private static final String NOTES = "Prefers evening classes at Tampines";
    private static final String EVIDENCE = "Certificate seen, serial CX-99812";

    @TempDir
    Path temp;

    private static Clock day(int dayOfMonth) {
        return Clock.fixed(Instant.parse(String.format("2026-11-%02dT02:00:00Z", dayOfMonth)), ZoneOffset.UTC);
    }

    /** Tan (with contact, notes, an evidence note and a consultation) and Lim, in the database and two backups. */
    private long folderHoldingTan(Path folder) throws Exception {
        long tan;
        try (Storage storage = Storage.open(folder, day(1))) {
            tan = storage.learners().create(new LearnerDetails(NAME, EMAIL, null, NOTES)).id();
            storage.consultations().record(new Visit(tan, new LearnerDetails(NAME, null, null, null),
                    List.of(new HeldEntry("cisco-ccna", LocalDate.of(2024, 6, 1), EVIDENCE)), day(1).instant(),
                    "Nur Aisyah", LocalDate.of(2026, 11, 1), null, "2026.11", "{}"));
            storage.learners().create(new LearnerDetails("Lim Bee Hoon", "bee.hoon@example.com", null, null));
        }
        Storage.open(folder, day(2)).close();
        Storage.open(folder, day(3)).close();
        // An earlier damaged start set a copy aside, with its log.
        Path damaged = Files.createDirectories(folder.resolve(Storage.DAMAGED_FOLDER));
        Files.copy(folder.resolve("backups/exemption-advisor-2026-11-02.db"),
                damaged.resolve("exemption-advisor-2026-11-02T09-00-00.db"));
        Files.writeString(damaged.resolve("unrelated.txt"), "nothing about anyone");
        return tan;
    }

    private static List<String> filesHolding(Path folder, String... texts) throws Exception {
        List<String> holding = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String text : texts) {
                    if (bytes.contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
                        holding.add(folder.relativize(file) + ": " + text);
                    }
                }
            }
        }
        return holding;
    }

    @Test
    void noFileInTheDataFolderHoldsAnyTraceOfTheErasedLearner() throws Exception {
        Path folder = temp.resolve("data");
        long tan = folderHoldingTan(folder);
        assertThat(filesHolding(folder, NAME, EMAIL, NOTES, EVIDENCE)).isNotEmpty();

        LearnerErasure.Result result;
        try (Storage storage = Storage.open(folder, day(3))) {
            LearnerErasure.Scope scope = storage.erasure().scope(tan);
            assertThat(scope.consultations()).isEqualTo(1);
            assertThat(scope.backups()).extracting(p -> p.getFileName().toString()) // day 1's predates Tan
                    .containsExactly("exemption-advisor-2026-11-03.db", "exemption-advisor-2026-11-02.db");
            assertThat(scope.damagedCopies()).extracting(p -> p.getFileName().toString())
                    .containsExactly("exemption-advisor-2026-11-02T09-00-00.db");

            result = storage.erasure().erase(List.of(tan));

            assertThat(storage.learners().search("", 10)).extracting(l -> l.name()).containsExactly("Lim Bee Hoon");
        }

        assertThat(result.complete()).as(String.join("\n", result.leftBehind())).isTrue();
        assertThat(result.consultations()).isEqualTo(1);
        assertThat(result.backupsRewritten()).hasSize(2);
        assertThat(result.filesDeleted()).extracting(p -> p.getFileName().toString())
                .containsExactly("exemption-advisor-2026-11-02T09-00-00.db");
        assertThat(filesHolding(folder, NAME, EMAIL, NOTES, EVIDENCE)).isEmpty();
        assertThat(folder.resolve("damaged/unrelated.txt")).exists();
        for (Backups.Backup backup : new Backups(folder.resolve(Storage.BACKUP_FOLDER)).list()) {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + backup.file());
                 Statement query = connection.createStatement();
                 ResultSet rows = query.executeQuery("SELECT group_concat(name) FROM learner")) {
                assertThat(rows.getString(1)).as(backup.file().toString())
                        .isEqualTo(backup.day().getDayOfMonth() == 1 ? null : "Lim Bee Hoon");
            }
        }
        assertThat(new Backups(folder.resolve(Storage.BACKUP_FOLDER)).list()).extracting(b -> b.day().getDayOfMonth())
                .containsExactly(3, 2, 1); // still restorable, to the moments they were taken
    }

    @Test
    void aReaderKeepingTheOldPagesIsReportedNotPassedOverAndTheNextStartFinishesTheJob() throws Exception {
        Path folder = temp.resolve("data");
        long tan = folderHoldingTan(folder);
        LearnerErasure.Result result;
        try (Storage storage = Storage.open(folder, day(3));
             Connection reader = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Storage.DATABASE_FILE));
             Statement statement = reader.createStatement()) {
            statement.execute("BEGIN");
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM learner")) {
                assertThat(rows.getInt(1)).isEqualTo(2); // the reader now holds a snapshot with Tan in it
            }

            result = storage.erasure(2, Duration.ofMillis(10)).erase(List.of(tan));

            statement.execute("COMMIT");
        }

        assertThat(result.complete()).isFalse();
        assertThat(result.leftBehind()).singleElement().asString()
                .startsWith(folder.resolve(Storage.DATABASE_FILE).toString())
                .contains("another program or copy of Exemption Advisor was reading the database")
                .contains("overwritten when Exemption Advisor next starts");
        assertThat(filesHolding(folder.resolve(Storage.BACKUP_FOLDER), NAME)).isEmpty();

        Storage.open(folder, day(4)).close();

        assertThat(filesHolding(folder, NAME, EMAIL, NOTES, EVIDENCE)).isEmpty();
    }
}
