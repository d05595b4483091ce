package sg.tsa.advisor.ui.advising.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A credential the learner says they hold that the recognition list does not name ("CompTIA Security+"): saved
 * and printed with the consultation under its own heading, never counted.
 *
 * @param attainedOn when it was attained, or null when not known
 * @param note       the counsellor's note, or null
 * @param monthOnly  true when only the month was given ({@code attainedOn} is its first day)
 */
public record NotListed(String title, LocalDate attainedOn, String note, boolean monthOnly) {
    public NotListed {
        Objects.requireNonNull(title, "title");
    }

    /** A credential not listed, dated to the day (or not dated). */
    public NotListed(String title, LocalDate attainedOn, String note) {
        this(title, attainedOn, note, false);
    }
}
