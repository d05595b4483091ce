package sg.tsa.advisor.ui.advising;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Font;

/**
 * A label whose text wraps, remembering its height at a width ({@link HeightMemo}) until its text, font or graphic
 * change or it asks for a layout: its skin does on any change of its own that alters its size, and a change in its
 * graphic's size marks it as needing layout.
 */
final class WrappedLabel extends Label {
    private final HeightMemo preferred = new HeightMemo();
    private long changes;

    private record State(String text, Font font, Node graphic, long changes) {
    }

    WrappedLabel(String text) {
        super(text);
        setWrapText(true);
        needsLayoutProperty().addListener((obs, was, now) -> {
            if (now) {
                changes++;
            }
        });
    }

    @Override
    protected double computePrefHeight(double width) {
        return preferred.height(width, new State(getText(), getFont(), getGraphic(), changes),
                super::computePrefHeight);
    }

    @Override
    public void requestLayout() {
        changes++;
        super.requestLayout();
    }
}
