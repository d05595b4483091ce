package sg.tsa.advisor.summary;

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
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.ExemptionEngine;
import sg.tsa.advisor.engine.HeldCredential;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Consultations to print: a typical one on the shipped catalogue, and a long one of five qualifications. */
public final class SummaryCases {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    static final LocalDate INTAKE = LocalDate.of(2027, 4, 1);
    static final LocalDateTime GENERATED = LocalDateTime.of(2026, 11, 28, 14, 5);

    private SummaryCases() {
    }

    /**
     * The shipped catalogue: a whole PDC, two modules of one diploma (one lapsing before the intake), a near
     * miss (one nanodegree of two) and a lapsed nanodegree.
     */
    public static SummaryRequest typical() {
        Catalogue catalogue = ShippedCatalogue.load();
        List<HeldCredential> held = List.of(
                new HeldCredential("cisco-ccna", LocalDate.of(2024, 6, 1)),
                new HeldCredential("aws-saa", LocalDate.of(2023, 1, 10)),
                new HeldCredential("udacity-aipnd", LocalDate.of(2025, 3, 1)),
                new HeldCredential("tp-aahn", LocalDate.of(2025, 8, 1)),
                new HeldCredential("udacity-ba", LocalDate.of(2021, 5, 2)));
        return new SummaryRequest(catalogue,
                new ExemptionEngine(catalogue).advise(new AdviceRequest(held, AS_OF, INTAKE)),
                "Tan Wei Ling", "Nur Aisyah binte Rahman", GENERATED);
    }

    /** The typical consultation for a learner whose name is written in Chinese and Tamil, with a Jawi counsellor. */
    public static SummaryRequest namesInOtherScripts() {
        SummaryRequest typical = typical();
        return new SummaryRequest(typical.catalogue(), typical.advice(), "陈伟玲 (தமிழ்செல்வி)",
                "Nur Aisyah نور عائشة", GENERATED);
    }

    /** Five qualifications with complete module lists and hours: flows onto more than one page. */
    public static SummaryRequest fiveQualifications() {
        Catalogue catalogue = longCatalogue();
        List<HeldCredential> held = new ArrayList<>();
        for (int q = 1; q <= 5; q++) {
            for (int c = 1; c <= 5; c++) {
                held.add(new HeldCredential("cred-" + q + "-" + c, LocalDate.of(2023, c, 10 + q)));
            }
        }
        return new SummaryRequest(catalogue,
                new ExemptionEngine(catalogue).advise(new AdviceRequest(held, AS_OF, INTAKE)),
                "Muhammad Hafiz bin Abdullah", "Lim Mei Hua", GENERATED);
    }

    static final String[] TOPICS = {"Network Security", "Cloud Infrastructure", "Data Analytics",
        "Software Engineering", "Machine Learning", "Project Management", "User Experience Design",
        "Database Systems", "Cyber Forensics", "Internet of Things", "Business Process Design",
        "Digital Marketing"};

    static Catalogue longCatalogue() {
        List<Credential> credentials = new ArrayList<>();
        List<Qualification> qualifications = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        for (int q = 1; q <= 5; q++) {
            List<CourseModule> modules = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                modules.add(new CourseModule("m" + m, "Q" + q + "M" + String.format("%02d", m),
                        TOPICS[(m + q) % TOPICS.length] + " " + (m <= 6 ? "Fundamentals" : "in Practice"),
                        60.0, 4.0));
            }
            qualifications.add(new Qualification("q" + q, "Q" + q, "Specialist Diploma in Applied Topic " + q,
                    QualificationLevel.SPECIALIST_DIPLOMA, true, modules,
                    List.of(new Certificate("pdc", "Post-Diploma Certificate in Applied Topic " + q + " Foundations",
                            CertificateKind.PDC, List.of("m1", "m2", "m3")))));
            for (int c = 1; c <= 6; c++) {
                credentials.add(new Credential("cred-" + q + "-" + c,
                        "Professional Certificate in " + TOPICS[(c + 2 * q) % TOPICS.length] + " (level " + c + ")",
                        "acme", CredentialKind.INDUSTRY_CERTIFICATION, List.of(), null, null));
            }
            rules.add(rule("r" + q + "-pdc", "q" + q, new Exemption.OfCertificate("pdc"),
                    new Requirement.AllOf(List.of(new Requirement.Holds("cred-" + q + "-1"),
                            new Requirement.Holds("cred-" + q + "-2")))));
            for (int m = 4; m <= 7; m++) {
                rules.add(rule("r" + q + "-m" + m, "q" + q, new Exemption.OfModule("m" + m),
                        new Requirement.Holds("cred-" + q + "-" + (m - 1))));
            }
            rules.add(rule("r" + q + "-m8", "q" + q, new Exemption.OfModule("m8"),
                    new Requirement.AllOf(List.of(new Requirement.Holds("cred-" + q + "-5"),
                            new Requirement.Holds("cred-" + q + "-6")))));
        }
        return new Catalogue("2026.12-test", LocalDate.of(2026, 11, 1), "Temasek Polytechnic",
                new Contact("Temasek SkillsFuture Academy (TSA)", "6788 1212", "tsa@example.edu.sg",
                        "https://www.tp.edu.sg/tsa", "21 Tampines Avenue 1, Singapore 529757",
                        "Mon–Fri 8:30am–5:30pm"),
                List.of(new Source("src", "Test list", "https://example.invalid", LocalDate.of(2026, 11, 1))),
                4, List.of(new Issuer("acme", "Acme Certifications")), credentials, qualifications, rules);
    }

    private static Rule rule(String id, String qualification, Exemption exempts, Requirement requires) {
        return new Rule(id, qualification, exempts, requires, null, null, null, "src", null);
    }
}
