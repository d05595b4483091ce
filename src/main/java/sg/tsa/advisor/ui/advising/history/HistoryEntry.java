package sg.tsa.advisor.ui.advising.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A saved consultation as History lists it, across learners or for one: enough to find it; opening it reads the
 * whole consultation ({@link ConsultationService#consultation}).
 *
 * @param counsellor or null
 * @param exempted   the titles of the certificates, then of the modules, that the saved advice exempted
 * @param modules    how many of {@code exempted} are modules
 */
public record HistoryEntry(long id, Learner learner, Instant savedAt, String counsellor, List<String> exempted,
                           int modules) {
    public HistoryEntry {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(savedAt, "savedAt");
        exempted = List.copyOf(exempted);
    }

    /**
     * The newest entries matching a search, up to a bound.
     *
     * @param total how many consultations match in all
     */
    public record Page(List<HistoryEntry> entries, int total) {
        public Page {
            entries = List.copyOf(entries);
        }
    }
}
