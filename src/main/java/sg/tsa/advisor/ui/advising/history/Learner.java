package sg.tsa.advisor.ui.advising.history;

import java.util.Objects;

/**
 * A learner already known to the local database, as the advising screen needs one: enough to recognise them
 * across the desk. No national ID numbers, by design.
 *
 * @param contact an optional e-mail address or phone number, or null
 */
public record Learner(long id, String name, String contact) {
    public Learner {
        Objects.requireNonNull(name, "name");
    }
}
