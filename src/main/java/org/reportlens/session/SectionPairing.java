package org.reportlens.session;

import java.util.Optional;
import org.reportlens.core.analysis.AlignedSections;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.core.compare.SectionRef;
import org.reportlens.core.outline.OutlineNode;

/**
 * What the alignment pane's Link and Unlink mean, from the rows the user selected. Link takes two
 * rows — typically a section shown as dropped and one shown as new, or two wrong pairs — and pins
 * the earlier report's section of one row to the later report's section of the other. Unlink takes
 * one row holding sections of two reports and forbids that pair, so the aligner decides again.
 */
public final class SectionPairing {
    private SectionPairing() {
    }

    /**
     * The pin of the earliest section of one row to the latest section (of a later report) of the
     * other: {@code first}'s earlier section with {@code second}'s later one if both exist, else the
     * other way round; empty when neither way gives two sections of two reports.
     */
    public static Optional<SectionLink> link(AlignedSections sections, AlignmentRow first, AlignmentRow second) {
        if (first == null || second == null || first == second) {
            return Optional.empty();
        }
        Optional<SectionLink> link = link(sections, first, second, true);
        return link.isPresent() ? link : link(sections, second, first, true);
    }

    /** The row's pair forbidden: its earliest and latest sections; empty when it holds sections of fewer than two reports. */
    public static Optional<SectionLink> unlink(AlignedSections sections, AlignmentRow row) {
        return row == null ? Optional.empty() : link(sections, row, row, false);
    }

    private static Optional<SectionLink> link(AlignedSections sections, AlignmentRow older, AlignmentRow newer, boolean linked) {
        int from = -1;
        for (int i = 0; i < sections.reports().size() && from < 0; i++) {
            if (sections.node(older, i) != null) {
                from = i;
            }
        }
        for (int j = sections.reports().size() - 1; from >= 0 && j > from; j--) {
            OutlineNode later = sections.node(newer, j);
            if (later != null) {
                OutlineNode earlier = sections.node(older, from);
                return Optional.of(new SectionLink(SectionRef.of(sections.reports().get(from), earlier),
                        SectionRef.of(sections.reports().get(j), later), linked));
            }
        }
        return Optional.empty();
    }
}
