package sg.tsa.advisor.catalogue.format;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.catalogue.Credential;
import sg.tsa.advisor.catalogue.CredentialMatch;
import sg.tsa.advisor.catalogue.Exemption;
import sg.tsa.advisor.catalogue.Qualification;
import sg.tsa.advisor.catalogue.Requirement;
import sg.tsa.advisor.catalogue.Rule;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes a catalogue in format version 1; optional fields that are not set are left out. */
public final class CatalogueWriter {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private CatalogueWriter() {
    }

    public static void write(Catalogue catalogue, Writer out) throws IOException {
        GSON.toJson(toJson(catalogue), out);
        out.write('\n');
        out.flush();
    }

    public static String toString(Catalogue catalogue) {
        return GSON.toJson(toJson(catalogue)) + "\n";
    }

    static CatalogueJson toJson(Catalogue catalogue) {
        CatalogueJson json = new CatalogueJson();
        json.format = CatalogueValidator.FORMAT;
        json.version = catalogue.version();
        json.publishedOn = date(catalogue.publishedOn());
        json.institution = catalogue.institution();
        json.contact = catalogue.contact().map(c -> {
            var contact = new CatalogueJson.ContactJson();
            contact.name = c.name();
            contact.phone = c.phone();
            contact.email = c.email();
            contact.website = c.website();
            contact.address = c.address();
            contact.hours = c.hours();
            return contact;
        }).orElse(null);
        json.sources = catalogue.sources().stream().map(s -> {
            var source = new CatalogueJson.SourceJson();
            source.id = s.id();
            source.title = s.title();
            source.url = s.url();
            source.retrievedOn = date(s.retrievedOn());
            return source;
        }).toList();
        json.defaults = new CatalogueJson.DefaultsJson();
        json.defaults.recencyYears = catalogue.defaultRecencyYears();
        json.issuers = catalogue.issuers().stream().map(i -> {
            var issuer = new CatalogueJson.IssuerJson();
            issuer.id = i.id();
            issuer.name = i.name();
            return issuer;
        }).toList();
        json.credentials = catalogue.credentials().stream().map(CatalogueWriter::credential).toList();
        json.qualifications = catalogue.qualifications().stream().map(CatalogueWriter::qualification).toList();
        json.rules = catalogue.rules().stream().map(CatalogueWriter::rule).toList();
        return json;
    }

    private static CatalogueJson.CredentialJson credential(Credential c) {
        var json = new CatalogueJson.CredentialJson();
        json.id = c.id();
        json.title = c.title();
        json.issuer = c.issuerId();
        json.kind = c.kind().name();
        json.aliases = c.aliases();
        json.hours = c.hours();
        json.description = c.description();
        json.matches = c.matches().isEmpty() ? null : c.matches().stream().map(CatalogueWriter::match).toList();
        return json;
    }

    private static CatalogueJson.MatchJson match(CredentialMatch match) {
        var json = new CatalogueJson.MatchJson();
        if (match instanceof CredentialMatch.AchievementId a) {
            json.achievementId = a.uri();
        } else if (match instanceof CredentialMatch.CredlyTemplate c) {
            json.credlyTemplate = c.uuid();
        } else if (match instanceof CredentialMatch.OpenCerts o) {
            json.openCerts = new CatalogueJson.OpenCertsJson();
            json.openCerts.store = o.store();
            json.openCerts.name = o.name();
        }
        return json;
    }

    private static CatalogueJson.QualificationJson qualification(Qualification q) {
        var json = new CatalogueJson.QualificationJson();
        json.id = q.id();
        json.code = q.code();
        json.title = q.title();
        json.level = q.level().name();
        json.structureComplete = q.structureComplete();
        json.modules = q.modules().stream().map(CatalogueWriter::module).toList();
        json.certificates = q.certificates().stream().map(CatalogueWriter::certificate).toList();
        return json;
    }

    private static CatalogueJson.ModuleJson module(CourseModule m) {
        var json = new CatalogueJson.ModuleJson();
        json.id = m.id();
        json.code = m.code();
        json.title = m.title();
        json.hours = m.hours();
        json.credits = m.credits();
        return json;
    }

    private static CatalogueJson.CertificateJson certificate(Certificate c) {
        var json = new CatalogueJson.CertificateJson();
        json.id = c.id();
        json.title = c.title();
        json.kind = c.kind().name();
        json.modules = c.moduleIds();
        return json;
    }

    private static CatalogueJson.RuleJson rule(Rule r) {
        var json = new CatalogueJson.RuleJson();
        json.id = r.id();
        json.qualification = r.qualificationId();
        json.exempts = new CatalogueJson.ExemptsJson();
        if (r.exempts() instanceof Exemption.OfModule m) {
            json.exempts.module = m.moduleId();
        } else if (r.exempts() instanceof Exemption.OfCertificate c) {
            json.exempts.certificate = c.certificateId();
        }
        json.requires = requirement(r.requires());
        json.recencyYears = r.recencyYears();
        json.effectiveFrom = date(r.effectiveFrom());
        json.effectiveUntil = date(r.effectiveUntil());
        json.source = r.sourceId();
        json.note = r.note();
        return json;
    }

    /** The JSON form of a requirement: a string, or {@code {"allOf": [...]}} / {@code {"anyOf": [...]}}. */
    public static JsonElement requirement(Requirement requirement) {
        if (requirement instanceof Requirement.Holds holds) {
            return new JsonPrimitive(holds.credentialId());
        }
        List<Requirement> parts = new ArrayList<>();
        String key;
        if (requirement instanceof Requirement.AllOf all) {
            key = "allOf";
            parts.addAll(all.parts());
        } else {
            key = "anyOf";
            parts.addAll(((Requirement.AnyOf) requirement).parts());
        }
        JsonArray array = new JsonArray();
        parts.forEach(p -> array.add(requirement(p)));
        JsonObject object = new JsonObject();
        object.add(key, array);
        return object;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
