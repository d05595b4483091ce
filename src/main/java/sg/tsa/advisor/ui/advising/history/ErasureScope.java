package sg.tsa.advisor.ui.advising.history;

/**
 * What erasing a learner would touch, counted before the question is asked: their consultations, the automatic
 * backups that hold them (rewritten without them), and the damaged copies set aside that hold them (deleted).
 */
public record ErasureScope(int consultations, int backups, int damagedCopies) {
}
