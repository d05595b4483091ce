package sg.tsa.advisor.catalogue.format;

import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gson's syntax errors put in plain words for a catalogue author: where (line, column) and what is wrong, without
 * Gson's advice to programmers ("Use JsonReader.setStrictness…", troubleshooting links).
 */
final class JsonSyntax {
    private static final Pattern WHERE = Pattern.compile(" at line (\\d+) column (\\d+)");

    /** Gson's message starts, each with what it means in words; the first that matches is used. */
    private static final List<String[]> PLAIN = List.of(
            new String[] {"Unterminated string", "a string is not closed with a double quote"},
            new String[] {"Unterminated object", "an object is not closed with '}' (or a ',' is missing)"},
            new String[] {"Unterminated array", "an array is not closed with ']' (or a ',' is missing)"},
            new String[] {"Unterminated escape sequence", "a backslash escape in a string is cut off"},
            new String[] {"Invalid escape sequence", "a backslash escape in a string is not valid"},
            new String[] {"Invalid escaped character", "a backslash escape in a string is not valid"},
            new String[] {"Cannot escape a newline", "a backslash escape in a string is not valid"},
            new String[] {"Unescaped control characters", "a string holds a line break or another control "
                    + "character; write it as an escape such as \\n"},
            new String[] {"Unpaired surrogate", "a string holds half of a character (an unpaired surrogate)"},
            new String[] {"Unterminated comment", "a comment is not closed (and comments are not JSON)"},
            new String[] {"Unexpected value", "a value is expected"},
            new String[] {"Malformed Unicode escape", "a \\u escape in a string is not four hexadecimal digits"},
            new String[] {"Expected name", "a field name in double quotes is expected"},
            new String[] {"Expected ':'", "a ':' is expected after the field name"},
            new String[] {"Expected value", "a value is expected"},
            new String[] {"Nesting limit", "the values are nested too deeply"},
            new String[] {"JSON forbids NaN and infinities", "NaN and infinity are not numbers in JSON"},
            new String[] {"Use JsonReader.setStrictness", "this is not strict JSON: every field name and text must be "
                    + "in double quotes, with no comments, no trailing commas and no single quotes"});

    private JsonSyntax() {
    }

    /** The problem at {@code $} that {@code e}, thrown while reading JSON, stands for. */
    static CatalogueProblem problem(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof EOFException) {
            return new CatalogueProblem("$", "not valid JSON: the file ends before the catalogue does");
        }
        String what = "the text there is not JSON";
        for (String[] plain : PLAIN) {
            if (message.startsWith(plain[0])) {
                what = plain[1];
                break;
            }
        }
        if (e instanceof IOException && message.startsWith(JsonTreeReader.MORE_TEXT)) {
            what = JsonTreeReader.MORE_TEXT;
        }
        Matcher where = WHERE.matcher(message);
        String at = where.find() ? " at line " + where.group(1) + ", column " + where.group(2) : "";
        return new CatalogueProblem("$", "not valid JSON" + at + ": " + what);
    }
}
