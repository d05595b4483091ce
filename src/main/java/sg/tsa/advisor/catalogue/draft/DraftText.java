package sg.tsa.advisor.catalogue.draft;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.ArrayList;
import java.util.List;

/**
 * Parts of a draft entry as one line of text, for tables and for fields that edit a small structure as text: a
 * requirement ({@code a AND (b OR c)}), what a rule exempts, and a credential's {@code matches} (one per line).
 */
public final class DraftText {
    private DraftText() {
    }

    /** A requirement as a person reads it: {@code cisco-ccna AND (aws-saa OR aws-sap)}. */
    public static String requirement(JsonElement requires) {
        if (requires == null || requires.isJsonNull()) {
            return "";
        }
        if (requires.isJsonPrimitive()) {
            return requires.getAsString();
        }
        if (requires.isJsonObject() && requires.getAsJsonObject().size() == 1) {
            JsonObject group = requires.getAsJsonObject();
            String key = group.keySet().iterator().next();
            JsonElement parts = group.get(key);
            if ((key.equals("allOf") || key.equals("anyOf")) && parts.isJsonArray()) {
                if (parts.getAsJsonArray().isEmpty()) {
                    return key.equals("allOf") ? "(all of: nothing yet)" : "(any of: nothing yet)";
                }
                List<String> shown = new ArrayList<>();
                for (JsonElement part : parts.getAsJsonArray()) {
                    String text = requirement(part);
                    shown.add(part.isJsonObject() && parts.getAsJsonArray().size() > 1 ? "(" + text + ")" : text);
                }
                return String.join(key.equals("allOf") ? " AND " : " OR ", shown);
            }
        }
        return requires.toString();
    }

    /** What a rule exempts: {@code module dcn}, {@code certificate pdc1}. */
    public static String exempts(JsonElement exempts) {
        if (exempts == null || !exempts.isJsonObject()) {
            return DraftValues.shown(exempts);
        }
        List<String> parts = new ArrayList<>();
        exempts.getAsJsonObject().entrySet().forEach(e -> parts.add(e.getKey() + " " + DraftValues.shown(e.getValue())));
        return String.join(", ", parts);
    }

    /**
     * A credential's {@code matches}, one entry a line: {@code achievementId URI}, {@code credlyTemplate UUID},
     * {@code openCerts STORE NAME}.
     */
    public static List<String> matchLines(JsonElement matches) {
        List<String> lines = new ArrayList<>();
        if (matches == null || !matches.isJsonArray()) {
            return matches == null || matches.isJsonNull() ? lines : List.of(matches.toString());
        }
        for (JsonElement match : matches.getAsJsonArray()) {
            if (match.isJsonObject() && match.getAsJsonObject().has("openCerts")
                    && match.getAsJsonObject().get("openCerts").isJsonObject()) {
                JsonObject openCerts = match.getAsJsonObject().getAsJsonObject("openCerts");
                lines.add("openCerts " + DraftValues.shown(openCerts.get("store")) + " "
                        + DraftValues.shown(openCerts.get("name")));
            } else if (match.isJsonObject() && match.getAsJsonObject().size() == 1) {
                var entry = match.getAsJsonObject().entrySet().iterator().next();
                lines.add(entry.getKey() + " " + DraftValues.shown(entry.getValue()));
            } else {
                lines.add(DraftValues.shown(match));
            }
        }
        return lines;
    }

    /**
     * The {@code matches} array of {@code lines} as {@link #matchLines} writes them; blank lines are left out and a
     * line that is none of the three forms is kept as text, which the validator reports at its position. Empty
     * gives null: the field is left out.
     */
    public static JsonArray matches(List<String> lines) {
        JsonArray array = new JsonArray();
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            String[] parts = text.split("\\s+", 3);
            JsonObject match = new JsonObject();
            if (parts.length == 2 && (parts[0].equals("achievementId") || parts[0].equals("credlyTemplate"))) {
                match.addProperty(parts[0], parts[1]);
                array.add(match);
            } else if (parts.length == 3 && parts[0].equals("openCerts")) {
                JsonObject openCerts = new JsonObject();
                openCerts.addProperty("store", parts[1]);
                openCerts.addProperty("name", parts[2]);
                match.add("openCerts", openCerts);
                array.add(match);
            } else {
                array.add(new JsonPrimitive(text));
            }
        }
        return array.isEmpty() ? null : array;
    }
}
