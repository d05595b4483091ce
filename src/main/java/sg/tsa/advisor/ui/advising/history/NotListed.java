package sg.tsa.advisor.ui.advising.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A credential the learner says they hold that the recognition list does not name ("CompTIA Security+"): saved
 * and printed with the consultation under its own heading, never counted.
 *
 * @param attainedOn when it was attained, or null when not known
 * @param note       the counsellor's note, or null
 */
public record NotListed(String title, LocalDate attainedOn, String note) {
    public NotListed {
        Objects.requireNonNull(title, "title");
    }
}
