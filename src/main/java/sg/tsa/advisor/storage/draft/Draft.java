package sg.tsa.advisor.storage.draft;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A consultation in progress as kept in the local database: what was on the screen, complete or not.
 *
 * @param keptAt           when it was last kept
 * @param learnerId        the known learner's id, or null for a new learner
 * @param learnerName      as typed; may be blank while only credentials were entered
 * @param catalogueVersion the catalogue edition it was entered under, or null when none was loaded yet
 * @param credentials      held and planned, in the order entered
 * @param unlisted         credentials recorded as not on the recognition list, as typed, in the order entered
 */
public record Draft(Instant keptAt, Long learnerId, String learnerName, String learnerContact, String counsellor,
                    LocalDate assessedOn, LocalDate intakeOn, String catalogueVersion, List<Item> credentials,
                    List<Unlisted> unlisted) {
    public Draft {
        Objects.requireNonNull(keptAt, "keptAt");
        Objects.requireNonNull(learnerName, "learnerName");
        Objects.requireNonNull(assessedOn, "assessedOn");
        credentials = List.copyOf(credentials);
        unlisted = List.copyOf(unlisted);
    }

    /**
     * One credential entered.
     *
     * @param attainedOn null while its date is not entered yet
     * @param evidence   the evidence note, or null
     * @param monthOnly  true when only the month was given ({@code attainedOn} is its first day)
     */
    public record Item(String credentialId, LocalDate attainedOn, String evidence, boolean planned,
                       boolean monthOnly) {
        public Item {
            Objects.requireNonNull(credentialId, "credentialId");
        }

        /** A credential dated to the day (or not dated yet). */
        public Item(String credentialId, LocalDate attainedOn, String evidence, boolean planned) {
            this(credentialId, attainedOn, evidence, planned, false);
        }
    }

    /**
     * A credential recorded as not on the recognition list, as typed so far: checked when kept, not here.
     *
     * @param attainedOn null when not known or not entered yet
     * @param note       the counsellor's note, or null
     * @param monthOnly  true when only the month was given ({@code attainedOn} is its first day)
     */
    public record Unlisted(String title, LocalDate attainedOn, String note, boolean monthOnly) {
        public Unlisted {
            Objects.requireNonNull(title, "title");
        }

        /** A credential not listed, dated to the day (or not dated). */
        public Unlisted(String title, LocalDate attainedOn, String note) {
            this(title, attainedOn, note, false);
        }
    }
}
