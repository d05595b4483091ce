package sg.tsa.advisor.storage.bench;

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
import sg.tsa.advisor.catalogue.format.CatalogueWriter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large, valid, reproducible catalogue for benchmarks and for trying the user interface on a heavy load:
 * by default 60 qualifications of 40 modules, 2,000 credentials and 20,000 rules with nested requirements.
 * <pre>
 * java -cp "target/classes:target/test-classes:target/lib/*" \
 *     sg.tsa.advisor.storage.bench.SyntheticCatalogue synthetic.json [VERSION] [SEED]
 * </pre>
 */
public final class SyntheticCatalogue {

    /** How big a catalogue to make. */
    public record Size(int qualifications, int modulesPerQualification, int credentials, int rules) {
        public static final Size BENCHMARK = new Size(60, 40, 2_000, 20_000);
    }

    private static final CredentialKind[] KINDS = CredentialKind.values();
    private static final QualificationLevel[] LEVELS = QualificationLevel.values();
    private static final int ISSUERS = 25;
    private static final int CERTIFICATES = 4;
    private static final int MODULES_PER_CERTIFICATE = 5;

    private final Random random;

    private SyntheticCatalogue(long seed) {
        this.random = new Random(seed);
    }

    public static Catalogue generate(String version, long seed, Size size) {
        return new SyntheticCatalogue(seed).build(version, size);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SyntheticCatalogue FILE [VERSION] [SEED]");
            System.exit(2);
        }
        Catalogue catalogue = generate(args.length > 1 ? args[1] : "synthetic-1", args.length > 2
                ? Long.parseLong(args[2]) : 42L, Size.BENCHMARK);
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            CatalogueWriter.write(catalogue, out);
        }
        System.out.printf("wrote %s: %d qualifications, %d credentials, %d rules%n", args[0],
                catalogue.qualifications().size(), catalogue.credentials().size(), catalogue.rules().size());
    }

    private Catalogue build(String version, Size size) {
        LocalDate published = LocalDate.of(2026, 11, 28);
        List<Source> sources = List.of(
                new Source("src-main", "Micro-credentials recognised", "https://example.edu/mc", published),
                new Source("src-annex", "Annex of exemptions", "https://example.edu/annex", published));
        List<Issuer> issuers = new ArrayList<>();
        for (int i = 0; i < ISSUERS; i++) {
            issuers.add(new Issuer("issuer-" + i, "Issuer number " + i));
        }
        List<Credential> credentials = new ArrayList<>();
        for (int i = 0; i < size.credentials(); i++) {
            List<String> aliases = i % 3 == 0 ? List.of("ALIAS-" + i, "A" + i + "X") : List.of();
            credentials.add(new Credential("cred-" + i, "Credential number " + i + " in applied topic " + (i % 97),
                    "issuer-" + (i % ISSUERS), KINDS[i % KINDS.length], aliases,
                    i % 4 == 0 ? null : (double) (10 + i % 200), i % 5 == 0 ? "Description of credential " + i : null));
        }
        List<Qualification> qualifications = new ArrayList<>();
        for (int q = 0; q < size.qualifications(); q++) {
            qualifications.add(qualification(q, size.modulesPerQualification()));
        }
        List<Rule> rules = new ArrayList<>();
        for (int r = 0; r < size.rules(); r++) {
            Qualification q = qualifications.get(random.nextInt(qualifications.size()));
            boolean wholeCertificate = random.nextInt(10) == 0 && !q.certificates().isEmpty();
            Exemption exempts = wholeCertificate
                    ? new Exemption.OfCertificate(q.certificates().get(random.nextInt(q.certificates().size())).id())
                    : new Exemption.OfModule(q.modules().get(random.nextInt(q.modules().size())).id());
            rules.add(new Rule(String.format("rule-%05d", r), q.id(), exempts, requirement(size.credentials(), 0),
                    random.nextInt(4) == 0 ? 1 + random.nextInt(5) : null,
                    random.nextInt(8) == 0 ? published.minusYears(2) : null,
                    random.nextInt(8) == 0 ? published.plusYears(3) : null,
                    r % 2 == 0 ? "src-main" : "src-annex", r % 7 == 0 ? "Note on rule " + r : null));
        }
        Contact contact = new Contact("Continuing Education Academy", "+65 6000 0000", null,
                "https://example.edu", "1 Example Road", "Mon-Fri 9:00-17:00");
        return new Catalogue(version, published, "Synthetic Polytechnic", contact, sources, 4, issuers, credentials,
                qualifications, rules);
    }

    private Qualification qualification(int q, int moduleCount) {
        String id = "qual-" + q;
        List<CourseModule> modules = new ArrayList<>();
        for (int m = 0; m < moduleCount; m++) {
            modules.add(new CourseModule("m" + m, "Q" + q + "M" + m, "Module " + m + " of qualification " + q,
                    m % 3 == 0 ? null : 30.0 + m, m % 3 == 0 ? null : 2.0 + m % 4));
        }
        List<Certificate> certificates = new ArrayList<>();
        for (int c = 0; c < CERTIFICATES && (c + 1) * MODULES_PER_CERTIFICATE <= moduleCount; c++) {
            List<String> members = new ArrayList<>();
            for (int m = c * MODULES_PER_CERTIFICATE; m < (c + 1) * MODULES_PER_CERTIFICATE; m++) {
                members.add("m" + m);
            }
            certificates.add(new Certificate("pdc" + c, "Post-diploma certificate " + c + " of qualification " + q,
                    c == 0 ? CertificateKind.PDC : CertificateKind.MODULAR_CERTIFICATE, members));
        }
        return new Qualification(id, q % 2 == 0 ? "Q" + q : null, "Qualification number " + q,
                LEVELS[q % LEVELS.length], q % 2 == 0, modules, certificates);
    }

    /** One credential, or an allOf/anyOf of two to four parts, nested at most three deep. */
    private Requirement requirement(int credentials, int depth) {
        if (depth >= 2 || random.nextInt(3) == 0) {
            return new Requirement.Holds("cred-" + random.nextInt(credentials));
        }
        List<Requirement> parts = new ArrayList<>();
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            parts.add(requirement(credentials, depth + 1));
        }
        return random.nextBoolean() ? new Requirement.AllOf(parts) : new Requirement.AnyOf(parts);
    }
}
