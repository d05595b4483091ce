package sg.tsa.advisor.ui.advising;

import java.util.List;

/**
 * The window's text size, in percent of the normal size, in fixed steps from 85 % to 200 % (decision record 0111):
 * Ctrl+= a step larger, Ctrl+- a step smaller, Ctrl+0 normal. The whole window's fonts are sized from its root
 * (the application style sheet sizes everything else in em), so one number sets them all.
 */
public final class TextSize {
    public static final int NORMAL = 100;
    /** The steps, smallest first. */
    public static final List<Integer> STEPS = List.of(85, 100, 115, 130, 150, 175, 200);
    /** The root font size at 100 %, as the application style sheet sets it. */
    private static final double NORMAL_PIXELS = 14;

    private TextSize() {
    }

    /** The next step up, or the largest. */
    public static int larger(int percent) {
        int at = nearest(percent);
        return STEPS.get(Math.min(STEPS.indexOf(at) + 1, STEPS.size() - 1));
    }

    /** The next step down, or the smallest. */
    public static int smaller(int percent) {
        int at = nearest(percent);
        return STEPS.get(Math.max(STEPS.indexOf(at) - 1, 0));
    }

    /** The step nearest to {@code percent} (a stored value from elsewhere is read as the closest step). */
    public static int nearest(int percent) {
        int best = NORMAL;
        for (int step : STEPS) {
            if (Math.abs(step - percent) < Math.abs(best - percent)) {
                best = step;
            }
        }
        return best;
    }

    /** The inline style that sizes a window's root at {@code percent}. */
    static String rootStyle(int percent) {
        return String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", NORMAL_PIXELS * nearest(percent) / 100);
    }
}
