package sg.tsa.advisor.storage.learner;

import com.google.gson.JsonArray;
import sg.tsa.advisor.catalogue.Ids;
import sg.tsa.advisor.storage.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The newest saved consultations across learners (or of one), searched by the learner's name or contact, the
 * counsellor, a credential entered, or a module or certificate granted (migration V12 keeps what each report
 * granted). Newest first along the index on {@code held_at}; bounded, with the count of every match.
 */
final class RecentConsultations {
    /** ?1 learner id or NULL; ?2 1 when searching; ?3 the text as a LIKE pattern; ?4 the same without spaces;
     *  ?5 a JSON array of credential ids the text names. */
    private static final String MATCHING = """
             FROM consultation AS c JOIN learner AS l ON l.id = c.learner_id
            WHERE (?1 IS NULL OR c.learner_id = ?1)
              AND (?2 = 0
                   OR l.name LIKE ?3 ESCAPE '\\'
                   OR l.email LIKE ?3 ESCAPE '\\'
                   OR replace(l.phone, ' ', '') LIKE ?4 ESCAPE '\\'
                   OR c.counsellor LIKE ?3 ESCAPE '\\'
                   OR EXISTS (SELECT 1 FROM consultation_credential AS e
                              WHERE e.consultation_id = c.id
                                AND (e.credential_id LIKE ?3 ESCAPE '\\'
                                     OR e.credential_id IN (SELECT value FROM json_each(?5))))
                   OR EXISTS (SELECT 1 FROM consultation_exemption AS x
                              WHERE x.consultation_id = c.id
                                AND (x.title LIKE ?3 ESCAPE '\\' OR x.target_id LIKE ?3 ESCAPE '\\')))""";
    private static final String LIST = """
            SELECT c.id, c.learner_id, l.name, coalesce(l.email, l.phone), c.held_at, c.counsellor,
                   (SELECT group_concat(x.title, char(31) ORDER BY x.position) FROM consultation_exemption AS x
                     WHERE x.consultation_id = c.id),
                   (SELECT count(*) FROM consultation_exemption AS x
                     WHERE x.consultation_id = c.id AND x.kind = 'module')""" + MATCHING + """

            ORDER BY c.held_at DESC, c.id DESC LIMIT ?6""";
    private static final String COUNT = "SELECT count(*)" + MATCHING;
    private static final String SEPARATOR = String.valueOf((char) 31);

    private final Database database;

    RecentConsultations(Database database) {
        this.database = database;
    }

    ListedConsultation.Page find(Long learnerId, String text, Collection<String> credentialIds, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        String typed = text == null ? "" : text.strip();
        return database.read(connection -> {
            List<ListedConsultation> listed = new ArrayList<>();
            try (PreparedStatement query = prepared(connection, LIST, learnerId, typed, credentialIds)) {
                query.setInt(6, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        listed.add(row(rows));
                    }
                }
            }
            try (PreparedStatement count = prepared(connection, COUNT, learnerId, typed, credentialIds);
                 ResultSet row = count.executeQuery()) {
                row.next();
                return new ListedConsultation.Page(listed, row.getInt(1));
            }
        });
    }

    private static PreparedStatement prepared(Connection connection, String sql, Long learnerId, String typed,
                                              Collection<String> credentialIds) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        if (learnerId == null) {
            statement.setNull(1, java.sql.Types.INTEGER);
        } else {
            statement.setLong(1, learnerId);
        }
        statement.setInt(2, typed.isEmpty() ? 0 : 1);
        statement.setString(3, "%" + escaped(typed) + "%");
        statement.setString(4, "%" + escaped(typed.replace(" ", "")) + "%");
        statement.setString(5, jsonArray(credentialIds));
        return statement;
    }

    private static ListedConsultation row(ResultSet rows) throws SQLException {
        String exempted = rows.getString(7);
        return new ListedConsultation(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                Instant.parse(rows.getString(5)), rows.getString(6),
                exempted == null ? List.of() : Arrays.asList(exempted.split(SEPARATOR, -1)), rows.getInt(8));
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Only catalogue ids ({@link Ids}) are looked for; anything else could never have been entered. */
    private static String jsonArray(Collection<String> ids) {
        JsonArray json = new JsonArray();
        ids.stream().filter(Ids::isValid).forEach(json::add);
        return json.toString();
    }
}
