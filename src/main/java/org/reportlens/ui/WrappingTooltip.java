package org.reportlens.ui;

import javafx.scene.control.Tooltip;

/**
 * A tooltip that wraps its text at {@link #WIDTH} instead of running past the pane and the screen's edge (a row's
 * figures and "also in" lines, a change's whole sentence). The stylesheet's {@code -fx-max-width} on
 * {@code .tooltip} styles the popup's bridge, not the tooltip's size: a long change still ran across the screen on
 * one line (seen in a screenshot), so the width is set here.
 */
final class WrappingTooltip extends Tooltip {
    /** About 40 characters of 12 px text a line: a paragraph's worth reads at a glance. */
    static final double WIDTH = 520;

    WrappingTooltip() {
        setWrapText(true);
        setMaxWidth(WIDTH);
    }

    WrappingTooltip(String text) {
        this();
        setText(text);
    }
}
