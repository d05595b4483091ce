package sg.tsa.advisor.storage.catalogue;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CertificateKind;
import sg.tsa.advisor.catalogue.Contact;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.catalogue.Credential;
import sg.tsa.advisor.catalogue.CredentialKind;
import sg.tsa.advisor.catalogue.CredentialMatch;
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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one stored edition back into a {@link Catalogue}: one query per table, a row mapper per table. Requirement
 * trees come from each rule's {@code requires_code} (decision record 0040), not from the {@code requirement} rows.
 * <p>
 * The values many rows repeat (a rule's qualification, module or certificate, source, note and dates; a module id
 * named by certificates; an issuer) are kept once per edition: the window holds the active edition for as long as
 * it runs, and a column read gives a new string for each row (decision record 0102).
 */
final class EditionReader {
    private final Connection connection;
    private final long edition;
    /** Each repeated value read, once: see {@link #shared}. */
    private final Map<Object, Object> values = new HashMap<>();

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
        Map<String, List<CredentialMatch>> matches = grouped("""
                SELECT credential_id, kind, value, name FROM credential_match
                WHERE edition_id = ? ORDER BY credential_id, position""", EditionReader::match);
        Map<String, List<CourseModule>> modules = grouped("""
                SELECT qualification_id, id, code, title, hours, credits FROM module
                WHERE edition_id = ? ORDER BY qualification_id, position""", this::module);
        Map<String, List<String>> members = grouped("""
                SELECT qualification_id || ' ' || certificate_id, module_id FROM certificate_module
                WHERE edition_id = ? ORDER BY qualification_id, certificate_id, position""",
                row -> shared(row.getString(2)));
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
                row -> new Credential(row.getString(1), row.getString(2), shared(row.getString(3)),
                        CredentialKind.valueOf(row.getString(4)), aliases.getOrDefault(row.getString(1), List.of()),
                        nullableDouble(row, 5), row.getString(6), matches.getOrDefault(row.getString(1), List.of())));
        Requirement.Holds[] leaves = RequirementCode.leaves(credentials.stream().map(Credential::id).toList());
        List<Qualification> qualifications = list("""
                SELECT id, code, title, level, structure_complete FROM qualification
                WHERE edition_id = ? ORDER BY position""",
                row -> new Qualification(row.getString(1), row.getString(2), row.getString(3),
                        QualificationLevel.valueOf(row.getString(4)), row.getInt(5) == 1,
                        modules.getOrDefault(row.getString(1), List.of()),
                        certificates.getOrDefault(row.getString(1), List.of())));
        List<Rule> rules = list("""
                SELECT id, qualification_id, exempts_module_id, exempts_certificate_id, recency_years,
                       effective_from, effective_until, source_id, note, requires_code
                FROM rule WHERE edition_id = ? ORDER BY position""",
                row -> rule(row, leaves));
        values.clear();
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

    private static CredentialMatch match(ResultSet row) throws SQLException {
        String kind = row.getString(2);
        String value = row.getString(3);
        return switch (kind) {
            case "achievementId" -> new CredentialMatch.AchievementId(value);
            case "credlyTemplate" -> new CredentialMatch.CredlyTemplate(value);
            case "openCerts" -> new CredentialMatch.OpenCerts(value, row.getString(4));
            default -> throw new SQLException("unknown kind of credential match \"" + kind + "\"");
        };
    }

    private Rule rule(ResultSet row, Requirement.Holds[] leaves) throws SQLException {
        String id = row.getString(1);
        String module = shared(row.getString(3));
        Requirement requires;
        try {
            requires = RequirementCode.decode(row.getString(10), leaves);
        } catch (IllegalArgumentException e) {
            throw new SQLException("rule " + id + " has a damaged requirement: " + e.getMessage(), e);
        }
        Exemption exempts = shared(module != null ? new Exemption.OfModule(module)
                : new Exemption.OfCertificate(shared(row.getString(4))));
        return new Rule(id, shared(row.getString(2)), exempts, requires, nullableInt(row, 5), shared(date(row, 6)),
                shared(date(row, 7)), shared(row.getString(8)), shared(row.getString(9)));
    }

    private CourseModule module(ResultSet row) throws SQLException {
        return new CourseModule(shared(row.getString(2)), row.getString(3), row.getString(4), nullableDouble(row, 5),
                nullableDouble(row, 6));
    }

    /**
     * The first value read equal to {@code value} (null for null). Only for immutable values whose identity means
     * nothing: strings, dates, records of those.
     */
    @SuppressWarnings("unchecked")
    private <T> T shared(T value) {
        if (value == null) {
            return null;
        }
        Object known = values.putIfAbsent(value, value);
        return known == null ? value : (T) known;
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
        if (text == null) {
            return null;
        }
        // Stored dates are written by LocalDate.toString: yyyy-MM-dd. Read those without a DateTimeFormatter,
        // whose first use in a fresh JVM alone costs tens of milliseconds; anything else the long way.
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    throw new SQLException("not a date: " + text, e);
                }
            }
        }
        return LocalDate.parse(text);
    }

    /** The decimal number in {@code text[from, to)}, or -1 when a character there is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char digit = text.charAt(i);
            if (digit < '0' || digit > '9') {
                return -1;
            }
            value = value * 10 + (digit - '0');
        }
        return value;
    }
}
