package sg.tsa.advisor.engine;

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
 * Random cases for comparing the engine with {@link ReferenceEvaluator}, drawn towards the meaning's boundaries:
 * attainments exactly at, one day inside and one day outside a recency window (leap days included), rules
 * starting or ending on the assessment date or the day next to it, credentials named by several rules, certificates
 * with known and unknown modules, two qualifications sharing a title, credentials entered twice, and intakes.
 * Everything follows the {@link Random} given.
 */
record AgreementCases(Catalogue catalogue, AdviceRequest request) {
    private static final LocalDate[] AS_OF = {LocalDate.of(2026, 6, 1), LocalDate.of(2028, 2, 29),
        LocalDate.of(2027, 2, 28), LocalDate.of(2026, 12, 31)};
    private static final String[] TITLES = {"Zoology", "Aquaculture", "Networks", "Aquaculture"};

    static AgreementCases of(Random random) {
        LocalDate asOf = AS_OF[random.nextInt(AS_OF.length)];
        int credentialCount = 1 + random.nextInt(12);
        List<Credential> credentials = new ArrayList<>();
        for (int i = 0; i < credentialCount; i++) {
            credentials.add(new Credential("c" + i, "Credential " + i, "iss", CredentialKind.OTHER, List.of(), null,
                    null));
        }
        List<Qualification> qualifications = new ArrayList<>();
        for (int q = 1 + random.nextInt(4); q > 0; q--) {
            qualifications.add(qualification(random, "q" + q, TITLES[random.nextInt(TITLES.length)]));
        }
        List<Rule> rules = new ArrayList<>();
        for (int r = random.nextInt(41); r > 0; r--) {
            Qualification q = qualifications.get(random.nextInt(qualifications.size()));
            Exemption exempts = !q.certificates().isEmpty() && (q.modules().isEmpty() || random.nextInt(3) == 0)
                    ? new Exemption.OfCertificate(q.certificates().get(random.nextInt(q.certificates().size())).id())
                    : q.modules().isEmpty() ? null
                    : new Exemption.OfModule(q.modules().get(random.nextInt(q.modules().size())).id());
            if (exempts != null) {
                rules.add(new Rule("r" + rules.size(), q.id(), exempts, requirement(random, credentialCount, 3),
                        random.nextBoolean() ? null : 1 + random.nextInt(5), bound(random, asOf),
                        bound(random, asOf), "src", null));
            }
        }
        Catalogue catalogue = new Catalogue("agreement", LocalDate.of(2026, 1, 1), "Test", null,
                List.of(new Source("src", "Source", "https://example.org", LocalDate.of(2026, 1, 1))),
                random.nextInt(5) < 2 ? null : 1 + random.nextInt(5), List.of(new Issuer("iss", "Issuer")),
                credentials, qualifications, rules);
        return new AgreementCases(catalogue, new AdviceRequest(held(random, credentialCount, asOf), asOf,
                random.nextInt(5) < 2 ? null : asOf.plusDays(new int[] {1, 30, 365, 800}[random.nextInt(4)])));
    }

    private static Qualification qualification(Random random, String id, String title) {
        List<CourseModule> modules = new ArrayList<>();
        for (int m = random.nextInt(7); m > 0; m--) {
            modules.add(new CourseModule("m" + m, null, "Module " + m, null, null));
        }
        List<String> unassigned = new ArrayList<>(modules.stream().map(CourseModule::id).toList());
        List<Certificate> certificates = new ArrayList<>();
        for (int c = random.nextInt(4); c > 0; c--) {
            List<String> members = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0 && !unassigned.isEmpty(); k--) {
                members.add(unassigned.remove(random.nextInt(unassigned.size())));
            }
            certificates.add(new Certificate("k" + c, "Certificate " + c, CertificateKind.PDC, members));
        }
        return new Qualification(id, null, title, QualificationLevel.DIPLOMA, random.nextBoolean(), modules,
                certificates);
    }

    /** Leaves mostly from the first few credentials, so that rules share them. */
    private static Requirement requirement(Random random, int credentials, int depth) {
        if (depth == 0 || random.nextInt(5) < 3) {
            int pool = random.nextBoolean() ? Math.min(4, credentials) : credentials;
            return new Requirement.Holds("c" + random.nextInt(pool));
        }
        List<Requirement> parts = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            parts.add(requirement(random, credentials, depth - 1));
        }
        return random.nextBoolean() ? new Requirement.AllOf(parts) : new Requirement.AnyOf(parts);
    }

    /** An effective date: open, on the assessment date or a day either side, or far either side. */
    private static LocalDate bound(Random random, LocalDate asOf) {
        return random.nextInt(5) < 3 ? null : asOf.plusDays(new int[] {-400, -1, 0, 1, 400}[random.nextInt(5)]);
    }

    /** Attainments at the edge of a 1-5 year window (a day inside, on it, a day outside) or anywhere in 8 years. */
    private static List<HeldCredential> held(Random random, int credentials, LocalDate asOf) {
        List<HeldCredential> held = new ArrayList<>();
        for (int i = random.nextInt(11); i > 0; i--) {
            LocalDate attained = random.nextBoolean()
                    ? asOf.minusYears(1 + random.nextInt(5)).plusDays(random.nextInt(3) - 1)
                    : asOf.minusDays(random.nextInt(8 * 366));
            held.add(new HeldCredential("c" + random.nextInt(credentials), attained.isAfter(asOf) ? asOf : attained));
        }
        return held;
    }
}
