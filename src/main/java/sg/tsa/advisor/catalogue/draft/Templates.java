package sg.tsa.advisor.catalogue.draft;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.time.LocalDate;

/**
 * The entries the editor adds: every required field present and blank, so that the problems list at once says
 * what remains to be filled in, field by field.
 */
public final class Templates {
    private Templates() {
    }

    public static JsonObject issuer() {
        JsonObject o = new JsonObject();
        o.addProperty("id", "");
        o.addProperty("name", "");
        return o;
    }

    public static JsonObject credential() {
        JsonObject o = new JsonObject();
        o.addProperty("id", "");
        o.addProperty("title", "");
        o.addProperty("issuer", "");
        o.addProperty("kind", "SHORT_COURSE");
        o.add("aliases", new JsonArray());
        return o;
    }

    public static JsonObject qualification() {
        JsonObject o = new JsonObject();
        o.addProperty("id", "");
        o.addProperty("title", "");
        o.addProperty("level", "DIPLOMA");
        o.addProperty("structureComplete", false);
        o.add("modules", new JsonArray());
        o.add("certificates", new JsonArray());
        return o;
    }

    public static JsonObject module() {
        JsonObject o = new JsonObject();
        o.addProperty("id", "");
        o.addProperty("title", "");
        return o;
    }

    public static JsonObject certificate() {
        JsonObject o = new JsonObject();
        o.addProperty("id", "");
        o.addProperty("title", "");
        o.addProperty("kind", "PDC");
        o.add("modules", new JsonArray());
        return o;
    }

    public static JsonObject rule() {
        JsonObject o = new JsonObject();
        o.addProperty("id", "");
        o.addProperty("qualification", "");
        JsonObject exempts = new JsonObject();
        exempts.addProperty("module", "");
        o.add("exempts", exempts);
        JsonObject requires = new JsonObject();
        requires.add("allOf", new JsonArray());
        o.add("requires", requires);
        o.addProperty("source", "");
        return o;
    }

    public static JsonObject source(LocalDate today) {
        JsonObject o = new JsonObject();
        o.addProperty("id", "");
        o.addProperty("title", "");
        o.addProperty("url", "");
        o.addProperty("retrievedOn", today.toString());
        return o;
    }
}
