package sg.tsa.advisor.evidence;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON read from learners' files: strict syntax, nesting bounded (a deeply nested "JSON bomb" is refused instead of
 * exhausting the stack), and small helpers that read a field only when it has the expected type.
 */
final class JsonText {
    /** Credentials nest a few levels deep; JSON-LD documents a dozen at most. */
    static final int NESTING_LIMIT = 40;

    private JsonText() {
    }

    /** The one JSON object {@code text} holds. */
    static JsonObject object(String text, String what) throws NotACredentialFileException {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(NESTING_LIMIT);
        JsonElement element;
        try {
            element = JsonParser.parseReader(reader);
        } catch (JsonParseException | StackOverflowError e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("Nesting limit")) {
                throw new NotACredentialFileException(what + " nests more than " + NESTING_LIMIT
                        + " levels deep: refused");
            }
            throw new NotACredentialFileException(what + " is not valid JSON");
        }
        if (!element.isJsonObject()) {
            throw new NotACredentialFileException(what + " is not a JSON object");
        }
        return element.getAsJsonObject();
    }

    static Optional<String> string(JsonObject object, String key) {
        JsonElement value = object == null ? null : object.get(key);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                ? Optional.of(value.getAsString()) : Optional.empty();
    }

    static Optional<JsonObject> object(JsonObject object, String key) {
        JsonElement value = object == null ? null : object.get(key);
        return value != null && value.isJsonObject() ? Optional.of(value.getAsJsonObject()) : Optional.empty();
    }

    /** A string, or the {@code id} (else {@code name}) of an object: how linked data names a thing. */
    static Optional<String> idOrString(JsonObject object, String key) {
        return string(object, key).or(() -> object(object, key).flatMap(o -> string(o, "id")));
    }

    /** The strings of a field that is a string or an array (JSON-LD's {@code type} and {@code @context}). */
    static List<String> strings(JsonObject object, String key) {
        JsonElement value = object == null ? null : object.get(key);
        List<String> strings = new ArrayList<>();
        if (value == null) {
            return strings;
        }
        JsonArray array = new JsonArray();
        if (value.isJsonArray()) {
            array = value.getAsJsonArray();
        } else {
            array.add(value);
        }
        for (JsonElement element : array) {
            if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
                strings.add(element.getAsString());
            }
        }
        return strings;
    }
}
