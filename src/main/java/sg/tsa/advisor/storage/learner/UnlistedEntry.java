package sg.tsa.advisor.storage.learner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A credential the learner says they hold that the recognition list does not name, as the counsellor typed it.
 * Never counted towards an exemption.
 *
 * @param attainedOn when it was attained, or null when not known
 * @param note       the counsellor's note, or null
 * @param monthOnly  true when only the month was given ({@code attainedOn} is its first day)
 */
public record UnlistedEntry(String title, LocalDate attainedOn, String note, boolean monthOnly) {
    static final int MAX_TITLE = 200;
    static final int MAX_NOTE = 1000;

    public UnlistedEntry {
        title = PersonalData.optional(title);
        note = PersonalData.optional(note);
        List<String> problems = new ArrayList<>();
        if (title == null) {
            problems.add("a credential recorded as not listed needs a title");
        }
        PersonalData.checkText("The title of the unlisted credential \"" + title + "\"", title, MAX_TITLE, problems);
        PersonalData.checkText("The note on the unlisted credential \"" + title + "\"", note, MAX_NOTE, problems);
        PersonalData.throwIfAny(problems);
    }

    /** A credential not listed, dated to the day (or not dated). */
    public UnlistedEntry(String title, LocalDate attainedOn, String note) {
        this(title, attainedOn, note, false);
    }
}
