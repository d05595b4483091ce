package sg.tsa.advisor.storage.learner;

import sg.tsa.advisor.storage.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Learners and the credentials they hold. Writes go through the database's single writer, each in one
 * transaction. Every method may block on the disk: call it from a background task.
 */
public final class LearnerRepository {
    private static final String COLUMNS = "id, name, email, phone, notes, created_at, updated_at";

    private final Database database;
    private final Clock clock;

    public LearnerRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Learner create(LearnerDetails details) {
        Instant now = clock.instant();
        long id = database.write(connection -> insert(connection, details, now));
        return new Learner(id, details, now, now);
    }

    static long insert(Connection connection, LearnerDetails details, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO learner (name, email, phone, notes, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")) {
            bind(insert, details);
            insert.setString(5, now.toString());
            insert.setString(6, now.toString());
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** @return the updated learner, or empty when no learner has that id */
    public Optional<Learner> update(long id, LearnerDetails details) {
        Instant now = clock.instant();
        int changed = database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE learner SET name = ?, email = ?, phone = ?, notes = ?, updated_at = ? WHERE id = ?""")) {
                bind(update, details);
                update.setString(5, now.toString());
                update.setLong(6, id);
                return update.executeUpdate();
            }
        });
        return changed == 0 ? Optional.empty() : find(id);
    }

    /**
     * Erases the learner with everything recorded about them (held credentials, consultations), in one transaction,
     * then scrubs it from the files: the rows are overwritten (secure delete) and the write-ahead log, which still
     * holds the old pages, is emptied into the database file.
     */
    public boolean delete(long id) {
        boolean deleted = database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM learner WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate() > 0;
            }
        });
        if (deleted) {
            database.checkpoint(1, java.time.Duration.ZERO);
        }
        return deleted;
    }

    public Optional<Learner> find(long id) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM learner WHERE id = ?")) {
                query.setLong(1, id);
                List<Learner> found = learners(query);
                return found.stream().findFirst();
            }
        });
    }

    /**
     * Learners whose name contains {@code text} (case-insensitive), those whose name starts with it first, then
     * by name; for type-ahead. Blank text lists everyone, by name.
     */
    public List<Learner> search(String text, int limit) {
        String typed = text == null ? "" : text.strip();
        String escaped = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + """
                     FROM learner WHERE name LIKE ? ESCAPE '\\'
                    ORDER BY CASE WHEN name LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END, name COLLATE NOCASE, id
                    LIMIT ?""")) {
                query.setString(1, "%" + escaped + "%");
                query.setString(2, escaped + "%");
                query.setInt(3, limit);
                return learners(query);
            }
        });
    }

    public LearnerCredential addCredential(long learnerId, String credentialId, LocalDate attainedOn,
                                           String evidence) {
        String note = checkedEvidence(credentialId, attainedOn, evidence);
        long id = database.write(connection -> insertCredential(connection, learnerId,
                new HeldEntry(credentialId, attainedOn, note)));
        return new LearnerCredential(id, learnerId, credentialId, attainedOn, note);
    }

    static long insertCredential(Connection connection, long learnerId, HeldEntry held) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO held_credential (learner_id, credential_id, attained_on, evidence, month_only)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")) {
            insert.setLong(1, learnerId);
            insert.setString(2, held.credentialId());
            insert.setString(3, held.attainedOn().toString());
            insert.setString(4, held.evidence());
            insert.setInt(5, held.monthOnly() ? 1 : 0);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** @return the updated record, or empty when no held credential has that id */
    public Optional<LearnerCredential> updateCredential(long id, String credentialId, LocalDate attainedOn,
                                                        String evidence) {
        String note = checkedEvidence(credentialId, attainedOn, evidence);
        return database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE held_credential SET credential_id = ?, attained_on = ?, evidence = ? WHERE id = ?
                    RETURNING learner_id""")) {
                update.setString(1, credentialId);
                update.setString(2, attainedOn.toString());
                update.setString(3, note);
                update.setLong(4, id);
                try (ResultSet row = update.executeQuery()) {
                    return row.next() ? Optional.of(new LearnerCredential(id, row.getLong(1), credentialId,
                            attainedOn, note)) : Optional.empty();
                }
            }
        });
    }

    public boolean removeCredential(long id) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM held_credential WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    /** The credentials a learner holds, oldest attained first. */
    public List<LearnerCredential> credentials(long learnerId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT id, learner_id, credential_id, attained_on, evidence, month_only FROM held_credential
                    WHERE learner_id = ? ORDER BY attained_on, id""")) {
                query.setLong(1, learnerId);
                try (ResultSet rows = query.executeQuery()) {
                    List<LearnerCredential> held = new ArrayList<>();
                    while (rows.next()) {
                        held.add(new LearnerCredential(rows.getLong(1), rows.getLong(2), rows.getString(3),
                                LocalDate.parse(rows.getString(4)), rows.getString(5), rows.getInt(6) == 1));
                    }
                    return held;
                }
            }
        });
    }

    static String checkedEvidence(String credentialId, LocalDate attainedOn, String evidence) {
        List<String> problems = new ArrayList<>();
        if (credentialId == null || credentialId.isBlank()) {
            problems.add("a held credential needs a credential");
        }
        if (attainedOn == null) {
            problems.add("a held credential needs the date it was attained");
        }
        String note = PersonalData.optional(evidence);
        PersonalData.checkText("evidence", note, PersonalData.MAX_TEXT, problems);
        PersonalData.throwIfAny(problems);
        return note;
    }

    private static void bind(PreparedStatement statement, LearnerDetails details) throws SQLException {
        statement.setString(1, details.name());
        statement.setString(2, details.email());
        statement.setString(3, details.phone());
        statement.setString(4, details.notes());
    }

    private static List<Learner> learners(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            List<Learner> learners = new ArrayList<>();
            while (rows.next()) {
                learners.add(new Learner(rows.getLong(1), new LearnerDetails(rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5)), Instant.parse(rows.getString(6)),
                        Instant.parse(rows.getString(7))));
            }
            return learners;
        }
    }
}
