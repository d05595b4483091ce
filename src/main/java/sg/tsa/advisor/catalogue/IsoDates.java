package sg.tsa.advisor.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** The one reading of the ISO dates ({@code YYYY-MM-DD}) used by the catalogue file and the command line. */
public final class IsoDates {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * The first and last day a person may give (attained, assessed, intake): outside them a date is a typing slip
     * (year 0000, or a five-digit year), and the dates computed from it would print as "1 Jan 0001" or "+10003".
     */
    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2999, 12, 31);

    private IsoDates() {
    }

    /** Whether {@code date} lies between {@link #FIRST} and {@link #LAST}. */
    public static boolean inRange(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /** Why {@code date} cannot be used, naming it as typed; empty when it lies in the range. */
    public static Optional<String> outOfRange(String typed, LocalDate date) {
        return inRange(date) ? Optional.empty() : Optional.of("\"" + typed + "\" is outside the dates this tool "
                + "works with (" + FIRST + " to " + LAST + ")");
    }

    /** The date {@code text} names, or empty when it is not a real date written as {@code YYYY-MM-DD}. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
