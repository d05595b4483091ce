package sg.tsa.advisor.ui.advising.guard;

/**
 * Asks what to do with a consultation that is not saved before the screen moves on (New, Ctrl+N, reopening a past
 * consultation, closing the window). The composition root asks in a dialog; tests may script the answer.
 */
@FunctionalInterface
public interface UnsavedQuestion {

    /** What the counsellor chose. Cancel is safe: nothing changes, the consultation stays on the screen. */
    enum Answer { SAVE, DISCARD, CANCEL }

    /**
     * Called on the FX Application Thread; blocks until the counsellor answers. Closing the dialog or Esc is
     * {@link Answer#CANCEL}.
     *
     * @param learnerName the learner's name as typed, or "" when none is yet
     */
    Answer ask(String learnerName);
}
