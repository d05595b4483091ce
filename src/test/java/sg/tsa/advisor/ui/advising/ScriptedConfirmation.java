package sg.tsa.advisor.ui.advising;

import java.util.ArrayList;
import java.util.List;

/** Answers every question as scripted and keeps the questions asked: tests never wait on a modal dialog. */
final class ScriptedConfirmation implements Confirmation {
    private final boolean answer;
    private final List<Question> asked = new ArrayList<>();

    private ScriptedConfirmation(boolean answer) {
        this.answer = answer;
    }

    static ScriptedConfirmation confirming() {
        return new ScriptedConfirmation(true);
    }

    static ScriptedConfirmation cancelling() {
        return new ScriptedConfirmation(false);
    }

    @Override
    public synchronized boolean confirm(Question question) {
        asked.add(question);
        return answer;
    }

    synchronized List<Question> asked() {
        return List.copyOf(asked);
    }
}
