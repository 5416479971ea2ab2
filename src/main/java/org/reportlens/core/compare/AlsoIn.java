package org.reportlens.core.compare;

import java.util.List;
import java.util.Objects;
import org.reportlens.core.text.Span;

/**
 * Part of a row's section continues in a section of another row: the other year split it, or merged
 * it with another. Spans are {@code [start, end)} in the original text of their report.
 *
 * @param from    index into the row's sections: the section that continues elsewhere
 * @param report  index, in the order the reports were given, of the report holding the other section
 * @param section outline node id of the other section (which belongs to another row)
 * @param share   0–1, the larger of the shares of this section and of that one made up by the paragraphs
 *                listed in {@code here} and {@code there}
 * @param here    the paragraphs of this section that went there (in report {@code from}'s text)
 * @param there   the paragraphs of the other section that came from here (in report {@code report}'s text)
 * @param confidence 0–1, the estimated chance that the link is right (calibrated on hand-annotated reports)
 */
public record AlsoIn(int from, int report, String section, double share, List<Span> here, List<Span> there,
                     double confidence) {
    public AlsoIn {
        Objects.requireNonNull(section, "section must not be null");
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share must be within 0–1: " + share);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0–1: " + confidence);
        }
        here = List.copyOf(here);
        there = List.copyOf(there);
    }
}
