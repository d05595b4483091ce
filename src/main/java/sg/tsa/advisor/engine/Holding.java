package sg.tsa.advisor.engine;

/**
 * The learner's held credentials as compiled rules read them: by the engine's credential number, with the last
 * counting day of each for the recency windows the catalogue uses, as epoch days, so that evaluating a rule
 * neither allocates nor does calendar arithmetic (meaning point 1).
 */
final class Holding {
    /** Windows up to this many years are worked out ahead; longer ones when asked. */
    private static final int TABLED_YEARS = 64;

    private final HeldCredential[] byNumber;
    /** For each held credential's number, the epoch day of attainment plus {@code years} years, by {@code years}. */
    private final long[][] lastDays;

    Holding(HeldCredential[] byNumber, int longestWindow) {
        this.byNumber = byNumber;
        this.lastDays = new long[byNumber.length][];
        int tabled = Math.min(longestWindow, TABLED_YEARS);
        for (int number = 0; number < byNumber.length; number++) {
            if (byNumber[number] != null) {
                long[] days = new long[tabled + 1];
                for (int years = 1; years <= tabled; years++) {
                    days[years] = byNumber[number].attainedOn().plusYears(years).toEpochDay();
                }
                lastDays[number] = days;
            }
        }
    }

    /** The held credential with this number, or null (also for a negative number: one the catalogue lacks). */
    HeldCredential at(int number) {
        return number < 0 ? null : byNumber[number];
    }

    /** Whether the held credential with this number counts on {@code day} under a window of {@code years} (0: none). */
    boolean counts(int number, int years, long day) {
        if (years == 0) {
            return true;
        }
        long[] days = lastDays[number];
        return day <= (years < days.length ? days[years]
                : byNumber[number].attainedOn().plusYears(years).toEpochDay());
    }
}
