package sg.tsa.advisor.ui.advising;

import java.util.Objects;

/**
 * Asks the counsellor to confirm a step that cannot be undone. The composition root asks in a dialog; tests script
 * the answer, so that no test waits on a modal window.
 */
@FunctionalInterface
public interface Confirmation {

    /**
     * Called on the FX Application Thread; blocks until the counsellor answers.
     *
     * @return true only when the counsellor chose {@link Question#action()}; closing or cancelling is false
     */
    boolean confirm(Question question);

    /**
     * @param title   the dialog's title ("Delete learner")
     * @param heading the question itself ("Erase Tan Ah Kow from this computer?")
     * @param details what the step does and what it leaves behind
     * @param action  the text of the confirming button ("Erase"); the other one is Cancel, the default
     */
    record Question(String title, String heading, String details, String action) {
        public Question {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(action, "action");
        }
    }
}
