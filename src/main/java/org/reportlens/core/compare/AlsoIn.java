package org.reportlens.core.compare;

import java.util.List;
import java.util.Objects;
import org.reportlens.core.outline.OutlineNode;
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
 * @param shareHere  0–1, the share of this section's text (after its heading; a part's with its sections')
 *                   that {@code here} makes up: what went from it, as a reader of this section counts
 * @param shareThere 0–1, the same of the other section and {@code there}
 */
public record AlsoIn(int from, int report, String section, double share, List<Span> here, List<Span> there,
                     double confidence, double shareHere, double shareThere) {
    public AlsoIn {
        Objects.requireNonNull(section, "section must not be null");
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share must be within 0–1: " + share);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0–1: " + confidence);
        }
        if (shareHere < 0 || shareHere > 1 || shareThere < 0 || shareThere > 1) {
            throw new IllegalArgumentException("shares must be within 0–1: " + shareHere + ", " + shareThere);
        }
        here = List.copyOf(here);
        there = List.copyOf(there);
    }

    /**
     * The share of a section's text after its heading — a part's with its sections' — that the paragraphs make
     * up (the parts of them inside it), at most 1.
     */
    public static double shareOf(List<Span> paragraphs, OutlineNode section) {
        long whole = Math.max(1, section.end() - section.headingEnd());
        long went = paragraphs.stream()
                .mapToLong(s -> Math.min(s.end(), section.end()) - Math.max(s.start(), section.headingEnd()))
                .filter(n -> n > 0).sum();
        return Math.min(1, (double) went / whole);
    }
}
