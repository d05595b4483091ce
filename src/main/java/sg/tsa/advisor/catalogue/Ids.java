package sg.tsa.advisor.catalogue;

/** The one definition of what a catalogue id may look like. */
public final class Ids {
    private Ids() {
    }

    /** Non-blank, and only ASCII letters, digits, '-', '_' and '.'. */
    public static boolean isValid(String id) {
        if (id == null || id.isEmpty()) {
            return false;
        }
        // A plain loop, not a regular expression: every record of a 20,000-rule edition checks its ids on load.
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static String require(String id, String what) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " id is not valid: \"" + id + "\"");
        }
        return id;
    }
}
