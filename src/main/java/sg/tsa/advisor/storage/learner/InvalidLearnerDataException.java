package sg.tsa.advisor.storage.learner;

import java.util.List;

/** Learner data that may not be stored as given; every problem is named. Nothing was stored. */
public final class InvalidLearnerDataException extends IllegalArgumentException {
    private final transient List<String> problems;

    public InvalidLearnerDataException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
