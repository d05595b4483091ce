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
    /**
     * ?2 1 when searching; ?3 the text as a LIKE pattern; ?4 the same without spaces; ?5 a JSON array of credential
     * ids the text names. Each kind of match is an uncorrelated subquery, which SQLite evaluates once per search,
     * not once per consultation (README, Performance).
     */
    private static final String MATCHING = """
              AND (?2 = 0
                   OR c.counsellor LIKE ?3 ESCAPE '\\'
                   OR c.learner_id IN (SELECT id FROM learner
                                       WHERE name LIKE ?3 ESCAPE '\\' OR email LIKE ?3 ESCAPE '\\'
                                          OR replace(phone, ' ', '') LIKE ?4 ESCAPE '\\')
                   OR c.id IN (SELECT consultation_id FROM consultation_credential
                               WHERE credential_id LIKE ?3 ESCAPE '\\'
                                  OR credential_id IN (SELECT value FROM json_each(?5)))
                   OR c.id IN (SELECT consultation_id FROM consultation_exemption
                               WHERE title LIKE ?3 ESCAPE '\\' OR target_id LIKE ?3 ESCAPE '\\'))""";
    /** ?1: every learner's (a constant test, so that no index is lost to it), or one learner's (by its index). */
    private static final String EVERYONE = "\n WHERE ?1 IS NULL\n";
    private static final String ONE = "\n WHERE c.learner_id = ?1\n";
    private static final String LIST = """
            SELECT c.id, c.learner_id, l.name, coalesce(l.email, l.phone), c.held_at, c.counsellor,
                   (SELECT group_concat(x.title, char(31) ORDER BY x.position) FROM consultation_exemption AS x
                     WHERE x.consultation_id = c.id),
                   (SELECT count(*) FROM consultation_exemption AS x
                     WHERE x.consultation_id = c.id AND x.kind = 'module')
              FROM consultation AS c JOIN learner AS l ON l.id = c.learner_id""";
    private static final String NEWEST = " ORDER BY c.held_at DESC, c.id DESC LIMIT ?6";
    private static final String LIST_EVERYONE = LIST + EVERYONE + MATCHING + NEWEST;
    private static final String LIST_ONE = LIST + ONE + MATCHING + NEWEST;
    /** Counted without the learner: every consultation has one (foreign key). */
    private static final String COUNT_EVERYONE = "SELECT count(*) FROM consultation AS c" + EVERYONE + MATCHING;
    private static final String COUNT_ONE = "SELECT count(*) FROM consultation AS c" + ONE + MATCHING;
    /** Everyone's, unsearched: counted along an index, without reading the rows and their reports. */
    private static final String COUNT_ALL = "SELECT count(*) FROM consultation WHERE ?1 IS NULL AND ?2 = 0";
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
            try (PreparedStatement query = prepared(connection, learnerId == null ? LIST_EVERYONE : LIST_ONE,
                    learnerId, typed, credentialIds)) {
                query.setInt(6, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        listed.add(row(rows));
                    }
                }
            }
            String counting = learnerId != null ? COUNT_ONE : typed.isEmpty() ? COUNT_ALL : COUNT_EVERYONE;
            try (PreparedStatement count = prepared(connection, counting, learnerId, typed, credentialIds);
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
        if (statement.getParameterMetaData().getParameterCount() < 5) {
            return statement; // the unsearched count
        }
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
