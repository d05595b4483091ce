package sg.tsa.advisor.testing;

import java.util.stream.LongStream;

/**
 * The seeds a property runs over: fixed, so that every run checks the same cases and a failure names the seed
 * that reproduces it ({@code @ParameterizedTest(name = "seed {0}")} with {@code new Random(seed)}).
 */
public final class Seeds {
    private Seeds() {
    }

    /** Seeds 1 to {@code count}. */
    public static LongStream first(int count) {
        return LongStream.rangeClosed(1, count);
    }
}
