package sg.tsa.advisor.privacy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one detector of Singapore NRIC/FIN numbers (a letter S, T, F, G or M, seven digits, a check letter) in free
 * text, used wherever the application would store or print text a person typed. Plain Java.
 *
 * <p>Two shapes are found, in any case:
 * <ul>
 *   <li>written together ({@code S1234567D}) anywhere, even inside a longer word or code ({@code x_S1234567D},
 *       {@code S1234567D9}): nine characters like that are hardly ever anything else;</li>
 *   <li>spread out by spaces or separators ({@code S 1234567 D}, {@code s-123-4567-d}, {@code S.1234567.D}),
 *       but then only when the letters stand on their own, so that ordinary words around a seven-digit number
 *       ("orders 1234567 done") are not taken for one.</li>
 * </ul>
 * The check letter is not verified: a mistyped number is still a person's number.
 */
public final class NationalIds {
    private static final String SEPARATOR = "[\\s\\p{Z}\\-_./:,#()]";
    private static final Pattern TOGETHER = Pattern.compile("(?i)[STFGM]\\d{7}[A-Z]");
    private static final Pattern SPREAD = Pattern.compile("(?i)(?<![\\p{L}])[STFGM]" + SEPARATOR + "{0,3}\\d(?:"
            + SEPARATOR + "{0,2}\\d){6}" + SEPARATOR + "{0,3}[A-Z](?![\\p{L}])");

    private NationalIds() {
    }

    /** Whether {@code text} seems to hold an NRIC/FIN number anywhere. */
    public static boolean present(String text) {
        return find(text).isPresent();
    }

    /** The first NRIC/FIN-like number in {@code text}, as written there. */
    public static Optional<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Matcher together = TOGETHER.matcher(text);
        if (together.find()) {
            return Optional.of(together.group());
        }
        Matcher spread = SPREAD.matcher(text);
        return spread.find() ? Optional.of(spread.group()) : Optional.empty();
    }

    /**
     * The refusal, naming the field and never repeating the number itself (the message may be shown or logged).
     */
    public static String refusal(String field) {
        return field + " seems to hold a national identity number (NRIC/FIN); those are never stored";
    }
}
