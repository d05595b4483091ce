package sg.tsa.advisor.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** The one reading of the ISO dates ({@code YYYY-MM-DD}) used by the catalogue file and the command line. */
public final class IsoDates {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IsoDates() {
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
