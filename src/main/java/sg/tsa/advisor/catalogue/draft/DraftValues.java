package sg.tsa.advisor.catalogue.draft;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person types, as the JSON value the catalogue file would hold. Nothing typed is refused here: a value
 * the format does not allow is kept as typed, and the validator says what is wrong with it and where.
 */
public final class DraftValues {
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    private DraftValues() {
    }

    /** A required text: kept as typed, blank included (the validator reports it). */
    public static JsonElement text(String typed) {
        return new JsonPrimitive(typed == null ? "" : typed);
    }

    /** An optional text: blank leaves the field out. */
    public static JsonElement optionalText(String typed) {
        return typed == null || typed.isBlank() ? null : new JsonPrimitive(typed.strip());
    }

    /**
     * An optional number: blank leaves the field out; a JSON number is kept exactly as typed (so that the
     * validator's bounds see {@code 1e400} as it is); anything else is kept as text, which the validator reports.
     */
    public static JsonElement optionalNumber(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String number = typed.strip();
        return JSON_NUMBER.matcher(number).matches() ? new JsonPrimitive(new LazilyParsedNumber(number))
                : new JsonPrimitive(number);
    }

    /** A list of texts, one per entry of {@code typed} (blank entries left out). */
    public static JsonArray texts(List<String> typed) {
        JsonArray array = new JsonArray();
        typed.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(array::add);
        return array;
    }

    /** How a value is shown in a field: text as it is, numbers as written, nothing as blank. */
    public static String shown(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return "";
        }
        if (value.isJsonPrimitive()) {
            return value.getAsJsonPrimitive().getAsString();
        }
        return value.toString();
    }

    /** The entries of a list of texts, as shown one per line or comma-separated; other values shown as JSON. */
    public static List<String> shownList(JsonElement value) {
        if (value == null || !value.isJsonArray()) {
            return value == null || value.isJsonNull() ? List.of() : List.of(value.toString());
        }
        return value.getAsJsonArray().asList().stream().map(DraftValues::shown).toList();
    }
}
