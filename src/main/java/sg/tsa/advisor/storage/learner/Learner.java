package sg.tsa.advisor.storage.learner;

import java.time.Instant;

/** A stored learner. */
public record Learner(long id, LearnerDetails details, Instant createdAt, Instant updatedAt) {
    public String name() {
        return details.name();
    }
}
