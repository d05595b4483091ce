package sg.tsa.advisor.storage.learner;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.report.JsonReport;
import sg.tsa.advisor.storage.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
        String who = PersonalData.optional(counsellor);
        String note = checkedNotes(notes);
        long id = database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO consultation (learner_id, held_at, counsellor, as_of, intake, catalogue_version,
                                              report_json, notes)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                insert.setLong(1, learnerId);
                insert.setString(2, heldAt.toString());
                insert.setString(3, who);
                insert.setString(4, asOf.toString());
                insert.setString(5, intake == null ? null : intake.toString());
                insert.setString(6, catalogueVersion);
                insert.setString(7, reportJson);
                insert.setString(8, note);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
        return new Consultation(id, learnerId, heldAt, who, asOf, intake, catalogueVersion, reportJson, note);
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
