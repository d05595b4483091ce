package sg.tsa.advisor.summary;

import java.util.List;

/**
 * The summary in words, before layout: every text that will be printed, grouped as the page shows it. Made by
 * {@link SummaryComposer}; laid out by {@link SummaryLayout}.
 *
 * @param who             learner and counsellor
 * @param when            date, planned intake and catalogue edition
 * @param running         the right-hand side of the running header of later pages (learner and date)
 * @param noExemptions    the sentence shown instead of qualifications when nothing is exempted, or null
 */
public record SummaryContent(String institution, String title, List<Field> who, List<Field> when, String running,
                             List<QualificationPart> qualifications, String noExemptions,
                             List<Item> furtherOptions, List<Item> lapsed, List<Item> notListed,
                             String disclaimer, String nextSteps, String contactName, List<Field> contact,
                             String generated, String edition) {
    public SummaryContent {
        who = List.copyOf(who);
        when = List.copyOf(when);
        qualifications = List.copyOf(qualifications);
        furtherOptions = List.copyOf(furtherOptions);
        lapsed = List.copyOf(lapsed);
        notListed = List.copyOf(notListed);
        contact = List.copyOf(contact);
    }

    /** A label and its value; a null value is printed as a line to write on. */
    public record Field(String label, String value) {
    }

    /**
     * One qualification with exemptions.
     *
     * @param remaining  the remaining modules, or null where the full list is not published
     * @param remainingNote what to say about the remaining modules (the count, "none", or "not published")
     * @param hoursSaved e.g. "120 hours", or null where no hours are published
     * @param headline   what is exempted and what lapses, in one line: "2 modules exempted — 1 lapses before …"
     */
    public record QualificationPart(String title, String headline, List<Row> rows, String remainingNote, List<String> remaining,
                                    String hoursSaved) {
        public QualificationPart {
            rows = List.copyOf(rows);
            remaining = remaining == null ? null : List.copyOf(remaining);
        }
    }

    /**
     * One exempted module or whole certificate.
     *
     * @param kind     "Module" or "PDC" (or another certificate kind)
     * @param includes for a certificate, the modules it includes (or that they are not published); else null
     * @param lapses   why this exemption will not be granted on the planned intake date, or null when it will
     */
    public record Row(String kind, String title, String includes, List<Earned> earnedBy, String lapses) {
        public Row {
            earnedBy = List.copyOf(earnedBy);
        }
    }

    /**
     * A credential that earned an exemption: its title, and "attained …, counts until …".
     *
     * @param lapsesFirst true when it stops counting before the planned intake, taking the exemption with it
     */
    public record Earned(String credential, String dates, boolean lapsesFirst) {
    }

    /** A line of a list: what, and a quieter line of detail. */
    public record Item(String main, String detail) {
    }
}
