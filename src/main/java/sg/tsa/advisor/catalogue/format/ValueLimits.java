package sg.tsa.advisor.catalogue.format;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a catalogue's values may be beyond their JSON type, checked over the whole tree in one pass: hours and
 * credits within what they can mean, the version short, and texts free of characters that would break or disguise
 * a line where they are shown ({@code catalogue list}, the summary, messages). The bounds are documented in
 * docs/catalogue-format.md. Ids are checked by {@link Checks}; a negative number or a recency limit by the validator.
 */
final class ValueLimits {
    static final double MAX_HOURS = 10_000;
    static final double MAX_CREDITS = 1_000;
    static final int LONGEST_VERSION = 40;

    /** Texts shown on one line. */
    private static final Set<String> ONE_LINE = Set.of("version", "institution", "title", "name", "code", "url",
            "aliases", "phone", "email", "website");
    /** Texts that may run over several lines (line breaks and tabs allowed, nothing else hidden). */
    private static final Set<String> SEVERAL_LINES = Set.of("description", "note", "address", "hours");

    private final List<CatalogueProblem> problems;

    ValueLimits(List<CatalogueProblem> problems) {
        this.problems = problems;
    }

    void check(JsonElement element, String path, String field) {
        if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
                check(entry.getValue(), Quoted.field(path, entry.getKey()), entry.getKey());
            }
        } else if (element.isJsonArray()) {
            for (int i = 0; i < element.getAsJsonArray().size(); i++) {
                check(element.getAsJsonArray().get(i), path + "[" + i + "]", field);
            }
        } else if (element.isJsonPrimitive()) {
            value(element.getAsJsonPrimitive(), path, field);
        }
    }

    private void value(JsonPrimitive value, String path, String field) {
        if (value.isNumber()) {
            // StructureCheck has left only numbers of a sensible size in the tree.
            double number = value.getAsDouble();
            if ("hours".equals(field) && number > MAX_HOURS) {
                problems.add(new CatalogueProblem(path, "must be at most " + (int) MAX_HOURS + " hours, found "
                        + value.getAsString()));
            } else if ("credits".equals(field) && number > MAX_CREDITS) {
                problems.add(new CatalogueProblem(path, "must be at most " + (int) MAX_CREDITS + " credits, found "
                        + value.getAsString()));
            }
        } else if (value.isString()) {
            String text = value.getAsString();
            if (ONE_LINE.contains(field)) {
                hidden(text, false, path);
            } else if (SEVERAL_LINES.contains(field)) {
                hidden(text, true, path);
            }
            if ("version".equals(field) && path.equals("$.version") && text.length() > LONGEST_VERSION) {
                problems.add(new CatalogueProblem(path, "must be at most " + LONGEST_VERSION + " characters, found "
                        + Quoted.of(text) + " (" + text.length() + ")"));
            }
        }
    }

    private void hidden(String text, boolean lineBreaksAllowed, String path) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = lineBreaksAllowed && (c == '\n' || c == '\r' || c == '\t');
            if (!allowed && Quoted.isHidden(c)) {
                problems.add(new CatalogueProblem(path, Quoted.of(text) + " holds the control character "
                        + String.format("U+%04X", (int) c) + " at position " + (i + 1)
                        + (lineBreaksAllowed ? "; only line breaks and tabs may appear here"
                        : "; it must be one line of plain text")));
                return;
            }
        }
    }
}
