package sg.tsa.advisor.storage.catalogue;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CertificateKind;
import sg.tsa.advisor.catalogue.Contact;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.catalogue.Credential;
import sg.tsa.advisor.catalogue.CredentialKind;
import sg.tsa.advisor.catalogue.Exemption;
import sg.tsa.advisor.catalogue.Issuer;
import sg.tsa.advisor.catalogue.Qualification;
import sg.tsa.advisor.catalogue.QualificationLevel;
import sg.tsa.advisor.catalogue.Requirement;
import sg.tsa.advisor.catalogue.Rule;
import sg.tsa.advisor.catalogue.Source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads one stored edition back into a {@link Catalogue}: one query per table, a row mapper per table. */
final class EditionReader {
    private static final int HOLDS = 0;
    private static final int ALL_OF = 1;

    private final Connection connection;
    private final long edition;

    EditionReader(Connection connection, long edition) {
        this.connection = connection;
        this.edition = edition;
    }

    /** A row of a result set turned into a value. */
    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    Catalogue read() throws SQLException {
        Map<String, List<String>> aliases = grouped("""
                SELECT credential_id, alias FROM credential_alias
                WHERE edition_id = ? ORDER BY credential_id, position""", row -> row.getString(2));
        Map<String, List<CourseModule>> modules = grouped("""
                SELECT qualification_id, id, code, title, hours, credits FROM module
                WHERE edition_id = ? ORDER BY qualification_id, position""", EditionReader::module);
        Map<String, List<String>> members = grouped("""
                SELECT qualification_id || ' ' || certificate_id, module_id FROM certificate_module
                WHERE edition_id = ? ORDER BY qualification_id, certificate_id, position""",
                row -> row.getString(2));
        Map<String, List<Certificate>> certificates = grouped("""
                SELECT qualification_id, id, title, kind FROM certificate
                WHERE edition_id = ? ORDER BY qualification_id, position""",
                row -> new Certificate(row.getString(2), row.getString(3), CertificateKind.valueOf(row.getString(4)),
                        members.getOrDefault(row.getString(1) + " " + row.getString(2), List.of())));
        List<Source> sources = list("""
                SELECT id, title, url, retrieved_on FROM source WHERE edition_id = ? ORDER BY position""",
                row -> new Source(row.getString(1), row.getString(2), row.getString(3), date(row, 4)));
        List<Issuer> issuers = list("SELECT id, name FROM issuer WHERE edition_id = ? ORDER BY position",
                row -> new Issuer(row.getString(1), row.getString(2)));
        List<Credential> credentials = list("""
                SELECT id, title, issuer_id, kind, hours, description FROM credential
                WHERE edition_id = ? ORDER BY position""",
                row -> new Credential(row.getString(1), row.getString(2), row.getString(3),
                        CredentialKind.valueOf(row.getString(4)), aliases.getOrDefault(row.getString(1), List.of()),
                        nullableDouble(row, 5), row.getString(6)));
        List<Requirement> requirements = requirements(credentials);
        List<Qualification> qualifications = list("""
                SELECT id, code, title, level, structure_complete FROM qualification
                WHERE edition_id = ? ORDER BY position""",
                row -> new Qualification(row.getString(1), row.getString(2), row.getString(3),
                        QualificationLevel.valueOf(row.getString(4)), row.getInt(5) == 1,
                        modules.getOrDefault(row.getString(1), List.of()),
                        certificates.getOrDefault(row.getString(1), List.of())));
        List<Rule> rules = list("""
                SELECT id, qualification_id, exempts_module_id, exempts_certificate_id, recency_years,
                       effective_from, effective_until, source_id, note, position
                FROM rule WHERE edition_id = ? ORDER BY position""",
                row -> new Rule(row.getString(1), row.getString(2),
                        row.getString(3) != null ? new Exemption.OfModule(row.getString(3))
                                : new Exemption.OfCertificate(row.getString(4)),
                        requirements.get(row.getInt(10)), nullableInt(row, 5), date(row, 6), date(row, 7),
                        row.getString(8), row.getString(9)));
        return header(sources, issuers, credentials, qualifications, rules);
    }

    private Catalogue header(List<Source> sources, List<Issuer> issuers, List<Credential> credentials,
                             List<Qualification> qualifications, List<Rule> rules) throws SQLException {
        Contact contact = list("""
                SELECT name, phone, email, website, address, hours FROM edition_contact WHERE edition_id = ?""",
                row -> new Contact(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6))).stream().findFirst().orElse(null);
        List<Catalogue> header = list("""
                SELECT version, published_on, institution, default_recency_years FROM edition WHERE id = ?""",
                row -> new Catalogue(row.getString(1), date(row, 2), row.getString(3), contact, sources,
                        nullableInt(row, 4), issuers, credentials, qualifications, rules));
        if (header.isEmpty()) {
            throw new SQLException("edition " + edition + " is not stored");
        }
        return header.get(0);
    }

    /**
     * Every rule's requirement tree, by rule position: nodes come in key order, which is pre-order by
     * construction, so each rule's nodes arrive together and every parent before its children.
     */
    private List<Requirement> requirements(List<Credential> credentials) throws SQLException {
        List<Requirement> trees = new ArrayList<>();
        // Leaves are immutable values: one per credential, shared by every rule that names it.
        Requirement.Holds[] leaves = new Requirement.Holds[credentials.size()];
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT rule_position, parent, CASE kind WHEN 'HOLDS' THEN 0 WHEN 'ALL_OF' THEN 1 ELSE 2 END,
                       credential_position
                FROM requirement WHERE edition_id = ? ORDER BY rule_position, node""")) {
            query.setLong(1, edition);
            try (ResultSet rows = query.executeQuery()) {
                int current = -1;
                List<Node> nodes = new ArrayList<>();
                while (rows.next()) {
                    int rule = rows.getInt(1);
                    if (rule != current) {
                        if (current >= 0) {
                            put(trees, current, build(nodes));
                        }
                        current = rule;
                        nodes.clear();
                    }
                    int parent = rows.getInt(2);
                    int kind = rows.getInt(3);
                    nodes.add(new Node(nodes.isEmpty() ? -1 : parent, kind,
                            kind == HOLDS ? leaf(leaves, credentials, rows.getInt(4)) : null));
                }
                if (current >= 0) {
                    put(trees, current, build(nodes));
                }
            }
        }
        return trees;
    }

    private static Requirement.Holds leaf(Requirement.Holds[] leaves, List<Credential> credentials, int position) {
        if (leaves[position] == null) {
            leaves[position] = new Requirement.Holds(credentials.get(position).id());
        }
        return leaves[position];
    }

    private static void put(List<Requirement> trees, int position, Requirement tree) {
        while (trees.size() <= position) {
            trees.add(null);
        }
        trees.set(position, tree);
    }

    /** A node read back: {@code leaf} is set for a credential, null for allOf/anyOf. */
    private record Node(int parent, int kind, Requirement.Holds leaf) {
    }

    private static Requirement build(List<Node> nodes) {
        return new TreeBuilder(nodes).next();
    }

    /** Pre-order nodes back into a tree: a node's parts are the subtrees that follow it and name it as parent. */
    private static final class TreeBuilder {
        private final List<Node> nodes;
        private int cursor;

        TreeBuilder(List<Node> nodes) {
            this.nodes = nodes;
        }

        Requirement next() {
            int index = cursor++;
            Node node = nodes.get(index);
            if (node.kind() == HOLDS) {
                return node.leaf();
            }
            List<Requirement> parts = new ArrayList<>(4);
            while (cursor < nodes.size() && nodes.get(cursor).parent() == index) {
                parts.add(next());
            }
            return node.kind() == ALL_OF ? new Requirement.AllOf(parts) : new Requirement.AnyOf(parts);
        }
    }

    private static CourseModule module(ResultSet row) throws SQLException {
        return new CourseModule(row.getString(2), row.getString(3), row.getString(4), nullableDouble(row, 5),
                nullableDouble(row, 6));
    }

    private <T> List<T> list(String sql, RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, edition);
            try (ResultSet rows = query.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    /** Rows grouped by their first column, in the order the query returns them. */
    private <T> Map<String, List<T>> grouped(String sql, RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, edition);
            try (ResultSet rows = query.executeQuery()) {
                Map<String, List<T>> result = new HashMap<>();
                while (rows.next()) {
                    result.computeIfAbsent(rows.getString(1), key -> new ArrayList<>()).add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    private static Integer nullableInt(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static Double nullableDouble(ResultSet row, int column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    private static LocalDate date(ResultSet row, int column) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }
}
