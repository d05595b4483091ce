package sg.tsa.advisor.storage.pdpa;

import sg.tsa.advisor.text.Counted;
import sg.tsa.advisor.storage.LearnerErasure;
import sg.tsa.advisor.storage.Storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The retention period (a setting, 24 months unless changed): a learner whose last consultation (or, without one,
 * whose record) is older than that is erased with everything about them, from the database, its backups and the
 * damaged copies, as an erasure on request is. Applied at every start that may write, and by
 * {@code learner purge}. See decision 0073.
 */
public final class Retention {
    private Retention() {
    }

    /** The moment before which a learner's last activity makes them due for removal. */
    public static Instant cutoff(Clock clock, int months) {
        return ZonedDateTime.now(clock).minusMonths(months).toInstant();
    }

    /** The learners due for removal, by id. */
    public static List<Long> due(Storage storage, Clock clock) {
        Instant cutoff = cutoff(clock, storage.settings().retentionMonths());
        return storage.database().read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT l.id FROM learner l LEFT JOIN consultation c ON c.learner_id = l.id
                    GROUP BY l.id HAVING coalesce(max(c.held_at), l.updated_at) < ? ORDER BY l.id""")) {
                query.setString(1, cutoff.toString());
                try (ResultSet rows = query.executeQuery()) {
                    List<Long> ids = new ArrayList<>();
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                    return ids;
                }
            }
        });
    }

    /** Erases every learner due; nothing when the data is open read-only. */
    public static LearnerErasure.Result purge(Storage storage, Clock clock) {
        if (storage.readOnlyReason().isPresent()) {
            return new LearnerErasure.Result(List.of(), 0, List.of(), List.of(), List.of());
        }
        List<Long> due = due(storage, clock);
        return due.isEmpty() ? new LearnerErasure.Result(List.of(), 0, List.of(), List.of(), List.of())
                : storage.erasure().erase(due);
    }

    /** The purge's outcome in words, e.g. "Removed 3 learners (and their 5 consultations) whose last ...". */
    public static String describe(LearnerErasure.Result result, int months) {
        int learners = result.names().size();
        String text = "Removed " + Counted.of(learners, "learner") + " (and "
                + Counted.of(result.consultations(), "consultation")
                + ") whose last consultation was more than " + months + " months ago, as the retention period says";
        return result.complete() ? text + "." : text + "; not everything is gone yet: "
                + String.join(" ", result.leftBehind());
    }
}
