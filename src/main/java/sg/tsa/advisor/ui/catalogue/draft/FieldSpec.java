package sg.tsa.advisor.ui.catalogue.draft;

import sg.tsa.advisor.catalogue.draft.JsonPath;

import java.util.List;

/**
 * One field of a form in the draft editor: where its value lies in the entry, how it is labelled and edited.
 *
 * @param at      the value's path inside the entry (one field name, or {@code defaults.recencyYears})
 * @param choices for {@link Kind#CHOICE}, the values offered; for {@link Kind#REFERENCE}, the top-level list
 *                whose ids are offered
 */
record FieldSpec(JsonPath at, String label, Kind kind, List<String> choices, String prompt) {
    enum Kind {
        /** Required text, kept as typed. */
        TEXT,
        /** Optional text: blank leaves the field out. */
        OPTIONAL_TEXT,
        /** Optional number. */
        NUMBER,
        /** One of fixed values. */
        CHOICE,
        /** The id of an entry of another list, typed or chosen. */
        REFERENCE,
        BOOLEAN,
        /** A list of texts, comma-separated. */
        TEXT_LIST,
        /** A credential's matches, one a line. */
        MATCHES,
        /** What a rule exempts. */
        EXEMPTS,
        /** A rule's requirement, built as a tree. */
        REQUIREMENT
    }

    static FieldSpec of(String key, String label, Kind kind) {
        return new FieldSpec(JsonPath.of(key), label, kind, List.of(), "");
    }

    static FieldSpec of(String key, String label, Kind kind, String prompt) {
        return new FieldSpec(JsonPath.of(key), label, kind, List.of(), prompt);
    }

    static FieldSpec choice(String key, String label, List<String> choices) {
        return new FieldSpec(JsonPath.of(key), label, Kind.CHOICE, choices, "");
    }

    static FieldSpec reference(String key, String label, String list) {
        return new FieldSpec(JsonPath.of(key), label, Kind.REFERENCE, List.of(list), "id from " + list);
    }

    /** The id of this field's control: {@code draft-credentials-title}. */
    String controlId(String section) {
        return "draft-" + section + "-" + String.join("-", at.segments().stream().map(String::valueOf).toList());
    }
}
