package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.catalogue.IsoDates;
import sg.tsa.advisor.report.Wording;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as counsellors in Singapore say and type them, day first: "1/6/24", "01-06-2024", "1.6.2024", "1 Jun 2024",
 * ISO "2024-06-01", and a month alone, "06/2024" or "Jun 2024", taken as the first day of that month (decision
 * record 0036). A two-digit year is the one within 80 years before and 19 after the reference year. The one
 * reading of dates typed by people; {@link IsoDates} is the one reading of the files' and the command line's
 * {@code YYYY-MM-DD}, used here for that shape. Plain Java.
 */
final class DateText {
    static final String PATTERN = "dd/MM/yyyy";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);
    private static final DateTimeFormatter SHOWN_MONTH = DateTimeFormatter.ofPattern("MM/uuuu", Locale.UK);
    /** Two-digit years reach this many years back from the reference year; the rest of the century lies ahead. */
    static final int YEARS_BACK = 80;

    /**
     * A date as typed.
     *
     * @param monthOnly true when only a month was given: {@code date} is then its first day
     */
    record Typed(LocalDate date, boolean monthOnly) {
    }

    private DateText() {
    }

    static String format(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    /** "06/2024" for a month given alone, else "01/06/2024". */
    static String format(LocalDate date, boolean monthOnly) {
        return date == null ? "" : monthOnly ? SHOWN_MONTH.format(date) : SHOWN.format(date);
    }

    /** The date typed, or null for blank text; a two-digit year read around the current year. */
    static LocalDate parse(String text) {
        Typed typed = read(text, LocalDate.now());
        return typed == null ? null : typed.date();
    }

    /**
     * The date typed, or null for blank text.
     *
     * @param today the reference for two-digit years
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    static Typed read(String text, LocalDate today) {
        Typed typed = readAnyYear(text, today);
        if (typed != null && !IsoDates.inRange(typed.date())) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a date this tool works with: give one "
                    + "from " + format(IsoDates.FIRST) + " to " + format(IsoDates.LAST) + ".");
        }
        return typed;
    }

    private static Typed readAnyYear(String text, LocalDate today) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return null;
        }
        Optional<LocalDate> iso = IsoDates.parse(typed);
        if (iso.isPresent()) {
            return new Typed(iso.get(), false);
        }
        String[] parts = typed.split("\\s*[/.\\-\\s]\\s*|(?<=\\d)(?=\\p{L})|(?<=\\p{L})(?=\\d)");
        try {
            if (parts.length == 3) {
                return parts[0].length() == 4 && isNumber(parts[0])
                        ? new Typed(day(typed, number(parts[0]), month(parts[1]), number(parts[2])), false)
                        : new Typed(day(typed, year(parts[2], today), month(parts[1]), number(parts[0])), false);
            }
            if (parts.length == 2) {
                boolean yearFirst = parts[0].length() == 4 && isNumber(parts[0]);
                String year = yearFirst ? parts[0] : parts[1];
                if (isNumber(year) && year.length() != 4 && isNumber(yearFirst ? parts[1] : parts[0])) {
                    throw problem(typed, "give the year in full for a month alone, e.g. 06/2024");
                }
                int month = month(yearFirst ? parts[1] : parts[0]);
                if (month < 1 || month > 12) {
                    throw problem(typed, "there is no month " + month);
                }
                return new Typed(YearMonth.of(year(year, today), month).atDay(1), true);
            }
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw problem(typed, null);
        }
        throw problem(typed, null);
    }

    private static LocalDate day(String typed, int year, int month, int day) {
        if (month < 1 || month > 12) {
            throw problem(typed, "there is no month " + month);
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            throw problem(typed, Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK) + " " + year + " has "
                    + yearMonth.lengthOfMonth() + " days");
        }
        return yearMonth.atDay(day);
    }

    /** A month by number (checked by the caller) or by English name or its first three letters or more ("Jun", "June", "sept"). */
    private static int month(String text) {
        if (isNumber(text)) {
            return number(text);
        }
        String name = text.toLowerCase(Locale.ROOT);
        if (name.length() >= 3) {
            for (Month month : Month.values()) {
                if (month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT).startsWith(name)) {
                    return month.getValue();
                }
            }
        }
        throw new NumberFormatException(text);
    }

    /** A year of four digits as it is; of two, the one from {@value #YEARS_BACK} years back to 19 years ahead. */
    static int year(String text, LocalDate today) {
        if (!isNumber(text) || (text.length() != 2 && text.length() != 4)) {
            throw new NumberFormatException(text);
        }
        int year = number(text);
        if (text.length() == 4) {
            return year;
        }
        int earliest = today.getYear() - YEARS_BACK;
        int candidate = earliest - Math.floorMod(earliest, 100) + year;
        return candidate < earliest ? candidate + 100 : candidate;
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.length() <= 4 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static int number(String text) {
        if (!isNumber(text)) {
            throw new NumberFormatException(text);
        }
        return Integer.parseInt(text);
    }

    private static IllegalArgumentException problem(String typed, String why) {
        return new IllegalArgumentException("\"" + typed + "\" is not a date" + (why == null ? "" : " (" + why + ")")
                + ": type it as " + PATTERN + ", e.g. 01/06/2024, or a month as 06/2024.");
    }

    /** The date typed, refused when it is after {@code latest}. */
    static Typed readNotAfter(String text, LocalDate latest, String what) {
        Typed typed = read(text, latest == null ? LocalDate.now() : latest);
        if (typed != null && latest != null && typed.date().isAfter(latest)) {
            throw new IllegalArgumentException(what + " " + Wording.date(typed.date()) + " is after the assessment "
                    + "date " + Wording.date(latest) + ": a credential counts only once it is attained.");
        }
        return typed;
    }

    /** The date typed, refused when it is after {@code latest}. */
    static LocalDate parseNotAfter(String text, LocalDate latest, String what) {
        Typed typed = readNotAfter(text, latest, what);
        return typed == null ? null : typed.date();
    }
}
