package sg.tsa.advisor.storage.learner;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.report.JsonReport;
import sg.tsa.advisor.storage.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Consultations: when, with whom, on which dates and catalogue edition, and the report exactly as shown.
 * The report is a snapshot and never changes; only the counsellor's notes may be edited later. Every method may
 * block on the disk: call it from a background task.
 */
public final class ConsultationRepository {
    private static final String COLUMNS =
            "id, learner_id, held_at, counsellor, as_of, intake, catalogue_version, report_json, notes";

    private final Database database;

    public ConsultationRepository(Database database) {
        this.database = database;
    }

    /** Saves the advice as shown: the JSON report of {@code advise --json} for this catalogue and advice. */
    public Consultation record(long learnerId, Instant heldAt, String counsellor, Catalogue catalogue,
                               Advice advice) {
        return save(learnerId, heldAt, counsellor, advice.asOf(), advice.intake(), catalogue.version(),
                JsonReport.render(catalogue, advice), null);
    }

    public Consultation save(long learnerId, Instant heldAt, String counsellor, LocalDate asOf, LocalDate intake,
                             String catalogueVersion, String reportJson, String notes) {
        Consultation unsaved = new Consultation(0, learnerId, heldAt, checkedCounsellor(counsellor), asOf, intake,
                catalogueVersion, reportJson, checkedNotes(notes));
        long id = database.write(connection -> insert(connection, unsaved));
        return withId(unsaved, id, learnerId);
    }

    /**
     * Saves a consultation from the advising screen in ONE transaction: creates the learner when new (or stores
     * a contact given for a known one), makes the entered credentials the learner's held credentials, and stores
     * the consultation with what was entered and the report. Nothing is stored when any part fails.
     */
    public Consultation record(Visit visit) {
        List<HeldEntry> held = visit.held().stream().map(h -> new HeldEntry(h.credentialId(), h.attainedOn(),
                LearnerRepository.checkedEvidence(h.credentialId(), h.attainedOn(), h.evidence()), h.monthOnly()))
                .toList();
        Consultation unsaved = new Consultation(0, visit.learnerId() == null ? 0 : visit.learnerId(), visit.heldAt(),
                checkedCounsellor(visit.counsellor()), visit.asOf(), visit.intake(), visit.catalogueVersion(),
                visit.reportJson(), null);
        long[] ids = database.write(connection -> {
            long learnerId = visit.learnerId() != null ? knownLearner(connection, visit)
                    : LearnerRepository.insert(connection, visit.learner(), visit.heldAt());
            try (PreparedStatement forget = connection.prepareStatement(
                    "DELETE FROM held_credential WHERE learner_id = ?")) {
                forget.setLong(1, learnerId);
                forget.executeUpdate();
            }
            for (HeldEntry entry : held) {
                LearnerRepository.insertCredential(connection, learnerId, entry);
            }
            Consultation consultation = withId(unsaved, 0, learnerId);
            long id = insert(connection, consultation);
            try (PreparedStatement entered = connection.prepareStatement("""
                    INSERT INTO consultation_credential (consultation_id, position, credential_id, attained_on,
                                                         evidence, month_only) VALUES (?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < held.size(); i++) {
                    entered.setLong(1, id);
                    entered.setInt(2, i);
                    entered.setString(3, held.get(i).credentialId());
                    entered.setString(4, held.get(i).attainedOn().toString());
                    entered.setString(5, held.get(i).evidence());
                    entered.setInt(6, held.get(i).monthOnly() ? 1 : 0);
                    entered.addBatch();
                }
                entered.executeBatch();
            }
            try (PreparedStatement unlisted = connection.prepareStatement("""
                    INSERT INTO consultation_unlisted_credential (consultation_id, position, title, attained_on, note,
                                                                  month_only)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < visit.unlisted().size(); i++) {
                    UnlistedEntry entry = visit.unlisted().get(i);
                    unlisted.setLong(1, id);
                    unlisted.setInt(2, i);
                    unlisted.setString(3, entry.title());
                    unlisted.setString(4, entry.attainedOn() == null ? null : entry.attainedOn().toString());
                    unlisted.setString(5, entry.note());
                    unlisted.setInt(6, entry.monthOnly() ? 1 : 0);
                    unlisted.addBatch();
                }
                unlisted.executeBatch();
            }
            return new long[]{id, learnerId};
        });
        return withId(unsaved, ids[0], ids[1]);
    }

    /** The credentials entered in a consultation, in the order entered. */
    public List<HeldEntry> entered(long consultationId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT credential_id, attained_on, evidence, month_only FROM consultation_credential
                    WHERE consultation_id = ? ORDER BY position""")) {
                query.setLong(1, consultationId);
                try (ResultSet rows = query.executeQuery()) {
                    List<HeldEntry> entered = new ArrayList<>();
                    while (rows.next()) {
                        entered.add(new HeldEntry(rows.getString(1), LocalDate.parse(rows.getString(2)),
                                rows.getString(3), rows.getInt(4) == 1));
                    }
                    return entered;
                }
            }
        });
    }

    /** The credentials recorded as not on the recognition list in a consultation, in the order entered. */
    public List<UnlistedEntry> unlisted(long consultationId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT title, attained_on, note, month_only FROM consultation_unlisted_credential
                    WHERE consultation_id = ? ORDER BY position""")) {
                query.setLong(1, consultationId);
                try (ResultSet rows = query.executeQuery()) {
                    List<UnlistedEntry> found = new ArrayList<>();
                    while (rows.next()) {
                        String attained = rows.getString(2);
                        found.add(new UnlistedEntry(rows.getString(1),
                                attained == null ? null : LocalDate.parse(attained), rows.getString(3),
                                rows.getInt(4) == 1));
                    }
                    return found;
                }
            }
        });
    }

    private static long knownLearner(Connection connection, Visit visit) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE learner SET email = coalesce(?, email), phone = coalesce(?, phone), updated_at = ?
                WHERE id = ?""")) {
            update.setString(1, visit.learner().email());
            update.setString(2, visit.learner().phone());
            update.setString(3, visit.heldAt().toString());
            update.setLong(4, visit.learnerId());
            if (update.executeUpdate() == 0) {
                throw new InvalidLearnerDataException(List.of("no learner has the id " + visit.learnerId()
                        + " any more"));
            }
        }
        return visit.learnerId();
    }

    private static long insert(Connection connection, Consultation c) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO consultation (learner_id, held_at, counsellor, as_of, intake, catalogue_version,
                                          report_json, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            insert.setLong(1, c.learnerId());
            insert.setString(2, c.heldAt().toString());
            insert.setString(3, c.counsellor());
            insert.setString(4, c.asOf().toString());
            insert.setString(5, c.intake() == null ? null : c.intake().toString());
            insert.setString(6, c.catalogueVersion());
            insert.setString(7, c.reportJson());
            insert.setString(8, c.notes());
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Consultation withId(Consultation c, long id, long learnerId) {
        return new Consultation(id, learnerId, c.heldAt(), c.counsellor(), c.asOf(), c.intake(), c.catalogueVersion(),
                c.reportJson(), c.notes());
    }

    public Optional<Consultation> find(long id) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM consultation WHERE id = ?")) {
                query.setLong(1, id);
                return consultations(query).stream().findFirst();
            }
        });
    }

    /** A learner's consultations, newest first. */
    public List<Consultation> forLearner(long learnerId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM consultation WHERE learner_id = ? ORDER BY held_at DESC, id DESC")) {
                query.setLong(1, learnerId);
                return consultations(query);
            }
        });
    }

    /** Every saved consultation, oldest first (for what a new catalogue edition would change). */
    public List<Consultation> all() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM consultation ORDER BY held_at, id")) {
                return consultations(query);
            }
        });
    }

    /**
     * The newest consultations, of every learner or of {@code learnerId}, matching {@code text} (blank: all) in the
     * learner's name, e-mail or phone (spaces ignored), the counsellor, an entered credential's id, or the title or
     * id of a module or certificate granted; a credential whose id is in {@code credentialIds} (those the
     * catalogue names by that text) matches too. At most {@code limit}, with the count of every match.
     */
    public ListedConsultation.Page recent(Long learnerId, String text, Collection<String> credentialIds, int limit) {
        return new RecentConsultations(database).find(learnerId, text, credentialIds, limit);
    }

    /** When the learner's latest consultation was saved; empty when none is. */
    public Optional<Instant> lastVisit(long learnerId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT max(held_at) FROM consultation WHERE learner_id = ?")) {
                query.setLong(1, learnerId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() && row.getString(1) != null ? Optional.of(Instant.parse(row.getString(1)))
                            : Optional.<Instant>empty();
                }
            }
        });
    }

    /** How many consultations a learner has, without reading them. */
    public int countFor(long learnerId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT count(*) FROM consultation WHERE learner_id = ?")) {
                query.setLong(1, learnerId);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }

    /** Replaces the counsellor's notes; the report itself never changes. */
    public Optional<Consultation> updateNotes(long id, String notes) {
        String note = checkedNotes(notes);
        int changed = database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE consultation SET notes = ? WHERE id = ?")) {
                update.setString(1, note);
                update.setLong(2, id);
                return update.executeUpdate();
            }
        });
        return changed == 0 ? Optional.empty() : find(id);
    }

    public boolean delete(long id) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM consultation WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private static String checkedCounsellor(String counsellor) {
        String name = PersonalData.optional(counsellor);
        List<String> problems = new ArrayList<>();
        PersonalData.checkText("the counsellor's name", name, PersonalData.MAX_NAME, problems);
        PersonalData.throwIfAny(problems);
        return name;
    }

    private static String checkedNotes(String notes) {
        String note = PersonalData.optional(notes);
        List<String> problems = new ArrayList<>();
        PersonalData.checkText("notes", note, PersonalData.MAX_TEXT, problems);
        PersonalData.throwIfAny(problems);
        return note;
    }

    private static List<Consultation> consultations(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            List<Consultation> found = new ArrayList<>();
            while (rows.next()) {
                String intake = rows.getString(6);
                found.add(new Consultation(rows.getLong(1), rows.getLong(2), Instant.parse(rows.getString(3)),
                        rows.getString(4), LocalDate.parse(rows.getString(5)),
                        intake == null ? null : LocalDate.parse(intake), rows.getString(7), rows.getString(8),
                        rows.getString(9)));
            }
            return found;
        }
    }
}
