package sg.tsa.advisor.storage.cataloguedraft;

import sg.tsa.advisor.storage.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The catalogue draft in the local database (table {@code catalogue_draft}, one row): the draft's text, replaced
 * whole in one transaction on every keep, so that a crash leaves the previous text or the new one. Every method may
 * block on the disk: call it from a background task.
 */
public final class CatalogueDraftStore {
    /** A kept draft: its text, and the version of the edition it started from (null: started empty). */
    public record Kept(String content, String basedOn, Instant keptAt) {
    }

    private final Database database;
    private final Clock clock;

    public CatalogueDraftStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Optional<Kept> load() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT content, based_on, kept_at FROM catalogue_draft WHERE singleton = 1");
                 ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Kept(row.getString(1), row.getString(2),
                        Instant.parse(row.getString(3)))) : Optional.empty();
            }
        });
    }

    /** Replaces the kept draft. */
    public void keep(String content, String basedOn) {
        String now = clock.instant().toString();
        database.write(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO catalogue_draft (singleton, based_on, content, kept_at) VALUES (1, ?, ?, ?)
                    ON CONFLICT (singleton) DO UPDATE SET based_on = excluded.based_on, content = excluded.content,
                        kept_at = excluded.kept_at""")) {
                upsert.setString(1, basedOn);
                upsert.setString(2, content);
                upsert.setString(3, now);
                return upsert.executeUpdate();
            }
        });
    }

    /** Forgets the draft; true when there was one. */
    public boolean discard() {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM catalogue_draft WHERE singleton = 1")) {
                return delete.executeUpdate() > 0;
            }
        });
    }
}
