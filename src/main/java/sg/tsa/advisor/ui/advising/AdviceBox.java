package sg.tsa.advisor.ui.advising;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * A box of the advice (a card, a row) that remembers its minimum and preferred heights at a width ({@link HeightMemo})
 * while its layout is clean: any change inside it marks it as needing layout until it is laid out again, so laying
 * the advice out after a change measures again only the boxes that changed.
 */
class AdviceBox extends VBox {
    private static final Object CLEAN = new Object();
    private final HeightMemo minimum = new HeightMemo();
    private final HeightMemo preferred = new HeightMemo();

    AdviceBox(double spacing, Node... children) {
        super(spacing, children);
    }

    @Override
    protected double computeMinHeight(double width) {
        return minimum.height(width, isNeedsLayout() ? null : CLEAN, super::computeMinHeight);
    }

    @Override
    protected double computePrefHeight(double width) {
        return preferred.height(width, isNeedsLayout() ? null : CLEAN, super::computePrefHeight);
    }
}
