package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CertificateKind;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large, deterministic catalogue for trying the advising screen at scale (20,000 rules by default). Only for
 * the advising screen's tests and benchmark; the storage issue has its own generator for the database.
 */
final class SyntheticCatalogue {
    private static final String[] WORDS = {"Cloud", "Data", "Network", "Security", "Analytics", "Python", "Design",
        "Systems", "Machine", "Learning", "Digital", "Media", "Business", "Finance", "Health", "Logistics",
        "Marketing", "Robotics", "Software", "Testing", "Project", "Management", "Aquaculture", "Nutrition"};

    private SyntheticCatalogue() {
    }

    static Catalogue generate(int credentials, int qualifications, int modulesEach, int rules, long seed) {
        Random random = new Random(seed);
        List<Issuer> issuers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            issuers.add(new Issuer("issuer-" + i, "Issuer " + WORDS[i % WORDS.length] + " " + i));
        }
        List<Credential> creds = new ArrayList<>();
        for (int i = 0; i < credentials; i++) {
            String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)]
                    + " Certificate " + i;
            creds.add(new Credential("cred-" + i, title, "issuer-" + (i % issuers.size()),
                    CredentialKind.values()[i % 3], List.of("C" + i, "CODE-" + (1000 + i)), null, null));
        }
        List<Qualification> quals = new ArrayList<>();
        for (int q = 0; q < qualifications; q++) {
            List<CourseModule> modules = new ArrayList<>();
            for (int m = 0; m < modulesEach; m++) {
                modules.add(new CourseModule("m" + q + "-" + m, "M" + q + "." + m,
                        WORDS[random.nextInt(WORDS.length)] + " Module " + m, 30.0 + m, 2.0));
            }
            List<Certificate> certificates = List.of(new Certificate("pdc-" + q, "PDC " + q, CertificateKind.PDC,
                    List.of(modules.get(0).id(), modules.get(1).id())));
            quals.add(new Qualification("q-" + q, "Q" + q, "Specialist Diploma in " + WORDS[q % WORDS.length] + " "
                    + q, QualificationLevel.SPECIALIST_DIPLOMA, q % 2 == 0, modules, certificates));
        }
        List<Rule> ruleList = new ArrayList<>();
        for (int r = 0; r < rules; r++) {
            Qualification q = quals.get(random.nextInt(quals.size()));
            Exemption exempts = r % 10 == 0 ? new Exemption.OfCertificate(q.certificates().get(0).id())
                    : new Exemption.OfModule(q.modules().get(random.nextInt(q.modules().size())).id());
            Requirement requires = switch (r % 3) {
                case 0 -> new Requirement.Holds(creds.get(random.nextInt(credentials)).id());
                case 1 -> new Requirement.AnyOf(List.of(holds(creds, random), holds(creds, random)));
                default -> new Requirement.AllOf(List.of(holds(creds, random), holds(creds, random)));
            };
            ruleList.add(new Rule("rule-" + r, q.id(), exempts, requires, r % 4 == 0 ? 3 : null, null, null,
                    "synthetic", null));
        }
        return new Catalogue("synthetic-" + rules, LocalDate.of(2026, 11, 28), "Synthetic Polytechnic", null,
                List.of(new Source("synthetic", "Generated", "https://example.invalid", LocalDate.of(2026, 11, 28))),
                4, issuers, creds, quals, ruleList);
    }

    private static Requirement holds(List<Credential> creds, Random random) {
        return new Requirement.Holds(creds.get(random.nextInt(creds.size())).id());
    }

    /** The size the storage issue names: 20,000 rules over 2,000 credentials and 400 qualifications. */
    static Catalogue large() {
        return generate(2000, 400, 12, 20_000, 42);
    }
}
