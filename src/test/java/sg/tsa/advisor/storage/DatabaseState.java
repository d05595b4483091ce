package sg.tsa.advisor.storage;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything observable about a database's contents, to show that a failed operation changed nothing. */
public final class DatabaseState {
    private static final List<String> TABLES = List.of("edition", "active_edition", "edition_contact", "source",
            "issuer", "credential", "credential_alias", "qualification", "module", "certificate", "certificate_module",
            "rule", "requirement", "learner", "held_credential", "consultation", "settings");

    private DatabaseState() {
    }

    /** Per table: its row count and a checksum of its contents. */
    public static Map<String, String> of(Database database) {
        return database.read(connection -> {
            Map<String, String> state = new LinkedHashMap<>();
            for (String table : TABLES) {
                // table names come from the fixed list above, never from input
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int count = 0;
                    long hash = 17;
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        count++;
                        for (int c = 1; c <= columns; c++) {
                            hash = hash * 31 + String.valueOf(rows.getObject(c)).hashCode();
                        }
                    }
                    state.put(table, count + " rows, hash " + hash);
                }
            }
            return state;
        });
    }
}
