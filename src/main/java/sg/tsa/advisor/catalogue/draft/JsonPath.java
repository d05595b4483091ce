package sg.tsa.advisor.catalogue.draft;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import sg.tsa.advisor.catalogue.format.Quoted;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A place in a catalogue's JSON tree, written as the validator writes its problems' paths
 * ({@code $.rules[3].requires.allOf[1]}, {@code $["two words"]}): a problem's path is parsed into one of these and
 * leads straight to the field that holds the value.
 *
 * @param segments field names ({@link String}) and array positions ({@link Integer}), from the root
 */
public record JsonPath(List<Object> segments) {
    public static final JsonPath ROOT = new JsonPath(List.of());

    public JsonPath {
        segments = List.copyOf(segments);
        for (Object segment : segments) {
            if (!(segment instanceof String) && !(segment instanceof Integer)) {
                throw new IllegalArgumentException("a path segment is a field name or a position: " + segment);
            }
        }
    }

    public static JsonPath of(Object... segments) {
        return new JsonPath(List.of(segments));
    }

    public JsonPath field(String key) {
        return append(key);
    }

    public JsonPath index(int index) {
        return append(index);
    }

    private JsonPath append(Object segment) {
        List<Object> longer = new ArrayList<>(segments);
        longer.add(segment);
        return new JsonPath(longer);
    }

    public JsonPath parent() {
        if (segments.isEmpty()) {
            throw new IllegalStateException("the root has no parent");
        }
        return new JsonPath(segments.subList(0, segments.size() - 1));
    }

    public Object last() {
        return segments.get(segments.size() - 1);
    }

    public int size() {
        return segments.size();
    }

    /** Whether this path is {@code other} or lies inside it. */
    public boolean startsWith(JsonPath other) {
        return other.segments.size() <= segments.size() && segments.subList(0, other.segments.size())
                .equals(other.segments);
    }

    /** The first {@code count} segments. */
    public JsonPath prefix(int count) {
        return new JsonPath(segments.subList(0, Math.min(count, segments.size())));
    }

    /** The value at this path in {@code root}, or empty when there is none (a missing field, a position past the end). */
    public Optional<JsonElement> find(JsonElement root) {
        JsonElement at = root;
        for (Object segment : segments) {
            if (segment instanceof String key && at instanceof JsonObject object && object.has(key)) {
                at = object.get(key);
            } else if (segment instanceof Integer i && at instanceof JsonArray array && i >= 0 && i < array.size()) {
                at = array.get(i);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(at);
    }

    /** Parses a path as the validator writes it; empty when {@code text} is not such a path. */
    public static Optional<JsonPath> parse(String text) {
        if (text == null || !text.startsWith("$")) {
            return Optional.empty();
        }
        List<Object> segments = new ArrayList<>();
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                if (end == i + 1) {
                    return Optional.empty();
                }
                segments.add(text.substring(i + 1, end));
                i = end;
            } else if (c == '[' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                StringBuilder key = new StringBuilder();
                int j = i + 2;
                while (j < text.length() && text.charAt(j) != '"') {
                    if (text.charAt(j) == '\\' && j + 1 < text.length()) {
                        j++;
                    }
                    key.append(text.charAt(j));
                    j++;
                }
                if (j + 1 >= text.length() || text.charAt(j + 1) != ']') {
                    return Optional.empty();
                }
                segments.add(key.toString());
                i = j + 2;
            } else if (c == '[') {
                int end = text.indexOf(']', i);
                if (end < 0) {
                    return Optional.empty();
                }
                try {
                    segments.add(Integer.parseInt(text.substring(i + 1, end)));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                i = end + 1;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new JsonPath(segments));
    }

    @Override
    public String toString() {
        String path = "$";
        for (Object segment : segments) {
            path = segment instanceof Integer i ? path + "[" + i + "]" : Quoted.field(path, (String) segment);
        }
        return path;
    }
}
