package sg.tsa.advisor.summary;

import java.util.Optional;

/**
 * The one place that decides the counsellor's name when none is given for a consultation: the name stored in the
 * settings, else none (a blank line on the page). The operating system's account name is never used: on a shared
 * staff laptop it is "root", "staff" or a colleague's, and it was printed on learners' pages.
 */
public final class CounsellorName {
    private CounsellorName() {
    }

    /**
     * @param stored the name stored in the settings, or empty when none is (or no local database is open)
     * @return the stored name, stripped; null when there is none
     */
    public static String byDefault(Optional<String> stored) {
        return stored.filter(s -> !s.isBlank()).map(String::strip).orElse(null);
    }
}
