package sg.tsa.advisor.catalogue.draft;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.List;

/**
 * The requirement builder's changes to a rule's {@code requires}: each gives a new requirement tree, a changed
 * copy, which the editor sets as one undoable step. A part is named by its positions from the top
 * ({@code []} the whole requirement, {@code [1, 0]} the first part of the second part).
 */
public final class RequirementTree {
    private RequirementTree() {
    }

    /** An empty "all of" or "any of" group. */
    public static JsonObject group(boolean all) {
        JsonObject group = new JsonObject();
        group.add(all ? "allOf" : "anyOf", new JsonArray());
        return group;
    }

    /** Whether {@code part} is an "all of" or "any of" group. */
    public static boolean isGroup(JsonElement part) {
        return part != null && part.isJsonObject() && part.getAsJsonObject().size() == 1
                && parts(part) != null;
    }

    /** The parts of a group, or null when {@code part} is not one. */
    public static JsonArray parts(JsonElement part) {
        if (part == null || !part.isJsonObject()) {
            return null;
        }
        JsonObject object = part.getAsJsonObject();
        for (String key : new String[]{"allOf", "anyOf"}) {
            if (object.has(key) && object.get(key).isJsonArray()) {
                return object.getAsJsonArray(key);
            }
        }
        return null;
    }

    /** The part at {@code at} of {@code root}, or null. */
    public static JsonElement at(JsonElement root, List<Integer> at) {
        JsonElement part = root;
        for (int i : at) {
            JsonArray parts = parts(part);
            if (parts == null || i < 0 || i >= parts.size()) {
                return null;
            }
            part = parts.get(i);
        }
        return part;
    }

    /**
     * {@code root} with {@code added} put into the group at {@code at} (at its end), or beside the part at
     * {@code at} when that is not a group. A requirement that is one credential, or missing, becomes a group of
     * "all of" holding it and the new part.
     */
    public static JsonElement add(JsonElement root, List<Integer> at, JsonElement added) {
        if (root == null || root.isJsonNull()) {
            return isGroup(added) ? added : wrap(null, added);
        }
        JsonElement copy = root.deepCopy();
        JsonElement target = at(copy, at);
        if (target != null && isGroup(target)) {
            parts(target).add(added);
            return copy;
        }
        if (at.isEmpty() || target == null) {
            return isGroup(copy) ? addTo(copy, added) : wrap(copy, added);
        }
        JsonElement parent = at(copy, at.subList(0, at.size() - 1));
        parts(parent).add(added);
        return copy;
    }

    private static JsonElement addTo(JsonElement group, JsonElement added) {
        parts(group).add(added);
        return group;
    }

    private static JsonElement wrap(JsonElement existing, JsonElement added) {
        JsonObject group = group(true);
        if (existing != null) {
            parts(group).add(existing);
        }
        parts(group).add(added);
        return group;
    }

    /** {@code root} without the part at {@code at}; removing the whole requirement gives an empty "all of". */
    public static JsonElement remove(JsonElement root, List<Integer> at) {
        if (at.isEmpty()) {
            return group(true);
        }
        JsonElement copy = root.deepCopy();
        JsonArray parts = parts(at(copy, at.subList(0, at.size() - 1)));
        if (parts != null && at.get(at.size() - 1) < parts.size()) {
            parts.remove((int) at.get(at.size() - 1));
        }
        return copy;
    }

    /** {@code root} with the group at {@code at} turned from "all of" to "any of" or back; other parts unchanged. */
    public static JsonElement toggle(JsonElement root, List<Integer> at) {
        JsonElement copy = root.deepCopy();
        JsonElement target = at(copy, at);
        if (!isGroup(target)) {
            return copy;
        }
        JsonObject group = target.getAsJsonObject();
        boolean all = group.has("allOf");
        JsonArray parts = parts(group);
        group.remove(all ? "allOf" : "anyOf");
        group.add(all ? "anyOf" : "allOf", parts);
        return copy;
    }

    /** A credential id as a requirement. */
    public static JsonElement credential(String id) {
        return new JsonPrimitive(id.strip());
    }
}
