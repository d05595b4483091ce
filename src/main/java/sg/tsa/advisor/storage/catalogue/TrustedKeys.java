package sg.tsa.advisor.storage.catalogue;

import sg.tsa.advisor.catalogue.signing.PublicSigningKey;
import sg.tsa.advisor.storage.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The public keys whose signed catalogue editions this laptop imports (table {@code trusted_key}). */
public final class TrustedKeys {
    /** A trusted key and when it was added. */
    public record Trusted(PublicSigningKey key, Instant addedAt) {
    }

    private final Database database;
    private final Clock clock;

    public TrustedKeys(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Every trusted key, oldest first. */
    public List<Trusted> list() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, public_key, added_at FROM trusted_key ORDER BY added_at, id");
                 ResultSet rows = query.executeQuery()) {
                List<Trusted> keys = new ArrayList<>();
                while (rows.next()) {
                    keys.add(new Trusted(new PublicSigningKey(rows.getString(1), rows.getString(2)),
                            Instant.parse(rows.getString(3))));
                }
                return keys;
            }
        });
    }

    public List<PublicSigningKey> keys() {
        return list().stream().map(Trusted::key).toList();
    }

    /** Trusts {@code key}; false when it was trusted already (nothing changed). */
    public boolean add(PublicSigningKey key) {
        return database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO trusted_key (id, public_key, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, key.id());
                insert.setString(2, key.encoded());
                insert.setString(3, clock.instant().toString());
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** Stops trusting the key {@code id}; false when no such key was trusted. */
    public boolean remove(String id) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM trusted_key WHERE id = ?")) {
                delete.setString(1, id);
                return delete.executeUpdate() == 1;
            }
        });
    }
}
