package sg.tsa.advisor.ui.advising.history;

import java.time.Instant;
import java.util.Objects;

/**
 * A consultation as stored: what was entered, and the advice given then ({@code snapshotJson}, the
 * {@code advise --json} report of the held credentials), kept so that what the learner was told can be shown
 * again even after the catalogue changes.
 */
public record SavedConsultation(long id, Learner learner, Instant savedAt, ConsultationDraft draft,
                                String snapshotJson) {
    public SavedConsultation {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(snapshotJson, "snapshotJson");
    }
}
