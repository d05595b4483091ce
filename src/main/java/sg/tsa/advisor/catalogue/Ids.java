package sg.tsa.advisor.catalogue;

import java.util.regex.Pattern;

/** The one definition of what a catalogue id may look like. */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static String require(String id, String what) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " id is not valid: \"" + id + "\"");
        }
        return id;
    }
}
