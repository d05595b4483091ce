package sg.tsa.advisor.storage;

import sg.tsa.advisor.text.Counted;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * What restoring a backup would lose: everything saved after the moment the backup was taken, counted in the
 * current (damaged) file where it can still be read.
 *
 * @param consultations consultations saved after the backup, when the file could be read
 * @param learners      learners first saved after the backup, when the file could be read
 */
public record RestoreLoss(Instant backupTakenAt, OptionalInt consultations, OptionalInt learners) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    /** Counts in {@code file}, opened read-only, what was saved after {@code backupTakenAt}. */
    static RestoreLoss count(Path file, Instant backupTakenAt) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())) {
            return new RestoreLoss(backupTakenAt,
                    OptionalInt.of(countAfter(connection, "SELECT count(*) FROM consultation WHERE held_at > ?",
                            backupTakenAt)),
                    OptionalInt.of(countAfter(connection, "SELECT count(*) FROM learner WHERE created_at > ?",
                            backupTakenAt)));
        } catch (SQLException | RuntimeException e) {
            return new RestoreLoss(backupTakenAt, OptionalInt.empty(), OptionalInt.empty());
        }
    }

    private static int countAfter(Connection connection, String sql, Instant after) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, after.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }

    /**
     * In words, e.g. "everything saved after 09:12 today: 3 consultations and 1 new learner", or, when the file
     * could not be read, "everything saved after 09:12 today (how much cannot be counted: the file cannot be read)".
     */
    public String describe(Clock clock) {
        ZonedDateTime taken = backupTakenAt.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        String day = taken.toLocalDate().equals(today) ? "today"
                : taken.toLocalDate().equals(today.minusDays(1)) ? "yesterday" : "on " + DAY.format(taken);
        String since = "everything saved after " + TIME.format(taken) + " " + day;
        if (consultations.isEmpty()) {
            return since + " (how much cannot be counted: the current file cannot be read)";
        }
        int c = consultations.getAsInt();
        int l = learners.orElse(0);
        if (c == 0 && l == 0) {
            return since + ": nothing, as far as the current file can be read";
        }
        return since + ": " + Counted.of(c, "consultation")
                + (l == 0 ? "" : " and " + Counted.of(l, "new learner"));
    }
}
