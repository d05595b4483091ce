package sg.tsa.advisor.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The texts that identify an erased learner (name, contact, notes), looked for in the raw bytes of a file: the
 * check that an erasure really left nothing behind. SQLite keeps text as UTF-8, so a trace still in a page of the
 * file, in its log or in a free page shows up as those bytes.
 */
final class Traces {
    /** Shorter texts would be found by chance. */
    private static final int SHORTEST = 5;

    private final List<String> texts;

    Traces(List<String> candidates) {
        Set<String> kept = new LinkedHashSet<>();
        for (String text : candidates) {
            if (text != null && text.getBytes(StandardCharsets.UTF_8).length >= SHORTEST) {
                kept.add(text);
            }
        }
        this.texts = List.copyOf(kept);
    }

    boolean isEmpty() {
        return texts.isEmpty();
    }

    /** The traces whose bytes are in {@code file} (and its {@code -wal}, when there is one). */
    List<String> foundIn(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (Path one : List.of(file, file.resolveSibling(file.getFileName() + "-wal"))) {
            if (Files.isRegularFile(one)) {
                contents.add(Files.readAllBytes(one));
            }
        }
        for (String text : texts) {
            byte[] needle = text.getBytes(StandardCharsets.UTF_8);
            if (contents.stream().anyMatch(haystack -> indexOf(haystack, needle) >= 0)) {
                found.add(text);
            }
        }
        return found;
    }

    /**
     * The traces in {@code file} that the database does not hold legitimately any more: a text that another learner,
     * a consultation or the catalogue still holds ("Tan Wei Ling" twice, a note naming a credential) is not one.
     * Every text column of every table is searched; the table and column names come from the database's own
     * schema, quoted, never from input.
     */
    List<String> leftIn(Path file, Connection connection) throws IOException, SQLException {
        List<String> found = foundIn(file);
        if (found.isEmpty()) {
            return found;
        }
        List<String> queries = new ArrayList<>();
        try (PreparedStatement tables = connection.prepareStatement("""
                SELECT t.name, c.name FROM sqlite_schema t, pragma_table_info(t.name) c
                WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite_%' AND (c.type = 'TEXT' OR c.type = '')""");
             ResultSet rows = tables.executeQuery()) {
            while (rows.next()) {
                queries.add("SELECT EXISTS (SELECT 1 FROM " + quoted(rows.getString(1)) + " WHERE instr("
                        + quoted(rows.getString(2)) + ", ?) > 0)");
            }
        }
        List<String> left = new ArrayList<>();
        for (String text : found) {
            if (!heldLegitimately(connection, queries, text)) {
                left.add(text);
            }
        }
        return left;
    }

    private static boolean heldLegitimately(Connection connection, List<String> queries, String text)
            throws SQLException {
        for (String sql : queries) {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, text);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next() && row.getBoolean(1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
