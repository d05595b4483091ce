package sg.tsa.advisor.text;

import java.util.Locale;

/**
 * A number of things as people read it: "1 module", "2 modules", "1,250 learners". The one place that chooses
 * between the singular and the plural, for every layer (it depends on nothing).
 */
public final class Counted {
    private Counted() {
    }

    /** {@code n} followed by {@code one} when n is 1, else by {@code many}; thousands grouped with commas. */
    public static String of(long n, String one, String many) {
        return String.format(Locale.UK, "%,d %s", n, n == 1 ? one : many);
    }

    /** The same, for nouns whose plural adds an "s" ("module", "learner", "backup"). */
    public static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }
}
