package sg.tsa.advisor.ui.advising.history;

import java.util.List;

/**
 * What an erasure did.
 *
 * @param leftBehind where a trace of the learner is still readable and why, one sentence a file; empty when the
 *                   erasure is complete
 */
public record ErasureOutcome(int consultations, int backupsRewritten, int filesDeleted, List<String> leftBehind) {
    public ErasureOutcome {
        leftBehind = List.copyOf(leftBehind);
    }

    public boolean complete() {
        return leftBehind.isEmpty();
    }
}
