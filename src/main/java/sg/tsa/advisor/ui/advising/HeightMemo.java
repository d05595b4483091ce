package sg.tsa.advisor.ui.advising;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * The heights a node whose height depends on its width worked out for the last two widths asked (a layout pass asks
 * at the width given and at none, -1), kept while the node's state is the same. JavaFX remembers no such height:
 * every layout pass of the advice asked every wrapped line of every card for its minimum, preferred and maximum
 * height, several times over, and laid its text out each time: hundreds of lines on a large catalogue, whichever
 * had changed. The caller says what its state is; a null state is never trusted. A width worked out for a height is
 * remembered the same way ({@link CleanSizes}).
 */
final class HeightMemo {
    private final double[] widths = {Double.NaN, Double.NaN};
    private final double[] heights = new double[2];
    private Object state;
    private int next;

    /**
     * @param now    what the height depends on besides the width, compared with {@code equals}; null when unknown
     * @param height works the height out
     */
    double height(double width, Object now, DoubleUnaryOperator height) {
        if (now == null || !Objects.equals(now, state)) {
            Arrays.fill(widths, Double.NaN);
            state = now;
        } else {
            for (int i = 0; i < widths.length; i++) {
                if (widths[i] == width) {
                    return heights[i];
                }
            }
        }
        double result = height.applyAsDouble(width);
        widths[next] = width;
        heights[next] = result;
        next = (next + 1) % widths.length;
        return result;
    }
}
