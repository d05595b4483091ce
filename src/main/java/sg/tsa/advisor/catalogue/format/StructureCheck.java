package sg.tsa.advisor.catalogue.format;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Checks a parsed JSON tree against the shape of the DTO classes before Gson maps it: unknown fields, and
 * values of the wrong JSON type. Every problem is collected with its path, so that Gson's mapping afterwards
 * cannot fail and the user sees all problems at once instead of the first.
 */
final class StructureCheck {
    private final List<CatalogueProblem> problems;

    StructureCheck(List<CatalogueProblem> problems) {
        this.problems = problems;
    }

    void checkObject(JsonElement element, Class<?> shape, String path) {
        if (!element.isJsonObject()) {
            problems.add(new CatalogueProblem(path, "expected an object, found " + describe(element)));
            return;
        }
        JsonObject object = element.getAsJsonObject();
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            String fieldPath = path + "." + entry.getKey();
            Field field = declaredField(shape, entry.getKey());
            if (field == null) {
                problems.add(new CatalogueProblem(fieldPath, "unknown field \"" + entry.getKey() + "\""));
            } else if (!entry.getValue().isJsonNull()) {
                checkValue(entry.getValue(), field.getGenericType(), fieldPath);
            }
        }
    }

    private static Field declaredField(Class<?> shape, String name) {
        try {
            Field field = shape.getDeclaredField(name);
            return Modifier.isStatic(field.getModifiers()) ? null : field;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private void checkValue(JsonElement value, Type type, String path) {
        if (type == JsonElement.class) {
            return;
        }
        if (type == String.class) {
            expect(value.isJsonPrimitive() && value.getAsJsonPrimitive().isString(), value, "a string", path);
        } else if (type == Boolean.class) {
            expect(value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean(), value, "true or false", path);
        } else if (type == Double.class) {
            expect(isNumber(value), value, "a number", path);
        } else if (type == Integer.class) {
            expect(isNumber(value) && isWholeInt(value.getAsBigDecimal()), value, "a whole number", path);
        } else if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!value.isJsonArray()) {
                problems.add(new CatalogueProblem(path, "expected an array, found " + describe(value)));
                return;
            }
            JsonArray array = value.getAsJsonArray();
            Type elementType = list.getActualTypeArguments()[0];
            for (int i = 0; i < array.size(); i++) {
                String elementPath = path + "[" + i + "]";
                if (array.get(i).isJsonNull()) {
                    problems.add(new CatalogueProblem(elementPath, "expected a value, found null"));
                } else {
                    checkValue(array.get(i), elementType, elementPath);
                }
            }
        } else if (type instanceof Class<?> nested) {
            checkObject(value, nested, path);
        } else {
            throw new IllegalStateException("no structure check for " + type);
        }
    }

    private static boolean isNumber(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
    }

    private static boolean isWholeInt(BigDecimal number) {
        try {
            number.intValueExact();
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private void expect(boolean ok, JsonElement value, String expected, String path) {
        if (!ok) {
            problems.add(new CatalogueProblem(path, "expected " + expected + ", found " + describe(value)));
        }
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
            return "the string \"" + primitive.getAsString() + "\"";
        }
        return primitive.isBoolean() ? primitive.getAsString() : "the number " + primitive.getAsString();
    }
}
