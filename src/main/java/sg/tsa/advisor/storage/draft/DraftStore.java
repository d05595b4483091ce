package sg.tsa.advisor.storage.draft;

import sg.tsa.advisor.storage.Database;
import sg.tsa.advisor.storage.learner.InvalidLearnerDataException;
import sg.tsa.advisor.storage.learner.PersonalData;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The consultation in progress (tables {@code consultation_draft}, {@code consultation_draft_credential} and
 * {@code consultation_draft_unlisted_credential}): at most one, replaced whole on every keep in one transaction, so that a crash leaves the previous draft or the new
 * one, never a mix. Every method may block on the disk: call it from a background task.
 */
public final class DraftStore {
    private final Database database;

    public DraftStore(Database database) {
        this.database = database;
    }

    /**
     * Replaces the kept draft with {@code draft}.
     *
     * @throws InvalidLearnerDataException when a text seems to hold a national identity number or is too long;
     *                                     the previous draft is kept then
     */
    public void keep(Draft draft) {
        List<String> problems = new ArrayList<>();
        PersonalData.checkText("the learner's name", draft.learnerName(), PersonalData.MAX_NAME, problems);
        PersonalData.checkText("the learner's contact", draft.learnerContact(), PersonalData.MAX_NAME, problems);
        PersonalData.checkText("the counsellor's name", draft.counsellor(), PersonalData.MAX_NAME, problems);
        for (Draft.Item item : draft.credentials()) {
            PersonalData.checkText("the evidence note of " + item.credentialId(), item.evidence(), 4_000, problems);
        }
        for (Draft.Unlisted entry : draft.unlisted()) {
            String named = "the credential not listed \"" + entry.title() + "\"";
            PersonalData.checkText("the title of " + named, entry.title(), PersonalData.MAX_NAME, problems);
            PersonalData.checkText("the note of " + named, entry.note(), 1_000, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidLearnerDataException(problems);
        }
        database.write(connection -> {
            delete(connection);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO consultation_draft (singleton, kept_at, learner_id, learner_name, learner_contact,
                        counsellor, as_of, intake, catalogue_version)
                    VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, draft.keptAt().toString());
                if (draft.learnerId() == null) {
                    insert.setNull(2, Types.INTEGER);
                } else {
                    insert.setLong(2, draft.learnerId());
                }
                insert.setString(3, draft.learnerName());
                insert.setString(4, draft.learnerContact());
                insert.setString(5, draft.counsellor());
                insert.setString(6, draft.assessedOn().toString());
                insert.setString(7, text(draft.intakeOn()));
                insert.setString(8, draft.catalogueVersion());
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO consultation_draft_credential (position, draft, credential_id, attained_on, evidence,
                        planned, month_only)
                    VALUES (?, 1, ?, ?, ?, ?, ?)""")) {
                int position = 0;
                for (Draft.Item item : draft.credentials()) {
                    insert.setInt(1, position++);
                    insert.setString(2, item.credentialId());
                    insert.setString(3, text(item.attainedOn()));
                    insert.setString(4, item.evidence());
                    insert.setInt(5, item.planned() ? 1 : 0);
                    insert.setInt(6, item.monthOnly() ? 1 : 0);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO consultation_draft_unlisted_credential (position, draft, title, attained_on, note,
                        month_only)
                    VALUES (?, 1, ?, ?, ?, ?)""")) {
                int position = 0;
                for (Draft.Unlisted entry : draft.unlisted()) {
                    insert.setInt(1, position++);
                    insert.setString(2, entry.title());
                    insert.setString(3, text(entry.attainedOn()));
                    insert.setString(4, entry.note());
                    insert.setInt(5, entry.monthOnly() ? 1 : 0);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** The kept draft, if any. */
    public Optional<Draft> load() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT kept_at, learner_id, learner_name, learner_contact, counsellor, as_of, intake,
                        catalogue_version
                    FROM consultation_draft WHERE singleton = 1""");
                 ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long learnerId = row.getLong("learner_id");
                Long learner = row.wasNull() ? null : learnerId;
                return Optional.of(new Draft(Instant.parse(row.getString("kept_at")), learner,
                        row.getString("learner_name"), row.getString("learner_contact"), row.getString("counsellor"),
                        LocalDate.parse(row.getString("as_of")), date(row.getString("intake")),
                        row.getString("catalogue_version"), items(connection), unlisted(connection)));
            }
        });
    }

    /** Forgets the draft: the consultation was saved or discarded. */
    public void clear() {
        database.write(connection -> {
            delete(connection);
            return null;
        });
    }

    private static List<Draft.Item> items(Connection connection) throws SQLException {
        List<Draft.Item> items = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT credential_id, attained_on, evidence, planned, month_only
                FROM consultation_draft_credential WHERE draft = 1 ORDER BY position""");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                items.add(new Draft.Item(row.getString("credential_id"), date(row.getString("attained_on")),
                        row.getString("evidence"), row.getInt("planned") == 1, row.getInt("month_only") == 1));
            }
        }
        return items;
    }

    private static List<Draft.Unlisted> unlisted(Connection connection) throws SQLException {
        List<Draft.Unlisted> unlisted = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT title, attained_on, note, month_only
                FROM consultation_draft_unlisted_credential WHERE draft = 1 ORDER BY position""");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                unlisted.add(new Draft.Unlisted(row.getString("title"), date(row.getString("attained_on")),
                        row.getString("note"), row.getInt("month_only") == 1));
            }
        }
        return unlisted;
    }

    private static void delete(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM consultation_draft WHERE singleton = 1")) {
            delete.executeUpdate();
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
