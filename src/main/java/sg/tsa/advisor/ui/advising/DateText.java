package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.catalogue.IsoDates;
import sg.tsa.advisor.report.Wording;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Dates as counsellors type them in Singapore, day first: "01/06/2024" or "1/6/2024"; "2024-06-01" is accepted too.
 * Plain Java.
 */
final class DateText {
    static final String PATTERN = "dd/MM/yyyy";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);

    private DateText() {
    }

    static String format(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    /**
     * The date typed, or null for blank text.
     *
     * @throws IllegalArgumentException naming the text when it is not a date
     */
    static LocalDate parse(String text) {
        String typed = text == null ? "" : text.strip().replace('.', '/').replace('-', '/');
        if (typed.isEmpty()) {
            return null;
        }
        LocalDate date;
        try {
            if (typed.matches("\\d{4}/\\d{1,2}/\\d{1,2}")) {
                date = LocalDate.parse(typed.replace('/', '-'), DateTimeFormatter.ISO_LOCAL_DATE);
            } else {
                date = LocalDate.parse(typed, TYPED);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a date: type it as " + PATTERN
                    + ", e.g. 01/06/2024.");
        }
        if (!IsoDates.inRange(date)) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a date this tool works with: give one "
                    + "from " + format(IsoDates.FIRST) + " to " + format(IsoDates.LAST) + ".");
        }
        return date;
    }

    /** The date typed, refused when it is after {@code latest}. */
    static LocalDate parseNotAfter(String text, LocalDate latest, String what) {
        LocalDate date = parse(text);
        if (date != null && latest != null && date.isAfter(latest)) {
            throw new IllegalArgumentException(what + " " + Wording.date(date) + " is after the assessment date "
                    + Wording.date(latest) + ": a credential counts only once it is attained.");
        }
        return date;
    }
}
