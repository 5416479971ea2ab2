package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;

/**
 * The user's corrections of an alignment, in the order they were made: a later correction of the same
 * two sections replaces an earlier one. Pinned pairs ({@link SectionLink#linked()}) become rows; every
 * other section is aligned around them. A correction naming a report that is not being compared is
 * kept but has no effect, so that corrections survive choosing other columns.
 */
public record SectionLinks(List<SectionLink> links) {
    public static final SectionLinks NONE = new SectionLinks(List.of());

    public SectionLinks {
        links = List.copyOf(links);
    }

    /** These corrections and {@code link}, which replaces any earlier correction of the same two sections. */
    public SectionLinks with(SectionLink link) {
        List<SectionLink> out = new ArrayList<>();
        for (SectionLink l : links) {
            if (!l.samePair(link)) {
                out.add(l);
            }
        }
        out.add(link);
        return new SectionLinks(out);
    }

    /**
     * These corrections after the user's {@code correction} in the viewer: one that undoes a correction of the
     * same two sections (Unlink on a pair the user linked, Link on a pair the user forbade) takes it back, so
     * the aligner decides again — a second click, if the aligner's choice is still not wanted, makes the
     * correction; any other is added as {@link #with} adds it.
     */
    public SectionLinks corrected(SectionLink correction) {
        boolean undoes = links.stream().anyMatch(l -> l.samePair(correction) && l.linked() != correction.linked());
        return undoes ? without(correction) : with(correction);
    }

    /** These corrections without any about the two sections of {@code link}: the aligner decides again. */
    public SectionLinks without(SectionLink link) {
        return new SectionLinks(links.stream().filter(l -> !l.samePair(link)).toList());
    }

    public boolean isEmpty() {
        return links.isEmpty();
    }

    /**
     * What is wrong with these corrections for {@code reports}: a section that cannot be found any more,
     * or a section pinned to two partners in one report. One message per problem; empty when all apply.
     */
    public List<String> problems(List<Report> reports) {
        List<String> problems = new ArrayList<>();
        List<SectionLink> pins = new ArrayList<>();
        for (SectionLink l : links) {
            Report ra = report(reports, l.a());
            Report rb = report(reports, l.b());
            if (ra == null || rb == null) {
                continue;
            }
            if (l.a().find(ra) == null || l.b().find(rb) == null) {
                problems.add("the correction " + describe(l) + " names a section that is no longer there; it is ignored");
            } else if (l.linked() && !SectionLink.pairable(l.a().find(ra), l.b().find(rb))) {
                boolean byLeads = sectionedByLeads(l.a().find(ra)) || sectionedByLeads(l.b().find(rb));
                problems.add("the link " + describe(l) + (byLeads
                        ? " joins a part whose topic leads are read as its sections to a section; link one of those "
                        + "sections instead; the link is kept and ignored"
                        : " joins a part that has sections to a section, or an item; it is ignored"));
            } else if (l.linked()) {
                for (SectionLink p : pins) {
                    if (sameSection(p.a(), l.a()) && SectionRef.samePath(p.b().file(), l.b().file())
                            || sameSection(p.b(), l.b()) && SectionRef.samePath(p.a().file(), l.a().file())
                            || sameSection(p.a(), l.b()) && SectionRef.samePath(p.b().file(), l.a().file())
                            || sameSection(p.b(), l.a()) && SectionRef.samePath(p.a().file(), l.b().file())) {
                        problems.add("the link " + describe(l) + " pins a section already linked by " + describe(p)
                                + "; the later one wins");
                    }
                }
                pins.add(l);
            }
        }
        return problems;
    }

    /**
     * A part whose sections are its topic leads (none numbered): a link made to it when it was read as a
     * whole, before such leads were sections, names it still.
     */
    private static boolean sectionedByLeads(OutlineNode node) {
        return node.level() == 1 && !SectionLink.withoutSections(node)
                && node.children().stream().filter(SectionLink::aligned).allMatch(c -> c.number() == null);
    }

    private static boolean sameSection(SectionRef x, SectionRef y) {
        return x.section().equals(y.section()) && SectionRef.samePath(x.file(), y.file());
    }

    static Report report(List<Report> reports, SectionRef ref) {
        for (Report r : reports) {
            if (ref.isIn(r)) {
                return r;
            }
        }
        return null;
    }

    private static String describe(SectionLink l) {
        return l.a() + (l.linked() ? " = " : " ≠ ") + l.b();
    }
}
