package org.reportlens.core.compare;

import java.util.Objects;
import org.reportlens.core.outline.OutlineNode;

/**
 * A user's correction of the alignment: sections {@code a} and {@code b} of two reports are partners
 * ({@code linked}: the aligner puts them in one row and aligns everything else around them) or are
 * not ({@code linked} false: the aligner never pairs them, neither as partners nor as "also in").
 * Order does not matter: a link of (a, b) is the link of (b, a).
 */
public record SectionLink(SectionRef a, SectionRef b, boolean linked) {
    public SectionLink {
        Objects.requireNonNull(a, "a must not be null");
        Objects.requireNonNull(b, "b must not be null");
        if (SectionRef.samePath(a.file(), b.file())) {
            throw new IllegalArgumentException("a link joins sections of two reports, not of one: " + a.file());
        }
    }

    /**
     * Whether the aligner can make two outline nodes partners: parts or sections (not items or topic leads),
     * a part with a part and a section with a section, or either with a part that has no sections of its own
     * — as it pairs them itself ({@code SectionAligner.levelsMeet}, the same rule on its units). A link of
     * other nodes is not made ({@link SectionLinks#problems} says so).
     */
    public static boolean pairable(OutlineNode x, OutlineNode y) {
        return aligned(x) && aligned(y) && (x.level() == y.level() || withoutSections(x) || withoutSections(y));
    }

    /** A part or a section that is not a topic lead: what the aligner lines up. */
    public static boolean aligned(OutlineNode node) {
        return node.level() <= 2 && !node.lead();
    }

    /** A part that has no sections of its own: it may pair with a section (a part written as prose). */
    public static boolean withoutSections(OutlineNode node) {
        return node.level() == 1 && node.children().stream().noneMatch(SectionLink::aligned);
    }

    /** Whether this link is about the same two sections as {@code other}, in either order. */
    public boolean samePair(SectionLink other) {
        return same(a, other.a) && same(b, other.b) || same(a, other.b) && same(b, other.a);
    }

    private static boolean same(SectionRef x, SectionRef y) {
        return x.section().equals(y.section()) && SectionRef.samePath(x.file(), y.file());
    }
}
