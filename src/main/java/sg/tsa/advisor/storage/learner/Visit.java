package sg.tsa.advisor.storage.learner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A consultation as the advising screen saves it: who (a known learner, or details to create one), what they
 * hold now, and the report as shown.
 *
 * @param learnerId  the known learner's id, or null to create a learner from {@code learner}
 * @param learner    the learner's details; for a known learner only a contact given here is stored
 * @param held       the credentials the learner holds, as entered; they become the learner's held credentials
 * @param reportJson the JSON report of {@code advise --json} as shown
 */
public record Visit(Long learnerId, LearnerDetails learner, List<HeldEntry> held, Instant heldAt, String counsellor,
                    LocalDate asOf, LocalDate intake, String catalogueVersion, String reportJson,
                    List<UnlistedEntry> unlisted) {
    /** A visit with no credential recorded as not listed. */
    public Visit(Long learnerId, LearnerDetails learner, List<HeldEntry> held, Instant heldAt, String counsellor,
                 LocalDate asOf, LocalDate intake, String catalogueVersion, String reportJson) {
        this(learnerId, learner, held, heldAt, counsellor, asOf, intake, catalogueVersion, reportJson, List.of());
    }

    public Visit {
        unlisted = List.copyOf(unlisted);
        Objects.requireNonNull(learner, "learner");
        held = List.copyOf(held);
        Objects.requireNonNull(heldAt, "heldAt");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        Objects.requireNonNull(reportJson, "reportJson");
    }
}
