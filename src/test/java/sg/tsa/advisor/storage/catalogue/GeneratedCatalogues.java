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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Valid catalogues of every shape the format allows: optional fields set and unset, empty lists, unusual
 * text, certificates with and without modules, nested requirements. Everything, sizes included, follows the
 * {@link Random} given, so that a seed names one catalogue for good.
 */
final class GeneratedCatalogues {
    private static final String[] WORDS = {"Data", "Réseau", "网络", "Cloud & Ops", "\"quoted\"", "back\\slash",
            "🎓 emoji", "Ünïcödé", "O'Neil", "<html>", "  spaced  ", "x"};

    private GeneratedCatalogues() {
    }

    /** 1-6 issuers, 0-12 credentials, 1-5 qualifications and 0-40 rules (none without credentials). */
    static Catalogue catalogue(Random random) {
        return new Builder(random).build(1 + random.nextInt(6), random.nextInt(13), 1 + random.nextInt(5),
                random.nextInt(41));
    }

    private static final class Builder {
        private final Random random;

        Builder(Random random) {
            this.random = random;
        }

        Catalogue build(int issuerCount, int credentialCount, int qualificationCount, int ruleCount) {
            List<Source> sources = new ArrayList<>();
            for (int i = 0; i <= random.nextInt(3); i++) {
                sources.add(new Source("s" + i, text(), "https://example.org/" + i, date()));
            }
            List<Issuer> issuers = new ArrayList<>();
            for (int i = 0; i < issuerCount; i++) {
                issuers.add(new Issuer("iss." + i, text()));
            }
            List<Credential> credentials = new ArrayList<>();
            for (int i = 0; i < credentialCount; i++) {
                List<String> aliases = new ArrayList<>();
                for (int a = random.nextInt(3); a > 0; a--) {
                    aliases.add("al-" + i + "-" + a + (random.nextBoolean() ? " Ü" : ""));
                }
                credentials.add(new Credential("c_" + i, text(), "iss." + random.nextInt(issuerCount),
                        pick(CredentialKind.values()), aliases, number(), optionalLines()));
            }
            List<Qualification> qualifications = new ArrayList<>();
            for (int q = 0; q < qualificationCount; q++) {
                qualifications.add(qualification(q));
            }
            List<Rule> rules = new ArrayList<>();
            for (int r = 0; credentialCount > 0 && r < ruleCount; r++) {
                Qualification q = qualifications.get(random.nextInt(qualifications.size()));
                Exemption exempts = !q.certificates().isEmpty() && (q.modules().isEmpty() || random.nextBoolean())
                        ? new Exemption.OfCertificate(pick(q.certificates()).id())
                        : q.modules().isEmpty() ? null : new Exemption.OfModule(pick(q.modules()).id());
                if (exempts == null) {
                    continue;
                }
                LocalDate from = random.nextBoolean() ? date() : null;
                LocalDate until = random.nextBoolean() ? (from == null ? date() : from.plusDays(random.nextInt(900)))
                        : null;
                rules.add(new Rule("r-" + r, q.id(), exempts, requirement(credentialCount, 0),
                        random.nextBoolean() ? 1 + random.nextInt(9) : null, from, until, pick(sources).id(),
                        optionalLines()));
            }
            Contact contact = switch (random.nextInt(3)) {
                case 0 -> null;
                case 1 -> new Contact(null, null, null, null, null, null);
                default -> new Contact(optionalText(), "+65 " + random.nextInt(99_999_999), optionalText(),
                        optionalText(), optionalText(), optionalText());
            };
            return new Catalogue("generated", date(), text(), contact, sources,
                    random.nextBoolean() ? 1 + random.nextInt(9) : null, issuers, credentials, qualifications, rules);
        }

        private Qualification qualification(int q) {
            List<CourseModule> modules = new ArrayList<>();
            for (int m = random.nextInt(8); m > 0; m--) {
                modules.add(new CourseModule("m" + m, optionalText(), text(), number(), number()));
            }
            List<Certificate> certificates = new ArrayList<>();
            List<String> unassigned = new ArrayList<>(modules.stream().map(CourseModule::id).toList());
            boolean complete = random.nextBoolean();
            for (int c = random.nextInt(3); c > 0; c--) {
                List<String> members = new ArrayList<>();
                for (int k = random.nextInt(3); k > 0 && !unassigned.isEmpty(); k--) {
                    members.add(unassigned.remove(random.nextInt(unassigned.size())));
                }
                if (members.isEmpty()) {
                    complete = false; // a certificate whose modules are unknown
                }
                certificates.add(new Certificate("cert" + c, text(), pick(CertificateKind.values()), members));
            }
            return new Qualification("q" + q, optionalText(), text(), pick(QualificationLevel.values()), complete,
                    modules, certificates);
        }

        private Requirement requirement(int credentialCount, int depth) {
            if (depth > 2 || random.nextInt(3) == 0) {
                return new Requirement.Holds("c_" + random.nextInt(credentialCount));
            }
            List<Requirement> parts = new ArrayList<>();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                parts.add(requirement(credentialCount, depth + 1));
            }
            return random.nextBoolean() ? new Requirement.AllOf(parts) : new Requirement.AnyOf(parts);
        }

        private String text() {
            return pick(WORDS) + " " + random.nextInt(1000);
        }

        /** Descriptions and notes may run over several lines: tabs and line breaks are allowed there. */
        private String optionalLines() {
            return random.nextBoolean() ? optionalText() : pick(new String[] {"tab\there", "line\nbreak"}) + " "
                    + random.nextInt(1000);
        }

        private String optionalText() {
            return random.nextBoolean() ? null : text();
        }

        private Double number() {
            return switch (random.nextInt(4)) {
                case 0 -> null;
                case 1 -> 0.0;
                case 2 -> (double) random.nextInt(500);
                default -> random.nextDouble() * 100;
            };
        }

        private LocalDate date() {
            return LocalDate.of(2000, 1, 1).plusDays(random.nextInt(12_000));
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
