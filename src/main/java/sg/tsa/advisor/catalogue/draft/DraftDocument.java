package sg.tsa.advisor.catalogue.draft;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.format.CatalogueWriter;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A catalogue being written: the catalogue file's own JSON tree, so that any state met while editing (a blank id, a
 * rule naming a credential not added yet, a number typed as "ten") can be held, kept and shown, and the same
 * validator that reads files judges it. Every change is an {@link Edit}; undo and redo keep inverse edits.
 * Not thread-safe: one thread edits (the FX Application Thread in the window); others work on {@link #snapshot()}.
 */
public final class DraftDocument {
    /** Edits kept for undo; the oldest are forgotten past this. */
    public static final int UNDO_DEPTH = 1_000;
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final JsonObject root;
    private final String basedOn;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Consumer<Edit>> listeners = new ArrayList<>();
    /** Whether the last edit on the undo stack may absorb the next one of the same field (typing). */
    private boolean typing;
    private long revision;

    private DraftDocument(JsonObject root, String basedOn) {
        this.root = root;
        this.basedOn = basedOn;
    }

    /** A draft with nothing in it yet but the format, a version to be chosen and today's date. */
    public static DraftDocument empty(LocalDate today) {
        JsonObject root = new JsonObject();
        root.addProperty("format", "exemption-catalogue/1");
        root.addProperty("version", "");
        root.addProperty("publishedOn", today.toString());
        root.addProperty("institution", "");
        for (String list : new String[]{"sources", "issuers", "credentials", "qualifications", "rules"}) {
            root.add(list, new com.google.gson.JsonArray());
        }
        root.add("defaults", new JsonObject());
        return new DraftDocument(root, null);
    }

    /** A draft holding {@code catalogue} as its file would. */
    public static DraftDocument of(Catalogue catalogue) {
        return new DraftDocument(JsonParser.parseString(CatalogueWriter.toString(catalogue)).getAsJsonObject(),
                catalogue.version());
    }

    /**
     * A draft as kept by {@link #text()}.
     *
     * @throws IllegalArgumentException when {@code text} does not hold a JSON object
     */
    public static DraftDocument parse(String text, String basedOn) {
        try {
            JsonElement tree = JsonParser.parseString(text);
            if (!tree.isJsonObject()) {
                throw new IllegalArgumentException("a kept draft is one JSON object");
            }
            return new DraftDocument(tree.getAsJsonObject(), basedOn);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("the kept draft is not JSON: " + e.getMessage(), e);
        }
    }

    /** The version of the edition this draft started from, or null when it started empty. */
    public String basedOn() {
        return basedOn;
    }

    /** The tree itself, to read; change it only through {@link #apply}. */
    public JsonObject root() {
        return root;
    }

    /** A copy of the tree that later edits do not touch, for work on another thread. */
    public JsonObject snapshot() {
        return root.deepCopy();
    }

    /** The draft as text (compact JSON); {@link #parse} reads it back. */
    public String text() {
        return GSON.toJson(root);
    }

    /** The text of a tree as {@link #text()} writes it. */
    public static String text(JsonObject tree) {
        return GSON.toJson(tree);
    }

    /** Counts every change, undo and redo included. */
    public long revision() {
        return revision;
    }

    /** Called with each edit applied (for undo, the inverse applied), after it is applied. */
    public void addListener(Consumer<Edit> listener) {
        listeners.add(listener);
    }

    /** Applies {@code edit} as a step of its own. */
    public void apply(Edit edit) {
        typing = false;
        push(edit);
    }

    /**
     * Sets the value at {@code path} (null removes it), as typing does: consecutive changes of the same field are
     * undone as one. Objects on the way that are missing (an absent {@code contact}) are added with it.
     */
    public void set(JsonPath path, JsonElement value) {
        JsonPath object = path.parent();
        String key = (String) path.last();
        JsonElement before = path.find(root).orElse(null);
        if (Objects.equals(before, value)) {
            return;
        }
        List<Edit> missing = new ArrayList<>();
        for (int i = 1; i <= object.size(); i++) {
            JsonPath step = object.prefix(i);
            if (step.find(root).isEmpty()) {
                if (!(step.last() instanceof String)) {
                    throw new IllegalArgumentException("no entry at " + step);
                }
                missing.add(new Edit.SetField(step.parent(), (String) step.last(), null, new JsonObject()));
            }
        }
        if (!missing.isEmpty()) {
            missing.add(new Edit.SetField(object, key, before, value));
            apply(new Edit.Compound(missing));
            return;
        }
        Edit.SetField edit = new Edit.SetField(object, key, before, value);
        if (typing && !undo.isEmpty() && undo.peek() instanceof Edit.SetField last && last.path().equals(path)) {
            undo.pop();
            edit = new Edit.SetField(object, key, last.before(), value);
            redo.clear();
            edit.apply(root);
            undo.push(edit);
            changed(edit);
            return;
        }
        push(edit);
        typing = true;
    }

    private void push(Edit edit) {
        edit.apply(root);
        undo.push(edit);
        if (undo.size() > UNDO_DEPTH) {
            undo.removeLast();
        }
        redo.clear();
        changed(edit);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Takes back the last step; false when there is none. */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        typing = false;
        Edit edit = undo.pop();
        Edit inverse = edit.inverse();
        inverse.apply(root);
        redo.push(edit);
        changed(inverse);
        return true;
    }

    /** Makes again the last step taken back; false when there is none. */
    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        typing = false;
        Edit edit = redo.pop();
        edit.apply(root);
        undo.push(edit);
        changed(edit);
        return true;
    }

    /** Ends a run of typing: the next change of the same field is a step of its own. */
    public void endTyping() {
        typing = false;
    }

    private void changed(Edit edit) {
        revision++;
        listeners.forEach(l -> l.accept(edit));
    }
}
