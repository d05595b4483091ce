package sg.tsa.advisor.storage.catalogue;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.Contact;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.catalogue.Credential;
import sg.tsa.advisor.catalogue.CredentialMatch;
import sg.tsa.advisor.catalogue.Exemption;
import sg.tsa.advisor.catalogue.Issuer;
import sg.tsa.advisor.catalogue.Qualification;
import sg.tsa.advisor.catalogue.Requirement;
import sg.tsa.advisor.catalogue.Rule;
import sg.tsa.advisor.catalogue.Source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stores one edition's rows; runs inside the caller's write transaction. Fixed SQL, values as parameters. */
final class EditionWriter {
    private static final int BATCH = 2_000;

    private final Connection connection;

    EditionWriter(Connection connection) {
        this.connection = connection;
    }

    /** Inserts the edition and all its rows; returns the new edition's id. */
    long insert(Catalogue catalogue, String contentSha256, Instant importedAt) throws SQLException {
        long edition = insertEdition(catalogue, contentSha256, importedAt);
        insertContact(edition, catalogue.contact().orElse(null));
        insertSources(edition, catalogue.sources());
        insertIssuers(edition, catalogue.issuers());
        insertCredentials(edition, catalogue.credentials());
        insertMatches(edition, catalogue.credentials());
        insertQualifications(edition, catalogue.qualifications());
        insertRules(edition, catalogue.rules(), positions(catalogue.credentials()));
        return edition;
    }

    private long insertEdition(Catalogue catalogue, String sha, Instant importedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO edition (version, published_on, institution, default_recency_years, imported_at,
                                     content_sha256)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")) {
            insert.setString(1, catalogue.version());
            insert.setString(2, catalogue.publishedOn().toString());
            insert.setString(3, catalogue.institution());
            setInteger(insert, 4, catalogue.defaultRecencyYears());
            insert.setString(5, importedAt.toString());
            insert.setString(6, sha);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private void insertContact(long edition, Contact contact) throws SQLException {
        if (contact == null) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO edition_contact (edition_id, name, phone, email, website, address, hours)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, edition);
            insert.setString(2, contact.name());
            insert.setString(3, contact.phone());
            insert.setString(4, contact.email());
            insert.setString(5, contact.website());
            insert.setString(6, contact.address());
            insert.setString(7, contact.hours());
            insert.executeUpdate();
        }
    }

    private void insertSources(long edition, List<Source> sources) throws SQLException {
        try (Batch insert = new Batch("""
                INSERT INTO source (edition_id, id, position, title, url, retrieved_on) VALUES (?, ?, ?, ?, ?, ?)""")) {
            int position = 0;
            for (Source source : sources) {
                PreparedStatement row = insert.row();
                row.setLong(1, edition);
                row.setString(2, source.id());
                row.setInt(3, position++);
                row.setString(4, source.title());
                row.setString(5, source.url());
                row.setString(6, source.retrievedOn().toString());
                insert.add();
            }
        }
    }

    private void insertIssuers(long edition, List<Issuer> issuers) throws SQLException {
        try (Batch insert = new Batch("INSERT INTO issuer (edition_id, id, position, name) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (Issuer issuer : issuers) {
                PreparedStatement row = insert.row();
                row.setLong(1, edition);
                row.setString(2, issuer.id());
                row.setInt(3, position++);
                row.setString(4, issuer.name());
                insert.add();
            }
        }
    }

    private void insertCredentials(long edition, List<Credential> credentials) throws SQLException {
        try (Batch insert = new Batch("""
                INSERT INTO credential (edition_id, id, position, title, issuer_id, kind, hours, description)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
             Batch alias = new Batch("""
                     INSERT INTO credential_alias (edition_id, credential_id, position, alias) VALUES (?, ?, ?, ?)""")) {
            int position = 0;
            for (Credential credential : credentials) {
                PreparedStatement row = insert.row();
                row.setLong(1, edition);
                row.setString(2, credential.id());
                row.setInt(3, position++);
                row.setString(4, credential.title());
                row.setString(5, credential.issuerId());
                row.setString(6, credential.kind().name());
                setDouble(row, 7, credential.hours());
                row.setString(8, credential.description());
                insert.add();
            }
            insert.flush();
            for (Credential credential : credentials) {
                int aliasPosition = 0;
                for (String name : credential.aliases()) {
                    PreparedStatement row = alias.row();
                    row.setLong(1, edition);
                    row.setString(2, credential.id());
                    row.setInt(3, aliasPosition++);
                    row.setString(4, name);
                    alias.add();
                }
            }
        }
    }

    private void insertMatches(long edition, List<Credential> credentials) throws SQLException {
        try (Batch insert = new Batch("""
                INSERT INTO credential_match (edition_id, credential_id, position, kind, value, name)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            for (Credential credential : credentials) {
                int position = 0;
                for (CredentialMatch match : credential.matches()) {
                    PreparedStatement row = insert.row();
                    row.setLong(1, edition);
                    row.setString(2, credential.id());
                    row.setInt(3, position++);
                    if (match instanceof CredentialMatch.AchievementId a) {
                        row.setString(4, "achievementId");
                        row.setString(5, a.uri());
                        row.setNull(6, Types.VARCHAR);
                    } else if (match instanceof CredentialMatch.CredlyTemplate c) {
                        row.setString(4, "credlyTemplate");
                        row.setString(5, c.uuid());
                        row.setNull(6, Types.VARCHAR);
                    } else if (match instanceof CredentialMatch.OpenCerts o) {
                        row.setString(4, "openCerts");
                        row.setString(5, o.store());
                        row.setString(6, o.name());
                    }
                    insert.add();
                }
            }
        }
    }

    private void insertQualifications(long edition, List<Qualification> qualifications) throws SQLException {
        try (Batch insert = new Batch("""
                INSERT INTO qualification (edition_id, id, position, code, title, level, structure_complete)
                VALUES (?, ?, ?, ?, ?, ?, ?)""");
             Batch module = new Batch("""
                     INSERT INTO module (edition_id, qualification_id, id, position, code, title, hours, credits)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
             Batch certificate = new Batch("""
                     INSERT INTO certificate (edition_id, qualification_id, id, position, title, kind)
                     VALUES (?, ?, ?, ?, ?, ?)""");
             Batch member = new Batch("""
                     INSERT INTO certificate_module (edition_id, qualification_id, certificate_id, position, module_id)
                     VALUES (?, ?, ?, ?, ?)""")) {
            int position = 0;
            for (Qualification q : qualifications) {
                PreparedStatement row = insert.row();
                row.setLong(1, edition);
                row.setString(2, q.id());
                row.setInt(3, position++);
                row.setString(4, q.code());
                row.setString(5, q.title());
                row.setString(6, q.level().name());
                row.setInt(7, q.structureComplete() ? 1 : 0);
                insert.add();
            }
            insert.flush();
            for (Qualification q : qualifications) {
                int modulePosition = 0;
                for (CourseModule m : q.modules()) {
                    PreparedStatement row = module.row();
                    row.setLong(1, edition);
                    row.setString(2, q.id());
                    row.setString(3, m.id());
                    row.setInt(4, modulePosition++);
                    row.setString(5, m.code());
                    row.setString(6, m.title());
                    setDouble(row, 7, m.hours());
                    setDouble(row, 8, m.credits());
                    module.add();
                }
                int certificatePosition = 0;
                for (Certificate c : q.certificates()) {
                    PreparedStatement row = certificate.row();
                    row.setLong(1, edition);
                    row.setString(2, q.id());
                    row.setString(3, c.id());
                    row.setInt(4, certificatePosition++);
                    row.setString(5, c.title());
                    row.setString(6, c.kind().name());
                    certificate.add();
                }
            }
            module.flush();
            certificate.flush();
            for (Qualification q : qualifications) {
                for (Certificate c : q.certificates()) {
                    int memberPosition = 0;
                    for (String moduleId : c.moduleIds()) {
                        PreparedStatement row = member.row();
                        row.setLong(1, edition);
                        row.setString(2, q.id());
                        row.setString(3, c.id());
                        row.setInt(4, memberPosition++);
                        row.setString(5, moduleId);
                        member.add();
                    }
                }
            }
        }
    }

    private static Map<String, Integer> positions(List<Credential> credentials) {
        Map<String, Integer> positions = new HashMap<>(credentials.size() * 2);
        for (int i = 0; i < credentials.size(); i++) {
            positions.put(credentials.get(i).id(), i);
        }
        return positions;
    }

    private void insertRules(long edition, List<Rule> rules, Map<String, Integer> credentialPositions)
            throws SQLException {
        try (Batch insert = new Batch("""
                INSERT INTO rule (edition_id, id, position, qualification_id, exempts_module_id,
                                  exempts_certificate_id, recency_years, effective_from, effective_until, source_id,
                                  note, requires_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             Batch node = new Batch("""
                     INSERT INTO requirement (edition_id, rule_position, node, parent, kind, credential_position)
                     VALUES (?, ?, ?, ?, ?, ?)""")) {
            int position = 0;
            for (Rule rule : rules) {
                PreparedStatement row = insert.row();
                row.setLong(1, edition);
                row.setString(2, rule.id());
                row.setInt(3, position++);
                row.setString(4, rule.qualificationId());
                row.setString(5, rule.exempts() instanceof Exemption.OfModule m ? m.moduleId() : null);
                row.setString(6, rule.exempts() instanceof Exemption.OfCertificate c ? c.certificateId() : null);
                setInteger(row, 7, rule.recencyYears());
                row.setString(8, date(rule.effectiveFrom()));
                row.setString(9, date(rule.effectiveUntil()));
                row.setString(10, rule.sourceId());
                row.setString(11, rule.note());
                // The same tree as the requirement rows below, for a fast load (V5; decision record 0040).
                row.setString(12, RequirementCode.encode(rule.requires(), credentialPositions));
                insert.add();
            }
            insert.flush();
            for (int rulePosition = 0; rulePosition < rules.size(); rulePosition++) {
                new NodeWriter(node, edition, rulePosition, credentialPositions)
                        .write(rules.get(rulePosition).requires(), null);
            }
        }
    }

    /** Numbers a requirement tree's nodes in pre-order, so reading them back in key order rebuilds the tree. */
    private static final class NodeWriter {
        private final Batch batch;
        private final long edition;
        private final int rulePosition;
        private final Map<String, Integer> credentialPositions;
        private int next;

        NodeWriter(Batch batch, long edition, int rulePosition, Map<String, Integer> credentialPositions) {
            this.batch = batch;
            this.edition = edition;
            this.rulePosition = rulePosition;
            this.credentialPositions = credentialPositions;
        }

        void write(Requirement requirement, Integer parent) throws SQLException {
            int me = next++;
            PreparedStatement row = batch.row();
            row.setLong(1, edition);
            row.setInt(2, rulePosition);
            row.setInt(3, me);
            setInteger(row, 4, parent);
            List<Requirement> parts = List.of();
            if (requirement instanceof Requirement.Holds holds) {
                row.setString(5, "HOLDS");
                // An unknown credential has no position: NULL fails the row's CHECK, so the import rolls back.
                setInteger(row, 6, credentialPositions.get(holds.credentialId()));
            } else if (requirement instanceof Requirement.AllOf all) {
                row.setString(5, "ALL_OF");
                row.setNull(6, Types.INTEGER);
                parts = all.parts();
            } else if (requirement instanceof Requirement.AnyOf any) {
                row.setString(5, "ANY_OF");
                row.setNull(6, Types.INTEGER);
                parts = any.parts();
            }
            batch.add();
            for (Requirement part : parts) {
                write(part, me);
            }
        }
    }

    /** A prepared statement executed in batches of {@value #BATCH} rows. */
    private final class Batch implements AutoCloseable {
        private final PreparedStatement statement;
        private int pending;

        Batch(String sql) throws SQLException {
            this.statement = connection.prepareStatement(sql);
        }

        PreparedStatement row() {
            return statement;
        }

        void add() throws SQLException {
            statement.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                statement.close();
            }
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.REAL);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
