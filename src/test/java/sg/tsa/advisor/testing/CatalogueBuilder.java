package sg.tsa.advisor.testing;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.format.CatalogueReader;
import sg.tsa.advisor.catalogue.format.InvalidCatalogueException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one test helper for catalogues: builds a catalogue file as a JSON tree, starting from the smallest valid
 * one (one issuer {@code iss}, one source {@code src}, no default recency). Tests add what they need, or edit
 * any value by its JSON path ({@link #set}, {@link #remove}) to make exactly one thing wrong.
 */
public final class CatalogueBuilder {
    public static final String ISSUER = "iss";
    public static final String SOURCE = "src";

    private static final Gson PRETTY = new GsonBuilder().serializeNulls().setPrettyPrinting().create();
    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z0-9_]+)|\\[(\\d+)]");

    private final JsonObject root = new JsonObject();

    private CatalogueBuilder() {
        root.addProperty("format", "exemption-catalogue/1");
        root.addProperty("version", "test-1");
        root.addProperty("publishedOn", "2026-01-15");
        root.addProperty("institution", "Test Polytechnic");
        JsonObject source = new JsonObject();
        source.addProperty("id", SOURCE);
        source.addProperty("title", "Test list");
        source.addProperty("url", "https://example.org/list");
        source.addProperty("retrievedOn", "2026-01-10");
        root.add("sources", array(source));
        root.add("defaults", new JsonObject());
        JsonObject issuer = new JsonObject();
        issuer.addProperty("id", ISSUER);
        issuer.addProperty("name", "Test Issuer");
        root.add("issuers", array(issuer));
        root.add("credentials", new JsonArray());
        root.add("qualifications", new JsonArray());
        root.add("rules", new JsonArray());
    }

    /** The smallest valid catalogue: no credentials, qualifications or rules. */
    public static CatalogueBuilder catalogue() {
        return new CatalogueBuilder();
    }

    /** {@code defaults.recencyYears}; null leaves it out (credentials count however old). */
    public CatalogueBuilder defaultRecency(Integer years) {
        JsonObject defaults = root.getAsJsonObject("defaults");
        defaults.remove("recencyYears");
        if (years != null) {
            defaults.addProperty("recencyYears", years);
        }
        return this;
    }

    /** Credentials titled "Credential ID", issued by {@link #ISSUER}, without aliases. */
    public CatalogueBuilder credentials(String... ids) {
        for (String id : ids) {
            credential(id);
        }
        return this;
    }

    public CatalogueBuilder credential(String id, String... aliases) {
        JsonObject credential = new JsonObject();
        credential.addProperty("id", id);
        credential.addProperty("title", "Credential " + id);
        credential.addProperty("issuer", ISSUER);
        credential.addProperty("kind", "SHORT_COURSE");
        credential.add("aliases", strings(aliases));
        root.getAsJsonArray("credentials").add(credential);
        return this;
    }

    /** A qualification with modules titled "Module ID" and no certificates. */
    public CatalogueBuilder qualification(String id, String title, boolean structureComplete, String... moduleIds) {
        JsonObject qualification = new JsonObject();
        qualification.addProperty("id", id);
        qualification.addProperty("title", title);
        qualification.addProperty("level", "DIPLOMA");
        qualification.addProperty("structureComplete", structureComplete);
        JsonArray modules = new JsonArray();
        for (String moduleId : moduleIds) {
            JsonObject module = new JsonObject();
            module.addProperty("id", moduleId);
            module.addProperty("title", "Module " + moduleId);
            modules.add(module);
        }
        qualification.add("modules", modules);
        qualification.add("certificates", new JsonArray());
        root.getAsJsonArray("qualifications").add(qualification);
        return this;
    }

    /** A PDC of an existing qualification; no module ids means its modules are not known. */
    public CatalogueBuilder certificate(String qualificationId, String certificateId, String... moduleIds) {
        JsonObject certificate = new JsonObject();
        certificate.addProperty("id", certificateId);
        certificate.addProperty("title", "Certificate " + certificateId);
        certificate.addProperty("kind", "PDC");
        certificate.add("modules", strings(moduleIds));
        find("qualifications", qualificationId).getAsJsonArray("certificates").add(certificate);
        return this;
    }

    /** A rule exempting one module; {@code requires} is a credential id or a tree from {@link #allOf}/{@link #anyOf}. */
    public CatalogueBuilder moduleRule(String id, String qualificationId, String moduleId, Object requires) {
        return rule(id, qualificationId, "module", moduleId, requires);
    }

    public CatalogueBuilder certificateRule(String id, String qualificationId, String certificateId, Object requires) {
        return rule(id, qualificationId, "certificate", certificateId, requires);
    }

    private CatalogueBuilder rule(String id, String qualificationId, String kind, String target, Object requires) {
        JsonObject rule = new JsonObject();
        rule.addProperty("id", id);
        rule.addProperty("qualification", qualificationId);
        JsonObject exempts = new JsonObject();
        exempts.addProperty(kind, target);
        rule.add("exempts", exempts);
        rule.add("requires", element(requires));
        rule.addProperty("source", SOURCE);
        root.getAsJsonArray("rules").add(rule);
        return this;
    }

    /** Sets an optional field of a rule: {@code recencyYears}, {@code effectiveFrom}, {@code effectiveUntil}, ... */
    public CatalogueBuilder ruleField(String ruleId, String field, Object value) {
        find("rules", ruleId).add(field, element(value));
        return this;
    }

    public static JsonObject allOf(Object... parts) {
        return group("allOf", parts);
    }

    public static JsonObject anyOf(Object... parts) {
        return group("anyOf", parts);
    }

    private static JsonObject group(String key, Object... parts) {
        JsonArray array = new JsonArray();
        for (Object part : parts) {
            array.add(element(part));
        }
        JsonObject object = new JsonObject();
        object.add(key, array);
        return object;
    }

    /**
     * Sets the value at a path such as {@code $.rules[0].requires.allOf[1]} (the last step may name a new field or
     * replace an array element). {@code value} is a String, Number, Boolean, JsonElement or null (JSON null).
     */
    public CatalogueBuilder set(String path, Object value) {
        Step last = parent(path);
        JsonElement element = element(value);
        if (last.name != null) {
            last.parent.getAsJsonObject().add(last.name, element);
        } else {
            last.parent.getAsJsonArray().set(last.index, element);
        }
        return this;
    }

    /** Like {@link #set} with a value written as JSON text, e.g. {@code "{\"module\": \"m1\"}"}. */
    public CatalogueBuilder setJson(String path, String json) {
        return set(path, JsonParser.parseString(json));
    }

    /** Removes a field, or an array element, at {@code path}. */
    public CatalogueBuilder remove(String path) {
        Step last = parent(path);
        if (last.name != null) {
            if (last.parent.getAsJsonObject().remove(last.name) == null) {
                throw new IllegalArgumentException("nothing to remove at " + path);
            }
        } else {
            last.parent.getAsJsonArray().remove(last.index);
        }
        return this;
    }

    /** Appends a value to the array at {@code path}. */
    public CatalogueBuilder append(String path, Object value) {
        navigate(path).getAsJsonArray().add(element(value));
        return this;
    }

    public JsonObject tree() {
        return root.deepCopy();
    }

    public String json() {
        return PRETTY.toJson(root);
    }

    /** Reads the file through {@link CatalogueReader}; a test catalogue that does not validate fails the test. */
    public Catalogue build() {
        try {
            return CatalogueReader.read(json());
        } catch (InvalidCatalogueException e) {
            throw new AssertionError("the test catalogue is invalid:\n" + e.getMessage(), e);
        }
    }

    private JsonObject find(String arrayField, String id) {
        for (JsonElement element : root.getAsJsonArray(arrayField)) {
            if (element.getAsJsonObject().get("id").getAsString().equals(id)) {
                return element.getAsJsonObject();
            }
        }
        throw new IllegalArgumentException("no " + arrayField + " entry with id " + id);
    }

    private record Step(JsonElement parent, String name, int index) {
    }

    private Step parent(String path) {
        List<String> steps = steps(path);
        String lastStep = steps.remove(steps.size() - 1);
        JsonElement parent = walk(steps, path);
        return lastStep.startsWith("[")
                ? new Step(parent, null, Integer.parseInt(lastStep.substring(1, lastStep.length() - 1)))
                : new Step(parent, lastStep.substring(1), -1);
    }

    private JsonElement navigate(String path) {
        return walk(steps(path), path);
    }

    private JsonElement walk(List<String> steps, String path) {
        JsonElement at = root;
        for (String step : steps) {
            at = step.startsWith("[")
                    ? at.getAsJsonArray().get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : at.getAsJsonObject().get(step.substring(1));
            if (at == null) {
                throw new IllegalArgumentException("no value at " + step + " of " + path);
            }
        }
        return at;
    }

    private static List<String> steps(String path) {
        if (!path.startsWith("$")) {
            throw new IllegalArgumentException("a path starts with $: " + path);
        }
        List<String> steps = new ArrayList<>();
        Matcher matcher = STEP.matcher(path);
        int end = 1;
        while (matcher.find() && matcher.start() == end) {
            steps.add(matcher.group());
            end = matcher.end();
        }
        if (end != path.length() || steps.isEmpty()) {
            throw new IllegalArgumentException("cannot follow path " + path);
        }
        return steps;
    }

    private static JsonArray array(JsonElement... elements) {
        JsonArray array = new JsonArray();
        for (JsonElement element : elements) {
            array.add(element);
        }
        return array;
    }

    private static JsonArray strings(String... values) {
        JsonArray array = new JsonArray();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    private static JsonElement element(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof JsonElement json) {
            return json.deepCopy();
        }
        if (value instanceof String text) {
            return new JsonPrimitive(text);
        }
        if (value instanceof Number number) {
            return new JsonPrimitive(number);
        }
        if (value instanceof Boolean bool) {
            return new JsonPrimitive(bool);
        }
        throw new IllegalArgumentException("not a JSON value: " + value);
    }
}
