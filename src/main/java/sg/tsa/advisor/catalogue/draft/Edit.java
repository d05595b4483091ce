package sg.tsa.advisor.catalogue.draft;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;

/**
 * One small change to a draft's JSON tree, with its inverse: undo applies the inverse, so the history holds the
 * values an edit replaced, never copies of the document (a 20,000-rule draft is about 9 MB of text).
 */
public sealed interface Edit {

    /** Applies this edit to {@code root}. */
    void apply(JsonObject root);

    /** The edit that takes this one back. */
    Edit inverse();

    /** This edit with copies of its values, which later edits of the draft do not touch. */
    Edit detached();

    /**
     * Sets (or, with {@code after} null, removes) field {@code key} of the object at {@code object}.
     *
     * @param before the value replaced, or null when the field was absent
     */
    record SetField(JsonPath object, String key, JsonElement before, JsonElement after) implements Edit {
        @Override
        public void apply(JsonObject root) {
            JsonObject target = object.find(root).filter(JsonElement::isJsonObject).map(JsonElement::getAsJsonObject)
                    .orElseThrow(() -> new IllegalStateException("no object at " + object));
            if (after == null) {
                target.remove(key);
            } else {
                target.add(key, after);
            }
        }

        @Override
        public Edit inverse() {
            return new SetField(object, key, after, before);
        }

        public JsonPath path() {
            return object.field(key);
        }

        @Override
        public Edit detached() {
            return new SetField(object, key, null, after == null ? null : after.deepCopy());
        }
    }

    /** Inserts {@code element} at {@code index} of the array at {@code array}. */
    record Insert(JsonPath array, int index, JsonElement element) implements Edit {
        @Override
        public void apply(JsonObject root) {
            arrayAt(root, array).asList().add(index, element);
        }

        @Override
        public Edit inverse() {
            return new Remove(array, index, element);
        }

        @Override
        public Edit detached() {
            return new Insert(array, index, element.deepCopy());
        }
    }

    /** Removes the element at {@code index} of the array at {@code array}, which is {@code element}. */
    record Remove(JsonPath array, int index, JsonElement element) implements Edit {
        @Override
        public void apply(JsonObject root) {
            arrayAt(root, array).remove(index);
        }

        @Override
        public Edit inverse() {
            return new Insert(array, index, element);
        }

        @Override
        public Edit detached() {
            return new Remove(array, index, null);
        }
    }

    /** Several edits made as one step, undone as one. */
    record Compound(List<Edit> edits) implements Edit {
        public Compound {
            edits = List.copyOf(edits);
        }

        @Override
        public void apply(JsonObject root) {
            edits.forEach(e -> e.apply(root));
        }

        @Override
        public Edit inverse() {
            List<Edit> inverse = new ArrayList<>(edits.size());
            for (int i = edits.size() - 1; i >= 0; i--) {
                inverse.add(edits.get(i).inverse());
            }
            return new Compound(inverse);
        }

        @Override
        public Edit detached() {
            return new Compound(edits.stream().map(Edit::detached).toList());
        }
    }

    private static JsonArray arrayAt(JsonObject root, JsonPath path) {
        return path.find(root).filter(JsonElement::isJsonArray).map(JsonElement::getAsJsonArray)
                .orElseThrow(() -> new IllegalStateException("no array at " + path));
    }
}
