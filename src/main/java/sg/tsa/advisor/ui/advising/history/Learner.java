package sg.tsa.advisor.ui.advising.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A learner already known to the local database, as the advising screen needs one: enough to recognise them
 * across the desk. No national ID numbers, by design.
 *
 * @param contact   an optional e-mail address or phone number, or null
 * @param lastVisit the day of their latest saved consultation, or null when none is saved (or it is not known):
 *                  with the contact, what tells two namesakes apart
 */
public record Learner(long id, String name, String contact, LocalDate lastVisit) {
    public Learner {
        Objects.requireNonNull(name, "name");
    }

    /** A learner whose last visit is not known here. */
    public Learner(long id, String name, String contact) {
        this(id, name, contact, null);
    }
}
