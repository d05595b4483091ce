package sg.tsa.advisor.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.catalogue.Exemption;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.CountedCredential;
import sg.tsa.advisor.engine.Grant;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.engine.LapsedCredential;
import sg.tsa.advisor.engine.NearMiss;
import sg.tsa.advisor.engine.QualificationAdvice;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The machine-readable report of {@code advise --json}, exactly the shape of command-line.md version 1. Fields
 * may be added here; none may be renamed or removed: scripts outside the project read them.
 */
public final class JsonReport {
    private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting()
            .disableHtmlEscaping().create();

    private JsonReport() {
    }

    public static String render(Catalogue catalogue, Advice advice) {
        return GSON.toJson(toJson(catalogue, advice)) + "\n";
    }

    public static JsonObject toJson(Catalogue catalogue, Advice advice) {
        JsonObject report = new JsonObject();
        report.add("asOf", date(advice.asOf()));
        report.add("intake", date(advice.intake()));
        JsonObject edition = new JsonObject();
        edition.addProperty("version", catalogue.version());
        edition.addProperty("institution", catalogue.institution());
        edition.add("publishedOn", date(catalogue.publishedOn()));
        report.add("catalogue", edition);
        report.add("held", array(advice.held(), JsonReport::held));
        report.add("qualifications", array(advice.qualifications(), JsonReport::qualification));
        report.add("nearMisses", array(advice.nearMisses(), JsonReport::nearMiss));
        report.add("lapsed", array(advice.lapsed(), JsonReport::lapsed));
        return report;
    }

    private static JsonObject held(HeldCredential held) {
        JsonObject json = new JsonObject();
        json.addProperty("credential", held.credentialId());
        json.add("attainedOn", date(held.attainedOn()));
        return json;
    }

    private static JsonObject qualification(QualificationAdvice advice) {
        JsonObject json = new JsonObject();
        json.addProperty("id", advice.qualification().id());
        json.addProperty("title", advice.qualification().title());
        json.addProperty("level", advice.qualification().level().name());
        json.add("exemptedModules", array(advice.exemptedModules(), JsonReport::module));
        json.add("exemptedCertificates", array(advice.exemptedCertificates(), JsonReport::certificate));
        json.add("grants", array(advice.grants(), JsonReport::grant));
        json.add("remainingModules", advice.remainingModules()
                .<JsonElement>map(modules -> array(modules, JsonReport::module)).orElse(JsonNull.INSTANCE));
        json.add("lapsingBeforeIntake", strings(advice.lapsingBeforeIntake()));
        return json;
    }

    private static JsonObject module(CourseModule module) {
        JsonObject json = new JsonObject();
        json.addProperty("id", module.id());
        json.addProperty("title", module.title());
        return json;
    }

    private static JsonObject certificate(Certificate certificate) {
        JsonObject json = new JsonObject();
        json.addProperty("id", certificate.id());
        json.addProperty("title", certificate.title());
        json.addProperty("kind", certificate.kind().name());
        return json;
    }

    private static JsonObject grant(Grant grant) {
        JsonObject json = new JsonObject();
        json.addProperty("rule", grant.rule().id());
        json.add("exempts", exempts(grant.rule().exempts()));
        json.add("credentials", strings(grant.credentials().stream().map(CountedCredential::credentialId).toList()));
        return json;
    }

    private static JsonObject exempts(Exemption exemption) {
        JsonObject json = new JsonObject();
        json.addProperty(exemption instanceof Exemption.OfModule ? "module" : "certificate", exemption.targetId());
        return json;
    }

    private static JsonObject nearMiss(NearMiss nearMiss) {
        JsonObject json = new JsonObject();
        json.addProperty("rule", nearMiss.rule().id());
        json.addProperty("qualification", nearMiss.rule().qualificationId());
        json.add("exempts", exempts(nearMiss.rule().exempts()));
        json.add("missing", strings(nearMiss.missing()));
        return json;
    }

    private static JsonObject lapsed(LapsedCredential lapsed) {
        JsonObject json = new JsonObject();
        json.addProperty("credential", lapsed.held().credentialId());
        json.add("attainedOn", date(lapsed.held().attainedOn()));
        json.add("countsUntil", date(lapsed.countsUntil()));
        json.add("rules", strings(lapsed.ruleIds()));
        return json;
    }

    private static <T> JsonArray array(Collection<T> items, java.util.function.Function<T, JsonElement> toJson) {
        JsonArray array = new JsonArray();
        items.forEach(item -> array.add(toJson.apply(item)));
        return array;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    private static JsonElement date(LocalDate date) {
        return date == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(date.toString());
    }
}
