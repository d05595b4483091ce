package sg.tsa.advisor.catalogue.format;

/**
 * Values taken from a file as they appear in messages: control characters written as escapes (a value with a line
 * break must not start a line of its own and pass for another message) and long values shortened (a 50 MB key is
 * never copied to standard error).
 */
public final class Quoted {
    /** The characters of a value shown in a message; the rest is summarised by its length. */
    static final int SHOWN = 60;

    private Quoted() {
    }

    /** {@code value} in double quotes, escaped and shortened. */
    public static String of(String value) {
        if (value == null) {
            return "null";
        }
        String inner = value.indexOf('"') < 0 && value.indexOf('\\') < 0 ? value
                : value.replace("\\", "\\\\").replace("\"", "\\\"");
        return "\"" + plain(inner, SHOWN) + "\"";
    }

    /**
     * The JSON path of field {@code key} of the value at {@code path}: {@code $.rules} for a plain name, {@code
     * $["two words"]} for any other, so that a path never reads as something else.
     */
    public static String field(String path, String key) {
        boolean plain = !key.isEmpty() && key.length() <= SHOWN;
        for (int i = 0; i < key.length() && plain; i++) {
            char c = key.charAt(i);
            plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (i > 0 && c >= '0' && c <= '9');
        }
        return plain ? path + "." + key : path + "[" + of(key) + "]";
    }

    /** {@code value} escaped and, when longer than {@code shown} characters, cut with its length said. */
    public static String plain(String value, int shown) {
        if (value == null) {
            return "null";
        }
        boolean cut = value.length() > shown;
        if (!cut && !hasHidden(value)) {
            return value; // the common case, on every problem's path and message: no copy
        }
        String head = cut ? value.substring(0, shown) : value;
        StringBuilder out = new StringBuilder(head.length() + 24);
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isHidden(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (cut) {
            out.append("… (").append(value.length()).append(" characters)");
        }
        return out.toString();
    }

    private static boolean hasHidden(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (isHidden(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code c} changes how a line reads without being seen: a control character, a line or paragraph
     * separator, or a mark that reorders text (bidirectional embedding, override or isolate).
     */
    static boolean isHidden(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
