package sg.tsa.advisor.catalogue.format;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CertificateKind;
import sg.tsa.advisor.catalogue.Contact;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.catalogue.Credential;
import sg.tsa.advisor.catalogue.CredentialKind;
import sg.tsa.advisor.catalogue.Exemption;
import sg.tsa.advisor.catalogue.Ids;
import sg.tsa.advisor.catalogue.Issuer;
import sg.tsa.advisor.catalogue.Qualification;
import sg.tsa.advisor.catalogue.QualificationLevel;
import sg.tsa.advisor.catalogue.Requirement;
import sg.tsa.advisor.catalogue.Rule;
import sg.tsa.advisor.catalogue.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import sg.tsa.advisor.catalogue.format.CatalogueJson.CertificateJson;
import sg.tsa.advisor.catalogue.format.CatalogueJson.CredentialJson;
import sg.tsa.advisor.catalogue.format.CatalogueJson.ModuleJson;
import sg.tsa.advisor.catalogue.format.CatalogueJson.QualificationJson;
import sg.tsa.advisor.catalogue.format.CatalogueJson.RuleJson;

/**
 * Validates the DTOs of a file (values of the wrong JSON type already taken out by {@link StructureCheck}) against
 * every rule of the format and builds the domain
 * catalogue. Problems are collected, never thrown one by one, so that a catalogue author sees all of them.
 */
final class CatalogueValidator {
    static final String FORMAT = "exemption-catalogue/1";

    private final List<CatalogueProblem> problems;
    private final Checks check;

    /** @param problems where the problems found are added (the reader's list, which also holds those of structure) */
    CatalogueValidator(List<CatalogueProblem> problems) {
        this.problems = problems;
        this.check = new Checks(problems);
    }

    Catalogue validate(CatalogueJson json) throws InvalidCatalogueException {
        if (!FORMAT.equals(json.format)) {
            // Another format version's fields mean other things: checking them against this one would only confuse.
            problems.add(new CatalogueProblem("$.format", json.format == null
                    ? "missing; expected \"" + FORMAT + "\""
                    : "unsupported format " + Quoted.of(json.format) + "; this application reads \"" + FORMAT + "\""));
            throw new InvalidCatalogueException(problems);
        }
        String version = check.text(json.version, "$.version");
        LocalDate publishedOn = check.date(json.publishedOn, "$.publishedOn", true);
        String institution = check.text(json.institution, "$.institution");
        Contact contact = json.contact == null ? null : new Contact(json.contact.name, json.contact.phone,
                json.contact.email, json.contact.website, json.contact.address, json.contact.hours);
        List<Source> sources = sources(json);
        Integer defaultRecency = null;
        if (check.present(json.defaults, "$.defaults")) {
            defaultRecency = check.recency(json.defaults.recencyYears, "$.defaults.recencyYears");
        }
        List<Issuer> issuers = issuers(json);
        // References are checked against every id the file declares, not only against the entries that passed:
        // an entry with a problem of its own must not also be reported, falsely, as unknown wherever it is named.
        Set<String> issuerIds = declaredIds(json.issuers, i -> i.id);
        List<Credential> credentials = credentials(json, issuerIds);
        Set<String> credentialIds = declaredIds(json.credentials, c -> c.id);
        List<Qualification> qualifications = qualifications(json);
        Set<String> sourceIds = declaredIds(json.sources, s -> s.id);
        List<Rule> rules = rules(json, credentialIds, sourceIds);
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(problems);
        }
        return new Catalogue(version, publishedOn, institution, contact, sources, defaultRecency, issuers,
                credentials, qualifications, rules);
    }

    /** The well-formed ids of {@code entries}, whether or not the entries themselves are valid. */
    private static <T> Set<String> declaredIds(List<T> entries, Function<T, String> id) {
        return entries == null ? Set.of() : entries.stream().map(id).filter(Ids::isValid).collect(Collectors.toSet());
    }

    private List<Source> sources(CatalogueJson json) {
        List<Source> sources = new ArrayList<>();
        if (!check.present(json.sources, "$.sources")) {
            return sources;
        }
        Checks.IdSet ids = check.ids();
        for (int i = 0; i < json.sources.size(); i++) {
            var s = json.sources.get(i);
            String path = "$.sources[" + i + "]";
            String id = ids.add(s.id, path);
            String title = check.text(s.title, path + ".title");
            String url = check.text(s.url, path + ".url");
            LocalDate retrievedOn = check.date(s.retrievedOn, path + ".retrievedOn", true);
            if (id != null && title != null && url != null && retrievedOn != null) {
                sources.add(new Source(id, title, url, retrievedOn));
            }
        }
        return sources;
    }

    private List<Issuer> issuers(CatalogueJson json) {
        List<Issuer> issuers = new ArrayList<>();
        if (!check.present(json.issuers, "$.issuers")) {
            return issuers;
        }
        Checks.IdSet ids = check.ids();
        for (int i = 0; i < json.issuers.size(); i++) {
            var s = json.issuers.get(i);
            String path = "$.issuers[" + i + "]";
            String id = ids.add(s.id, path);
            String name = check.text(s.name, path + ".name");
            if (id != null && name != null) {
                issuers.add(new Issuer(id, name));
            }
        }
        return issuers;
    }

    private List<Credential> credentials(CatalogueJson json, Set<String> issuerIds) {
        List<Credential> credentials = new ArrayList<>();
        if (!check.present(json.credentials, "$.credentials")) {
            return credentials;
        }
        Checks.IdSet ids = check.ids();
        MatchesCheck matches = new MatchesCheck(problems);
        for (int i = 0; i < json.credentials.size(); i++) {
            CredentialJson c = json.credentials.get(i);
            String path = "$.credentials[" + i + "]";
            String id = ids.add(c.id, path);
            String title = check.text(c.title, path + ".title");
            String issuer = check.reference(c.issuer, path + ".issuer", issuerIds, "issuer");
            CredentialKind kind = check.enumValue(CredentialKind.class, c.kind, path + ".kind");
            List<String> aliases = new ArrayList<>();
            if (check.present(c.aliases, path + ".aliases")) {
                for (int a = 0; a < c.aliases.size(); a++) {
                    String alias = check.text(c.aliases.get(a), path + ".aliases[" + a + "]");
                    if (alias != null) {
                        aliases.add(alias.strip());
                    }
                }
            }
            Double hours = check.nonNegative(c.hours, path + ".hours");
            var recognisedAs = matches.check(c.matches, id, path);
            if (id != null && title != null && issuer != null && kind != null) {
                credentials.add(new Credential(id, title, issuer, kind, aliases, hours, c.description, recognisedAs));
            }
        }
        return credentials;
    }

    private List<Qualification> qualifications(CatalogueJson json) {
        List<Qualification> qualifications = new ArrayList<>();
        if (!check.present(json.qualifications, "$.qualifications")) {
            return qualifications;
        }
        Checks.IdSet ids = check.ids();
        for (int i = 0; i < json.qualifications.size(); i++) {
            QualificationJson q = json.qualifications.get(i);
            String path = "$.qualifications[" + i + "]";
            String id = ids.add(q.id, path);
            String title = check.text(q.title, path + ".title");
            QualificationLevel level = check.enumValue(QualificationLevel.class, q.level, path + ".level");
            boolean complete = check.present(q.structureComplete, path + ".structureComplete") && q.structureComplete;
            List<CourseModule> modules = modules(q, path);
            List<Certificate> certificates = certificates(q, complete, path);
            if (id != null && title != null && level != null) {
                qualifications.add(new Qualification(id, q.code, title, level, complete, modules, certificates));
            }
        }
        return qualifications;
    }

    private List<CourseModule> modules(QualificationJson q, String qualificationPath) {
        List<CourseModule> modules = new ArrayList<>();
        if (!check.present(q.modules, qualificationPath + ".modules")) {
            return modules;
        }
        Checks.IdSet ids = check.ids();
        for (int m = 0; m < q.modules.size(); m++) {
            ModuleJson module = q.modules.get(m);
            String path = qualificationPath + ".modules[" + m + "]";
            String id = ids.add(module.id, path);
            String title = check.text(module.title, path + ".title");
            Double hours = check.nonNegative(module.hours, path + ".hours");
            Double credits = check.nonNegative(module.credits, path + ".credits");
            if (id != null && title != null) {
                modules.add(new CourseModule(id, module.code, title, hours, credits));
            }
        }
        return modules;
    }

    private List<Certificate> certificates(QualificationJson q, boolean structureComplete, String qualificationPath) {
        List<Certificate> certificates = new ArrayList<>();
        if (!check.present(q.certificates, qualificationPath + ".certificates")) {
            return certificates;
        }
        Set<String> moduleIds = declaredIds(q.modules, m -> m.id);
        Map<String, String> certificateOfModule = new HashMap<>();
        Checks.IdSet ids = check.ids();
        for (int c = 0; c < q.certificates.size(); c++) {
            CertificateJson certificate = q.certificates.get(c);
            String path = qualificationPath + ".certificates[" + c + "]";
            String id = ids.add(certificate.id, path);
            String title = check.text(certificate.title, path + ".title");
            CertificateKind kind = check.enumValue(CertificateKind.class, certificate.kind, path + ".kind");
            List<String> members = new ArrayList<>();
            if (check.present(certificate.modules, path + ".modules")) {
                if (certificate.modules.isEmpty() && structureComplete) {
                    problems.add(new CatalogueProblem(path + ".modules",
                            "empty, but the qualification's structure is complete: list the certificate's modules"));
                }
                for (int m = 0; m < certificate.modules.size(); m++) {
                    String modulePath = path + ".modules[" + m + "]";
                    String moduleId = check.reference(certificate.modules.get(m), modulePath, moduleIds, "module");
                    if (moduleId == null) {
                        continue;
                    }
                    String owner = certificateOfModule.putIfAbsent(moduleId, String.valueOf(id));
                    if (owner != null) {
                        problems.add(new CatalogueProblem(modulePath, "module \"" + moduleId
                                + "\" already belongs to certificate \"" + owner + "\""));
                    } else {
                        members.add(moduleId);
                    }
                }
            }
            if (id != null && title != null && kind != null) {
                certificates.add(new Certificate(id, title, kind, members));
            }
        }
        return certificates;
    }

    private List<Rule> rules(CatalogueJson json, Set<String> credentialIds, Set<String> sourceIds) {
        List<Rule> rules = new ArrayList<>();
        if (!check.present(json.rules, "$.rules")) {
            return rules;
        }
        // The first declaration of an id is the one kept; later ones are reported as duplicates.
        Map<String, QualificationJson> qualificationsById = new HashMap<>();
        if (json.qualifications != null) {
            json.qualifications.stream().filter(q -> Ids.isValid(q.id))
                    .forEach(q -> qualificationsById.putIfAbsent(q.id, q));
        }
        Set<String> knownQualificationIds = qualificationsById.keySet();
        Checks.IdSet ids = check.ids();
        for (int i = 0; i < json.rules.size(); i++) {
            RuleJson r = json.rules.get(i);
            String path = "$.rules[" + i + "]";
            String id = ids.add(r.id, path);
            String qualificationId = check.reference(r.qualification, path + ".qualification", knownQualificationIds,
                    "qualification");
            Exemption exempts = exemption(r, qualificationsById.get(qualificationId), path + ".exempts");
            Requirement requires = check.present(r.requires, path + ".requires")
                    ? requirement(r.requires, path + ".requires", credentialIds) : null;
            Integer recency = check.recency(r.recencyYears, path + ".recencyYears");
            LocalDate from = check.date(r.effectiveFrom, path + ".effectiveFrom", false);
            LocalDate until = check.date(r.effectiveUntil, path + ".effectiveUntil", false);
            if (from != null && until != null && from.isAfter(until)) {
                problems.add(new CatalogueProblem(path + ".effectiveUntil", "\"" + until
                        + "\" is before effectiveFrom \"" + from + "\": the rule would never be in force"));
            }
            String source = check.reference(r.source, path + ".source", sourceIds, "source");
            if (id != null && qualificationId != null && exempts != null && requires != null && source != null) {
                rules.add(new Rule(id, qualificationId, exempts, requires, recency, from, until, source, r.note));
            }
        }
        return rules;
    }

    private Exemption exemption(RuleJson rule, QualificationJson qualification, String path) {
        if (!check.present(rule.exempts, path)) {
            return null;
        }
        boolean module = rule.exempts.module != null;
        boolean certificate = rule.exempts.certificate != null;
        if (module == certificate) {
            problems.add(new CatalogueProblem(path, "needs exactly one of \"module\" or \"certificate\""));
            return null;
        }
        if (qualification == null) {
            return null; // the qualification's own problem is reported already
        }
        if (module) {
            String id = rule.exempts.module;
            if (!declaredIds(qualification.modules, m -> m.id).contains(id)) {
                problems.add(new CatalogueProblem(path + ".module", "unknown module " + Quoted.of(id)
                        + " of qualification \"" + qualification.id + "\""));
                return null;
            }
            return new Exemption.OfModule(id);
        }
        String id = rule.exempts.certificate;
        if (!declaredIds(qualification.certificates, c -> c.id).contains(id)) {
            problems.add(new CatalogueProblem(path + ".certificate", "unknown certificate " + Quoted.of(id)
                    + " of qualification \"" + qualification.id + "\""));
            return null;
        }
        return new Exemption.OfCertificate(id);
    }

    private Requirement requirement(JsonElement element, String path, Set<String> credentialIds) {
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
            String id = element.getAsString();
            if (!credentialIds.contains(id)) {
                problems.add(new CatalogueProblem(path, "unknown credential " + Quoted.of(id)));
                return null;
            }
            return new Requirement.Holds(id);
        }
        if (!element.isJsonObject() || element.getAsJsonObject().size() != 1) {
            problems.add(new CatalogueProblem(path, "expected a credential id or an object with exactly one of "
                    + "\"allOf\" or \"anyOf\", found " + StructureCheck.describe(element)));
            return null;
        }
        JsonObject object = element.getAsJsonObject();
        String key = object.keySet().iterator().next();
        String partsPath = Quoted.field(path, key);
        if (!key.equals("allOf") && !key.equals("anyOf")) {
            problems.add(new CatalogueProblem(partsPath, "unknown field " + Quoted.of(key) + "; expected \"allOf\" or \"anyOf\""));
            return null;
        }
        if (!object.get(key).isJsonArray() || object.get(key).getAsJsonArray().isEmpty()) {
            problems.add(new CatalogueProblem(partsPath, "expected a non-empty array of requirements, found "
                    + StructureCheck.describe(object.get(key))));
            return null;
        }
        JsonArray array = object.get(key).getAsJsonArray();
        List<Requirement> parts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            Requirement part = requirement(array.get(i), partsPath + "[" + i + "]", credentialIds);
            if (part != null) {
                parts.add(part);
            }
        }
        if (parts.size() < array.size()) {
            return null;
        }
        return key.equals("allOf") ? new Requirement.AllOf(parts) : new Requirement.AnyOf(parts);
    }
}
