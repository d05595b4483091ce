package sg.tsa.advisor.ui.advising;

import javafx.scene.Parent;

import java.util.function.DoubleUnaryOperator;

/**
 * The minimum and preferred sizes of a pane of the advice ({@link AdviceBox}, a near miss's options), remembered
 * ({@link HeightMemo}) while the pane's layout is clean: any change inside it marks it as needing layout until it is
 * laid out again, and the sizes are then worked out anew.
 */
final class CleanSizes {
    private static final Object CLEAN = new Object();
    private final Parent pane;
    private final HeightMemo minHeight = new HeightMemo();
    private final HeightMemo prefHeight = new HeightMemo();
    private final HeightMemo minWidth = new HeightMemo();
    private final HeightMemo prefWidth = new HeightMemo();

    CleanSizes(Parent pane) {
        this.pane = pane;
    }

    private Object state() {
        return pane.isNeedsLayout() ? null : CLEAN;
    }

    double minHeight(double width, DoubleUnaryOperator compute) {
        return minHeight.height(width, state(), compute);
    }

    double prefHeight(double width, DoubleUnaryOperator compute) {
        return prefHeight.height(width, state(), compute);
    }

    double minWidth(double height, DoubleUnaryOperator compute) {
        return minWidth.height(height, state(), compute);
    }

    double prefWidth(double height, DoubleUnaryOperator compute) {
        return prefWidth.height(height, state(), compute);
    }
}
