package sg.tsa.advisor.ui.advising;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * A box of the advice (a card, a row) that remembers its minimum and preferred sizes ({@link HeightMemo}) while its
 * layout is clean: any change inside it marks it as needing layout until it is laid out again, so laying the advice
 * out after a change measures again only the boxes that changed.
 */
class AdviceBox extends VBox {
    private final CleanSizes sizes = new CleanSizes(this);

    AdviceBox(double spacing, Node... children) {
        super(spacing, children);
    }

    @Override
    protected double computeMinHeight(double width) {
        return sizes.minHeight(width, super::computeMinHeight);
    }

    @Override
    protected double computePrefHeight(double width) {
        return sizes.prefHeight(width, super::computePrefHeight);
    }

    @Override
    protected double computeMinWidth(double height) {
        return sizes.minWidth(height, super::computeMinWidth);
    }

    @Override
    protected double computePrefWidth(double height) {
        return sizes.prefWidth(height, super::computePrefWidth);
    }
}
