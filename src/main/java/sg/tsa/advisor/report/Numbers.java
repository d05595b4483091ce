package sg.tsa.advisor.report;

import java.math.BigDecimal;

/** Hours and credits as people write them: 110, not 110.0. */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
