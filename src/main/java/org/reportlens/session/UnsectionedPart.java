package org.reportlens.session;

import java.util.List;
import java.util.Optional;
import org.reportlens.core.analysis.AlignedSections;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;

/**
 * The other year's part that holds a section's topic without sections: the section's own part is paired
 * with it, and it is written as prose (北京 2023's 过去五年工作回顾 beside 2022's six review sections). The
 * section has no partner there, but nothing says it was dropped or is new: it cannot be compared section
 * by section. In the 50 pairs of corpus-dev's governments two years apart or less, 124 of the 304 sections
 * left without partner or "also in" stand so.
 *
 * @param report the year whose part has no sections
 * @param part   that part, partner of the section's part
 */
public record UnsectionedPart(Report report, OutlineNode part) {

    /**
     * The part of report {@code other} paired with the part of the row's section of report {@code own}, if
     * it has no sections; empty for a row whose section of {@code own} is a part, or whose part's partner
     * there has sections or is missing.
     */
    static Optional<UnsectionedPart> of(AlignedSections sections, List<AlignmentRow> rows, AlignmentRow row,
                                        int own, int other) {
        OutlineNode section = sections.node(row, own);
        if (section == null || section.level() != 2 || other < 0 || other >= sections.reports().size()) {
            return Optional.empty();
        }
        OutlineNode ownPart = sections.partOf(own, section);
        if (ownPart == null || ownPart == section) { // a (一) section before any part is level 2 and has none
            return Optional.empty();
        }
        return rows.stream().filter(r -> ownPart.id().equals(r.sections().get(own)))
                .map(r -> sections.node(r, other))
                .filter(part -> part != null && SectionLink.withoutSections(part))
                .findFirst().map(part -> new UnsectionedPart(sections.reports().get(other), part));
    }
}
