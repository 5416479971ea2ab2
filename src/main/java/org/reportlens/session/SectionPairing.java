package org.reportlens.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportlens.core.analysis.AlignedSections;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.core.compare.SectionRef;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;

/**
 * What the alignment pane's Link and Unlink mean, from the rows the user selected. Link takes two
 * rows — typically a section shown as dropped and one shown as new, or two wrong pairs — and pins a
 * section of one row to the nearest later section of the other, so the two rows join. Unlink takes
 * one row and forbids one of its pairs of neighbouring years, so the aligner decides again; a row of
 * three or more years holds several, and the user chooses which ({@link #unlinks}).
 */
public final class SectionPairing {
    private SectionPairing() {
    }

    /** A pair of neighbouring years of a row that Unlink may part: the two reports and the correction. */
    public record Unlink(Report older, Report newer, SectionLink link) {
    }

    /** Two sections, one of each row, that Link may pair: their reports and nodes, and the correction. */
    public record Link(Report older, OutlineNode olderSection, Report newer, OutlineNode newerSection,
                       SectionLink link) {
    }

    /**
     * What Link may pair of two rows: each pair of neighbouring years where one row has the earlier section and
     * the other the later — one for a dropped and a new section a year apart; four for two rows of three years
     * each, which would break pairs the program made, so the user chooses — else the one {@link #link} makes
     * across a gap of years; empty when none can be made.
     */
    public static List<Link> links(AlignedSections sections, AlignmentRow first, AlignmentRow second) {
        List<Link> out = new ArrayList<>();
        if (first == null || second == null || first == second) {
            return out;
        }
        for (int i = 0; i + 1 < sections.reports().size(); i++) {
            for (AlignmentRow[] way : new AlignmentRow[][] {{first, second}, {second, first}}) {
                OutlineNode older = sections.node(way[0], i);
                OutlineNode newer = sections.node(way[1], i + 1);
                if (older != null && newer != null && SectionLink.pairable(older, newer)) {
                    out.add(choice(sections, i, older, i + 1, newer));
                }
            }
        }
        if (out.isEmpty()) {
            nearest(sections, first, second).or(() -> nearest(sections, second, first)).ifPresent(out::add);
        }
        return out;
    }

    private static Link choice(AlignedSections sections, int i, OutlineNode older, int j, OutlineNode newer) {
        Report a = sections.reports().get(i);
        Report b = sections.reports().get(j);
        return new Link(a, older, b, newer, new SectionLink(SectionRef.of(a, older), SectionRef.of(b, newer), true));
    }

    /**
     * The pin that joins two rows: a section of one to the later section of the other nearest to it in time
     * (in two years, {@code first}'s earlier section with {@code second}'s later one if both exist, else the
     * other way round); empty when neither way gives two sections of two reports.
     */
    public static Optional<SectionLink> link(AlignedSections sections, AlignmentRow first, AlignmentRow second) {
        if (first == null || second == null || first == second) {
            return Optional.empty();
        }
        return nearest(sections, first, second).or(() -> nearest(sections, second, first)).map(Link::link);
    }

    /** The pairs of neighbouring years of the row (sections of two reports, none between), oldest first. */
    public static List<Unlink> unlinks(AlignedSections sections, AlignmentRow row) {
        List<Unlink> out = new ArrayList<>();
        if (row == null) {
            return out;
        }
        int previous = -1;
        for (int i = 0; i < sections.reports().size(); i++) {
            if (sections.node(row, i) != null) {
                if (previous >= 0) {
                    out.add(new Unlink(sections.reports().get(previous), sections.reports().get(i),
                            forbidden(sections, row, previous, i)));
                }
                previous = i;
            }
        }
        return out;
    }

    /**
     * The earliest section of {@code newer} that has a section of {@code older} before it, pinned to the
     * latest such section of {@code older}: the two rows' nearest years.
     */
    private static Optional<Link> nearest(AlignedSections sections, AlignmentRow older, AlignmentRow newer) {
        for (int j = 0; j < sections.reports().size(); j++) {
            if (sections.node(newer, j) == null) {
                continue;
            }
            for (int i = j - 1; i >= 0; i--) {
                if (sections.node(older, i) != null) {
                    // as the aligner would pair them: not a part that has sections with a section
                    OutlineNode earlier = sections.node(older, i);
                    OutlineNode later = sections.node(newer, j);
                    return SectionLink.pairable(earlier, later) ? Optional.of(choice(sections, i, earlier, j, later))
                            : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The row's sections of reports {@code i} and {@code j} forbidden as a pair. */
    private static SectionLink forbidden(AlignedSections sections, AlignmentRow row, int i, int j) {
        return new SectionLink(SectionRef.of(sections.reports().get(i), sections.node(row, i)),
                SectionRef.of(sections.reports().get(j), sections.node(row, j)), false);
    }
}
