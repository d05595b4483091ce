package sg.tsa.advisor.storage.settings;

import sg.tsa.advisor.storage.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Whether the counsellor was asked for their name at the first start (setting {@code counsellor_asked}): they are
 * asked once, and a skipped question is not asked again. A window matter, so not part of {@link Settings}, which the
 * command line shows.
 */
public final class CounsellorQuestion {
    private final Database database;

    public CounsellorQuestion(Database database) {
        this.database = database;
    }

    public boolean asked() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT counsellor_asked FROM settings WHERE singleton = 1");
                 ResultSet row = query.executeQuery()) {
                return row.next() && row.getInt(1) == 1;
            }
        });
    }

    public void markAsked() {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE settings SET counsellor_asked = 1 WHERE singleton = 1")) {
                return update.executeUpdate();
            }
        });
    }
}
