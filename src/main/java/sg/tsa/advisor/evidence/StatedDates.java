package sg.tsa.advisor.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a file states. An ISO 8601 date-time counts as the calendar day written in it, in the offset written in
 * it ({@code 2024-08-30T00:00:00Z} is 30 August), not converted to the laptop's zone: the file's words are what the
 * learner and the issuer read. A bare number is a Unix time in seconds (Open Badges 1.x and some 2.0 issuers).
 */
final class StatedDates {
    private static final Pattern LEADING_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[Tt ].*)?");
    private static final Pattern UNIX_SECONDS = Pattern.compile("\\d{1,11}");

    private StatedDates() {
    }

    static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (UNIX_SECONDS.matcher(value).matches()) {
            return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(value)), ZoneOffset.UTC));
        }
        Matcher date = LEADING_DATE.matcher(value);
        if (!date.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
