package org.reportlens.session;

import java.util.List;
import org.reportlens.core.analysis.TextMark;

/**
 * What is marked in one column: the marks (for the overview ruler and F8) and the style runs they
 * make (for the text), both worked out in the background.
 *
 * @param marks every mark on the report's original text
 * @param runs  the runs covering the whole text
 */
public record ColumnMarks(List<TextMark> marks, List<StyleRun> runs) {
    public ColumnMarks {
        marks = List.copyOf(marks);
        runs = List.copyOf(runs);
    }

    static ColumnMarks of(List<TextMark> marks, int length) {
        return new ColumnMarks(marks, StyleRun.of(marks, length));
    }
}
