package sg.tsa.advisor.storage;

import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Erasing learners from everything in the data folder that holds them, and checking that it did: the database
 * (rows deleted with secure delete, the log checkpointed and its result checked), the automatic backups
 * (rewritten without them) and the copies set aside in {@code damaged/} (deleted when they hold a trace, since
 * a damaged file cannot be edited). Each file is then read as bytes for the learner's name, contact and notes;
 * whatever could not be cleaned is reported, file by file, never passed over. See decision 0072.
 */
public final class LearnerErasure {
    /** What an erasure would touch, for the question asked first. */
    public record Scope(String name, int consultations, List<Path> backups, List<Path> damagedCopies) {
    }

    /**
     * What an erasure did. {@code leftBehind} says, file by file, where a trace is still readable and why; empty
     * when the erasure is complete.
     */
    public record Result(List<String> names, int consultations, List<Path> backupsRewritten,
                         List<Path> filesDeleted, List<String> leftBehind) {
        public boolean complete() {
            return leftBehind.isEmpty();
        }
    }

    private record Learner(long id, String name, String createdAt, Traces traces) {
    }

    private final Storage storage;
    private final int checkpointAttempts;
    private final Duration checkpointPause;

    LearnerErasure(Storage storage, int checkpointAttempts, Duration checkpointPause) {
        this.storage = storage;
        this.checkpointAttempts = checkpointAttempts;
        this.checkpointPause = checkpointPause;
    }

    /** What erasing the learner would touch; empty name when no learner has that id. */
    public Scope scope(long learnerId) {
        List<Learner> learners = read(List.of(learnerId));
        if (learners.isEmpty()) {
            return new Scope("", 0, List.of(), List.of());
        }
        try {
            Traces traces = learners.get(0).traces();
            return new Scope(learners.get(0).name(), storage.consultations().countFor(learnerId),
                    holding(backupFiles(), traces), holding(damagedFiles(), traces));
        } catch (IOException e) {
            throw new StorageException("cannot read the data folder " + storage.directory() + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * Erases the learners, everywhere.
     *
     * @throws StorageException when nothing could be erased (no such learner, or the database refused)
     */
    public Result erase(Collection<Long> learnerIds) {
        List<Learner> learners = read(learnerIds);
        if (learners.isEmpty()) {
            return new Result(List.of(), 0, List.of(), List.of(), List.of());
        }
        int consultations = learners.stream().mapToInt(l -> storage.consultations().countFor(l.id())).sum();
        storage.database().write(connection -> {
            for (Learner learner : learners) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM learner WHERE id = ?")) {
                    delete.setLong(1, learner.id());
                    delete.executeUpdate();
                }
            }
            return null;
        });
        List<String> leftBehind = new ArrayList<>();
        List<Path> rewritten = new ArrayList<>();
        List<Path> deleted = new ArrayList<>();
        scrubDatabase(learners, leftBehind);
        for (Path backup : backupFiles()) {
            rewriteBackup(backup, learners, rewritten, deleted, leftBehind);
        }
        for (Path copy : damagedFiles()) {
            deleteIfHolding(copy, learners, deleted, leftBehind);
        }
        return new Result(learners.stream().map(Learner::name).toList(), consultations, rewritten, deleted,
                leftBehind);
    }

    private void scrubDatabase(List<Learner> learners, List<String> leftBehind) {
        Database database = storage.database();
        boolean emptied = database.checkpoint(checkpointAttempts, checkpointPause);
        List<String> left = database.read(connection -> {
            List<String> found = new ArrayList<>();
            for (Learner learner : learners) {
                try {
                    found.addAll(learner.traces().leftIn(database.file(), connection));
                } catch (IOException e) {
                    found.add("(the file could not be read: " + e.getMessage() + ")");
                }
            }
            return found;
        });
        if (!emptied || !left.isEmpty()) {
            leftBehind.add(database.file() + (emptied ? "" : " and its log " + database.file().getFileName()
                    + "-wal") + ": another program or copy of Exemption Advisor was reading the database, so the "
                    + "old copy of the erased data could not be overwritten yet; it is overwritten when "
                    + "Exemption Advisor next starts with no other copy open");
        }
    }

    private void rewriteBackup(Path backup, List<Learner> learners, List<Path> rewritten, List<Path> deleted,
                               List<String> leftBehind) {
        try {
            if (holding(List.of(backup), learners).isEmpty()) {
                return;
            }
            FileTime taken = Files.getLastModifiedTime(backup);
            Path partial = backup.resolveSibling(backup.getFileName() + ".erasing");
            Files.copy(backup, partial, StandardCopyOption.REPLACE_EXISTING);
            List<String> left = withoutLearners(partial, learners);
            if (left.isEmpty()) {
                Files.setLastModifiedTime(partial, taken); // it still restores to the moment it was taken
                Files.move(partial, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                rewritten.add(backup);
                return;
            }
            Files.deleteIfExists(partial);
            throw new IOException("the rewritten copy still held " + left.size() + " of their details");
        } catch (IOException | SQLException | RuntimeException e) {
            // A backup that cannot be rewritten without the learner is no longer kept at all.
            try {
                Files.deleteIfExists(backup.resolveSibling(backup.getFileName() + ".erasing"));
                Files.delete(backup);
                deleted.add(backup);
            } catch (IOException stillThere) {
                leftBehind.add(backup + ": could not be rewritten (" + e.getMessage() + ") nor deleted ("
                        + stillThere.getMessage() + "); delete it by hand");
            }
        }
    }

    /** Deletes the learners' rows from a copy of a backup and compacts it, so no free page keeps them. */
    private static List<String> withoutLearners(Path copy, List<Learner> learners) throws SQLException, IOException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy, config.toProperties())) {
            for (Learner learner : learners) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM learner WHERE id = ? AND created_at = ?")) {
                    delete.setLong(1, learner.id());
                    delete.setString(2, learner.createdAt());
                    delete.executeUpdate();
                }
            }
            try (Statement vacuum = connection.createStatement()) {
                vacuum.execute("VACUUM");
            }
            List<String> left = new ArrayList<>();
            for (Learner learner : learners) {
                left.addAll(learner.traces().leftIn(copy, connection));
            }
            return left;
        }
    }

    private static void deleteIfHolding(Path copy, List<Learner> learners, List<Path> deleted,
                                        List<String> leftBehind) {
        try {
            if (!holding(List.of(copy), learners).isEmpty()) {
                Files.delete(copy);
                deleted.add(copy);
            }
        } catch (IOException e) {
            leftBehind.add(copy + ": holds the learner's details and could not be deleted (" + e.getMessage()
                    + "); delete it by hand");
        }
    }

    private static List<Path> holding(List<Path> files, List<Learner> learners) throws IOException {
        List<Path> holding = new ArrayList<>();
        for (Path file : files) {
            for (Learner learner : learners) {
                if (!learner.traces().foundIn(file).isEmpty()) {
                    holding.add(file);
                    break;
                }
            }
        }
        return holding;
    }

    private static List<Path> holding(List<Path> files, Traces traces) throws IOException {
        List<Path> holding = new ArrayList<>();
        for (Path file : files) {
            if (!traces.foundIn(file).isEmpty()) {
                holding.add(file);
            }
        }
        return holding;
    }

    private List<Path> backupFiles() {
        return storage.backups().list().stream().map(Backups.Backup::file).toList();
    }

    /** Every file in {@code damaged/}: the set-aside databases with their logs. */
    private List<Path> damagedFiles() {
        Path folder = storage.directory().resolve(Storage.DAMAGED_FOLDER);
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> all = Files.newDirectoryStream(folder)) {
            for (Path file : all) {
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new StorageException("cannot read the folder " + folder + ": " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }

    /**
     * The learners with the texts that identify them: name, e-mail, phone, notes, evidence notes and the notes on
     * credentials not listed (saved, or in the draft of the consultation in progress).
     */
    private List<Learner> read(Collection<Long> ids) {
        return storage.database().read(connection -> {
            List<Learner> learners = new ArrayList<>();
            for (long id : ids) {
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT name, email, phone, notes, created_at FROM learner WHERE id = ?")) {
                    query.setLong(1, id);
                    try (ResultSet row = query.executeQuery()) {
                        if (!row.next()) {
                            continue;
                        }
                        List<String> texts = new ArrayList<>(List.of(row.getString(1)));
                        for (int column = 2; column <= 4; column++) {
                            texts.add(row.getString(column));
                        }
                        texts.addAll(notes(connection, id));
                        learners.add(new Learner(id, row.getString(1), row.getString(5), new Traces(texts)));
                    }
                }
            }
            return learners;
        });
    }

    private static List<String> notes(Connection connection, long learnerId) throws SQLException {
        List<String> notes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT evidence FROM held_credential WHERE learner_id = ? AND evidence IS NOT NULL
                UNION SELECT notes FROM consultation WHERE learner_id = ? AND notes IS NOT NULL
                UNION SELECT cc.evidence FROM consultation_credential cc JOIN consultation c ON c.id = cc.consultation_id
                WHERE c.learner_id = ? AND cc.evidence IS NOT NULL
                UNION SELECT u.note FROM consultation_unlisted_credential u JOIN consultation c ON c.id = u.consultation_id
                WHERE c.learner_id = ? AND u.note IS NOT NULL
                UNION SELECT u.note FROM consultation_draft_unlisted_credential u
                JOIN consultation_draft d ON d.singleton = u.draft WHERE d.learner_id = ? AND u.note IS NOT NULL""")) {
            for (int i = 1; i <= 5; i++) {
                query.setLong(i, learnerId);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    notes.add(rows.getString(1));
                }
            }
        }
        return notes;
    }
}
