package sg.tsa.advisor.summary;

import java.util.Optional;

/**
 * The one place that decides the counsellor's name when none is given for a consultation: the name stored in the
 * settings, else the operating system's user name.
 */
public final class CounsellorName {
    private CounsellorName() {
    }

    /** The operating system's user name, or null when there is none; for when no settings can be read. */
    public static String byDefault() {
        return byDefault(Optional.empty());
    }

    /** @param stored the name stored in the settings, or empty when none is (or no local database is open) */
    public static String byDefault(Optional<String> stored) {
        Optional<String> name = stored.filter(s -> !s.isBlank()).map(String::strip);
        if (name.isPresent()) {
            return name.get();
        }
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? null : user;
    }
}
