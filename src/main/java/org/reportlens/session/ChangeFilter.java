package org.reportlens.session;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.reportlens.core.compare.UnitKind;
import org.reportlens.core.outline.OutlineNode;

/**
 * Which changes the changes pane lists and F7 walks.
 *
 * @param kinds        the kinds shown (never {@code same})
 * @param section      the one section shown; null for all
 * @param hideReviewed whether changes marked reviewed are left out
 */
public record ChangeFilter(Set<UnitKind> kinds, OutlineNode section, boolean hideReviewed) {
    /** Every change. */
    /** The kinds of change, in their order: every kind but unchanged text. */
    public static final List<UnitKind> KINDS = List.copyOf(EnumSet.complementOf(EnumSet.of(UnitKind.SAME)));
    public static final ChangeFilter ALL = new ChangeFilter(EnumSet.copyOf(KINDS), null, false);

    public ChangeFilter {
        Objects.requireNonNull(kinds, "kinds must not be null");
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    public boolean accepts(ChangeEntry entry, boolean reviewed) {
        return kinds.contains(entry.kind()) && (section == null || section.equals(entry.section()))
                && !(hideReviewed && reviewed);
    }

    /** This filter with {@code kind} shown or not. */
    public ChangeFilter withKind(UnitKind kind, boolean shown) {
        Set<UnitKind> changed = EnumSet.noneOf(UnitKind.class);
        changed.addAll(kinds);
        if (shown) {
            changed.add(kind);
        } else {
            changed.remove(kind);
        }
        return new ChangeFilter(changed, section, hideReviewed);
    }

    public ChangeFilter withSection(OutlineNode shownSection) {
        return new ChangeFilter(kinds, shownSection, hideReviewed);
    }

    public ChangeFilter withHideReviewed(boolean hide) {
        return new ChangeFilter(kinds, section, hide);
    }
}
