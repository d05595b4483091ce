package sg.tsa.advisor.storage.learner;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One consultation, with the report exactly as it was shown: {@code reportJson} is the JSON report of
 * {@code advise --json} at the time, so an old consultation reads the same after the catalogue changes.
 *
 * @param counsellor       or null
 * @param intake           the planned intake date, or null
 * @param catalogueVersion the catalogue edition the advice came from
 * @param notes            the counsellor's follow-up notes, or null; the only part that may change later
 */
public record Consultation(long id, long learnerId, Instant heldAt, String counsellor, LocalDate asOf,
                           LocalDate intake, String catalogueVersion, String reportJson, String notes) {
}
