package sg.tsa.advisor.catalogue.format;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Checks a parsed JSON tree against the shape of the DTO classes before Gson maps it: unknown fields, and
 * values of the wrong JSON type. Every problem is collected with its path. A value of the wrong type is taken out
 * of the tree (a field is removed; an array element becomes null, or an empty object where objects belong), so that
 * Gson's mapping afterwards cannot fail and the meaning of the rest can still be checked: the user sees all
 * problems at once instead of the first.
 */
final class StructureCheck {
    /** The longest number literal read; JSON allows any length, and the longer ones are not counts of anything. */
    static final int LONGEST_NUMBER = 40;
    /** Larger than any count a catalogue holds, yet held exactly by a double; the validator bounds each number. */
    static final BigDecimal TOO_LARGE = BigDecimal.valueOf(1_000_000_000_000_000L);
    static final BigDecimal LARGEST_WHOLE = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final List<CatalogueProblem> problems;
    /** In the order taken out; a set beside it, so that asking about a path stays cheap however many there are. */
    private final List<String> removed = new ArrayList<>();
    private final Set<String> removedSet = new HashSet<>();

    StructureCheck(List<CatalogueProblem> problems) {
        this.problems = problems;
    }

    /** The paths of the values taken out of the tree, each reported already. */
    List<String> removedPaths() {
        return List.copyOf(removed);
    }

    /** Whether {@code path} is a value taken out of the tree, or lies inside one. */
    boolean isRemoved(String path) {
        // The path itself or any enclosing value: each '.' or '[' ends an enclosing path.
        for (int i = 1; i < path.length(); i++) {
            char c = path.charAt(i);
            if ((c == '.' || c == '[') && removedSet.contains(path.substring(0, i))) {
                return true;
            }
        }
        return removedSet.contains(path);
    }

    private void remove(String path) {
        removed.add(path);
        removedSet.add(path);
    }

    /** Checks an object; false when {@code element} is not an object at all. */
    boolean checkObject(JsonElement element, Class<?> shape, String path) {
        if (!element.isJsonObject()) {
            problems.add(new CatalogueProblem(path, "expected an object, found " + describe(element)));
            return false;
        }
        JsonObject object = element.getAsJsonObject();
        List<String> unusable = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            String fieldPath = Quoted.field(path, entry.getKey());
            Field field = declaredField(shape, entry.getKey());
            if (field == null) {
                problems.add(new CatalogueProblem(fieldPath, "unknown field " + Quoted.of(entry.getKey())));
            } else if (!entry.getValue().isJsonNull() && !checkValue(entry.getValue(), field.getGenericType(),
                    fieldPath)) {
                unusable.add(entry.getKey());
                remove(fieldPath);
            }
        }
        unusable.forEach(object::remove);
        return true;
    }

    private static Field declaredField(Class<?> shape, String name) {
        try {
            Field field = shape.getDeclaredField(name);
            return Modifier.isStatic(field.getModifiers()) ? null : field;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** Checks a value that is not null; false when it is unusable (of the wrong JSON type). */
    private boolean checkValue(JsonElement value, Type type, String path) {
        if (type == JsonElement.class) {
            return true;
        }
        if (type == String.class) {
            return expect(value.isJsonPrimitive() && value.getAsJsonPrimitive().isString(), value, "a string", path);
        } else if (type == Boolean.class) {
            return expect(value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean(), value, "true or false",
                    path);
        } else if (type == Double.class) {
            return expectNumber(value, false, path);
        } else if (type == Integer.class) {
            return expectNumber(value, true, path);
        } else if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!value.isJsonArray()) {
                problems.add(new CatalogueProblem(path, "expected an array, found " + describe(value)));
                return false;
            }
            JsonArray array = value.getAsJsonArray();
            Type elementType = list.getActualTypeArguments()[0];
            // An object stands in for an unusable object, so that the validator need not expect null entries.
            JsonElement placeholder = elementType instanceof Class<?> c && c.getEnclosingClass() == CatalogueJson.class
                    ? new JsonObject() : JsonNull.INSTANCE;
            for (int i = 0; i < array.size(); i++) {
                String elementPath = path + "[" + i + "]";
                boolean usable;
                if (array.get(i).isJsonNull()) {
                    problems.add(new CatalogueProblem(elementPath, "expected a value, found null"));
                    usable = false;
                } else {
                    usable = checkValue(array.get(i), elementType, elementPath);
                }
                if (!usable) {
                    array.set(i, placeholder.deepCopy());
                    remove(elementPath);
                }
            }
            return true;
        } else if (type instanceof Class<?> nested) {
            return checkObject(value, nested, path);
        } else {
            throw new IllegalStateException("no structure check for " + type);
        }
    }

    private static boolean isNumber(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
    }

    /**
     * A number the validator can use: written in at most {@value #LONGEST_NUMBER} characters, no larger in size
     * than {@link #TOO_LARGE}, and where a whole number is expected, whole and within an {@code int}. The literal is parsed here, never by Gson, whose limits end in its own words.
     */
    private boolean expectNumber(JsonElement value, boolean whole, String path) {
        String expected = whole ? "a whole number" : "a number";
        if (!isNumber(value)) {
            return expect(false, value, expected, path);
        }
        String literal = value.getAsJsonPrimitive().getAsString();
        if (literal.length() > LONGEST_NUMBER) {
            problems.add(new CatalogueProblem(path, "the number " + Quoted.plain(literal, Quoted.SHOWN)
                    + " is written with more than " + LONGEST_NUMBER + " characters: expected " + expected
                    + " of sensible size"));
            return false;
        }
        BigDecimal number = new BigDecimal(literal);
        if (number.abs().compareTo(whole ? LARGEST_WHOLE : TOO_LARGE) > 0) {
            problems.add(new CatalogueProblem(path, "the number " + literal + " is far too large: expected "
                    + expected + " of sensible size"));
            return false;
        }
        return expect(!whole || number.stripTrailingZeros().scale() <= 0, value, expected, path);
    }

    private boolean expect(boolean ok, JsonElement value, String expected, String path) {
        if (!ok) {
            problems.add(new CatalogueProblem(path, "expected " + expected + ", found " + describe(value)));
        }
        return ok;
    }

    static String describe(JsonElement value) {
        if (value.isJsonNull()) {
            return "null";
        }
        if (value.isJsonObject()) {
            return "an object";
        }
        if (value.isJsonArray()) {
            return "an array";
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        if (primitive.isString()) {
            return "the string " + Quoted.of(primitive.getAsString());
        }
        return primitive.isBoolean() ? primitive.getAsString()
                : "the number " + Quoted.plain(primitive.getAsString(), Quoted.SHOWN);
    }
}
