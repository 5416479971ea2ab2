package org.reportlens.ui;

import java.util.Optional;
import java.util.OptionalInt;
import javafx.geometry.Bounds;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * Where a text area's lines stand on screen, in offsets of the text it shows: the line at its top, and
 * scrolling a line to the top — what lets one column follow another line by line, not paragraph by
 * paragraph. Ask only after a layout pass: during one the area cannot say where its lines are.
 */
final class LinesOnScreen {
    /** The line crossing this far below the top is the one at the top (not a sliver of the one above). */
    private static final double BELOW_TOP = 8;

    private LinesOnScreen() {
    }

    /** The shown offset of the line at the top of {@code area}; empty without text. */
    static OptionalInt atTop(StyleClassedTextArea area) {
        return area.getParagraphs().isEmpty() || area.getLength() == 0 ? OptionalInt.empty()
                : OptionalInt.of(area.hit(1, BELOW_TOP).getInsertionIndex());
    }

    /**
     * Scrolls {@code area} so that the line of shown offset {@code at} is at its top: by pixels for a line
     * inside its paragraph on screen, else its paragraph to the top (exact for a paragraph's first line).
     *
     * @return whether the line was on screen: placed by lines, not only by paragraphs
     */
    static boolean toTop(StyleClassedTextArea area, int at) {
        int paragraph = area.offsetToPosition(at, TwoDimensional.Bias.Forward).getMajor();
        int first = area.getAbsolutePosition(paragraph, 0);
        Bounds view = area.localToScreen(area.getBoundsInLocal());
        Optional<Bounds> line = view == null || at >= area.getLength() ? Optional.empty() : area.getCharacterBoundsOnScreen(at, at + 1);
        Optional<Bounds> firstLine = line.isEmpty() ? Optional.empty() : area.getCharacterBoundsOnScreen(first, first + 1);
        if (line.isPresent() && (firstLine.isEmpty() || line.get().getMinY() > firstLine.get().getMinY())) {
            area.scrollYBy(line.get().getMinY() - view.getMinY());
        } else {
            area.showParagraphAtTop(paragraph);
        }
        return line.isPresent();
    }
}
