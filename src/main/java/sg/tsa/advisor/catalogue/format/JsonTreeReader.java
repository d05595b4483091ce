package sg.tsa.advisor.catalogue.format;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

/**
 * Reads strict JSON into a Gson tree, reporting a key written twice in one object: Gson's own parser keeps the
 * last silently, and a typo must never pass silently. The first value of a duplicated key is kept.
 */
final class JsonTreeReader {
    static final String MORE_TEXT = "more text after the catalogue object";
    private final JsonReader reader;
    private final List<CatalogueProblem> problems;

    private JsonTreeReader(String json, List<CatalogueProblem> problems) {
        this.reader = new JsonReader(new StringReader(json));
        this.reader.setStrictness(Strictness.STRICT);
        this.problems = problems;
    }

    /**
     * The one top-level object of {@code json}, or null when the top-level value is not an object; duplicate keys
     * are added to {@code problems}.
     */
    static JsonObject readObject(String json, List<CatalogueProblem> problems) throws IOException {
        JsonTreeReader tree = new JsonTreeReader(json, problems);
        if (tree.reader.peek() != JsonToken.BEGIN_OBJECT) {
            return null;
        }
        JsonObject value = tree.object("$");
        if (tree.reader.peek() != JsonToken.END_DOCUMENT) {
            throw new IOException(MORE_TEXT + tree.reader.toString().replace("JsonReader", ""));
        }
        return value;
    }

    private JsonElement value(String path) throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT:
                return object(path);
            case BEGIN_ARRAY:
                JsonArray array = new JsonArray();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(value(path + "[" + array.size() + "]"));
                }
                reader.endArray();
                return array;
            case STRING:
                return new JsonPrimitive(reader.nextString());
            case NUMBER:
                return new JsonPrimitive(new LazilyParsedNumber(reader.nextString()));
            case BOOLEAN:
                return new JsonPrimitive(reader.nextBoolean());
            case NULL:
                reader.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw new IOException("unexpected " + reader.peek() + " at " + reader.getPath());
        }
    }

    private JsonObject object(String path) throws IOException {
        JsonObject object = new JsonObject();
        reader.beginObject();
        while (reader.hasNext()) {
            String key = reader.nextName();
            String keyPath = Quoted.field(path, key);
            JsonElement value = value(keyPath);
            if (object.has(key)) {
                problems.add(new CatalogueProblem(keyPath, "field " + Quoted.of(key) + " is written twice"));
            } else {
                object.add(key, value);
            }
        }
        reader.endObject();
        return object;
    }
}
