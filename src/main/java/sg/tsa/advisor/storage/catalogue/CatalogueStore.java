package sg.tsa.advisor.storage.catalogue;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.format.CatalogueReader;
import sg.tsa.advisor.catalogue.format.CatalogueWriter;
import sg.tsa.advisor.catalogue.format.InvalidCatalogueException;
import sg.tsa.advisor.storage.Database;
import sg.tsa.advisor.storage.StorageException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue editions in the local database: several stored side by side, one active. Import validates
 * first and then stores and activates the new edition in one transaction, so a bad file or a crash half-way
 * leaves the previous edition active and whole. Every method may block on the disk: call it from a background
 * task, never from the FX Application Thread.
 */
public final class CatalogueStore {
    private final Database database;
    private final Clock clock;
    /** The active edition as last loaded, reused while the same edition stays active. */
    private volatile Loaded cache;

    private record Loaded(long editionId, Catalogue catalogue) {
    }

    /** Whether a catalogue's version is stored: not at all, with the very same contents, or with other contents. */
    public enum StoredVersion { NONE, SAME, OTHER }

    private final Runnable beforeActivation;

    public CatalogueStore(Database database, Clock clock) {
        this(database, clock, () -> { });
    }

    /** @param beforeActivation runs before another edition is made active over an active one (the backup then) */
    public CatalogueStore(Database database, Clock clock, Runnable beforeActivation) {
        this.database = database;
        this.clock = clock;
        this.beforeActivation = beforeActivation;
    }

    private void beforeActivating() {
        if (database.read(CatalogueStore::activeId).isPresent()) {
            beforeActivation.run();
        }
    }

    /** Every stored edition, oldest import first. */
    public List<Edition> editions() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT e.version, e.published_on, e.institution, e.imported_at, a.edition_id IS NOT NULL,
                           e.signed_by
                    FROM edition e LEFT JOIN active_edition a ON a.edition_id = e.id
                    ORDER BY e.imported_at, e.id""");
                 ResultSet rows = query.executeQuery()) {
                List<Edition> editions = new ArrayList<>();
                while (rows.next()) {
                    editions.add(new Edition(rows.getString(1), LocalDate.parse(rows.getString(2)),
                            rows.getString(3), Instant.parse(rows.getString(4)), rows.getBoolean(5),
                            rows.getString(6)));
                }
                return editions;
            }
        });
    }

    public Optional<Edition> activeEdition() {
        return editions().stream().filter(Edition::active).findFirst();
    }

    /** The active edition, read whole in one read transaction. */
    public Catalogue activeCatalogue() {
        return database.read(connection -> {
            long id = activeId(connection).orElseThrow(() -> new StorageException(
                    "no catalogue is active in " + database.file() + "; import one with 'catalogue import FILE'"));
            Loaded known = cache;
            if (known != null && known.editionId() == id) {
                return known.catalogue();
            }
            Catalogue catalogue = new EditionReader(connection, id).read();
            cache = new Loaded(id, catalogue);
            return catalogue;
        });
    }

    /** Any stored edition, active or not. */
    public Catalogue edition(String version) {
        return database.read(connection -> {
            Optional<Long> id = idOf(connection, version);
            if (id.isEmpty()) {
                throw new UnknownEditionException(version, versions(connection));
            }
            return new EditionReader(connection, id.get()).read();
        });
    }

    /** Whether {@code catalogue}'s version is stored already, and if so with the same contents (see import). */
    public StoredVersion storedVersion(Catalogue catalogue) {
        String sha = sha256(CatalogueWriter.toString(catalogue));
        return database.read(connection -> {
            Optional<Long> id = idOf(connection, catalogue.version());
            if (id.isEmpty()) {
                return StoredVersion.NONE;
            }
            return sha.equals(shaOf(connection, id.get())) ? StoredVersion.SAME : StoredVersion.OTHER;
        });
    }

    /**
     * Reads and validates {@code file}, then stores and activates it.
     *
     * @throws InvalidCatalogueException with every problem when the file is not a valid catalogue; nothing stored
     */
    public ImportResult importFile(Path file) throws InvalidCatalogueException {
        return importCatalogue(CatalogueReader.read(file));
    }

    /**
     * Stores a validated catalogue as a new edition and activates it, in one transaction. The same version with
     * the same contents is not stored twice (it is activated); the same version with other contents is refused.
     *
     * @throws EditionConflictException when another catalogue of the same version is stored; nothing changed
     */
    public ImportResult importCatalogue(Catalogue catalogue) {
        return importCatalogue(catalogue, null);
    }

    /**
     * Like {@link #importCatalogue(Catalogue)}, recording who vouches for the edition ({@link Edition#signedBy()});
     * an edition stored unsigned that comes again signed is marked signed.
     */
    public ImportResult importCatalogue(Catalogue catalogue, String signedBy) {
        return importCatalogue(catalogue, signedBy, true);
    }

    /**
     * Like {@link #importCatalogue(Catalogue, String)}; with {@code activate} false the edition is stored (or
     * found stored) and the active edition stays as it is, so it can be activated later.
     */
    public ImportResult importCatalogue(Catalogue catalogue, String signedBy, boolean activate) {
        String sha = sha256(CatalogueWriter.toString(catalogue));
        Instant now = clock.instant();
        String version = catalogue.version();
        if (activate) {
            beforeActivating();
        }
        ImportResult.Outcome outcome = database.write(connection -> {
            Optional<Long> existing = idOf(connection, version);
            if (existing.isPresent()) {
                if (!sha.equals(shaOf(connection, existing.get()))) {
                    throw new EditionConflictException(version);
                }
                if (activate) {
                    setActive(connection, existing.get());
                }
                markSigned(connection, existing.get(), signedBy);
                return ImportResult.Outcome.ALREADY_STORED;
            }
            long id = new EditionWriter(connection).insert(catalogue, sha, now);
            markSigned(connection, id, signedBy);
            if (activate) {
                setActive(connection, id);
            }
            return ImportResult.Outcome.IMPORTED;
        });
        Edition edition = editions().stream().filter(e -> e.version().equals(version)).findFirst().orElseThrow();
        return new ImportResult(edition, outcome);
    }

    /**
     * Makes a stored edition the active one (to roll back or forward).
     *
     * @throws UnknownEditionException when no edition of that version is stored; nothing changed
     */
    public Edition activate(String version) {
        beforeActivating();
        database.write(connection -> {
            Optional<Long> id = idOf(connection, version);
            if (id.isEmpty()) {
                throw new UnknownEditionException(version, versions(connection));
            }
            setActive(connection, id.get());
            return id.get();
        });
        return editions().stream().filter(e -> e.version().equals(version)).findFirst().orElseThrow();
    }

    /** Writes the active edition in the catalogue format; reading it again gives the same catalogue. */
    public void export(Writer out) {
        try {
            CatalogueWriter.write(activeCatalogue(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Long> activeId(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT edition_id FROM active_edition WHERE singleton = 1");
             ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
        }
    }

    private static Optional<Long> idOf(Connection connection, String version) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM edition WHERE version = ?")) {
            query.setString(1, version);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    private static String shaOf(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT content_sha256 FROM edition WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static List<String> versions(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT version FROM edition ORDER BY imported_at, id");
             ResultSet rows = query.executeQuery()) {
            List<String> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return versions;
        }
    }

    private static void markSigned(Connection connection, long id, String signedBy) throws SQLException {
        if (signedBy == null) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE edition SET signed_by = ? WHERE id = ? AND signed_by IS NULL")) {
            update.setString(1, signedBy);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private static void setActive(Connection connection, long id) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO active_edition (singleton, edition_id) VALUES (1, ?)
                ON CONFLICT (singleton) DO UPDATE SET edition_id = excluded.edition_id""")) {
            upsert.setLong(1, id);
            upsert.executeUpdate();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
