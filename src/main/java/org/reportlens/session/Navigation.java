package org.reportlens.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.reportlens.core.analysis.MarkKind;
import org.reportlens.core.analysis.TextMark;
import org.reportlens.core.text.Span;

/**
 * The order in which next / previous change (F7, Shift+F7) and next duplicate (F8) walk a column.
 * The stops of F7 are the entries of the changes pane ({@link ChangeList}): units, not the words
 * inside them. Each has a place in the columns of its two reports and none in the others; a
 * column walks the stops it has a place in, in the order of those places.
 */
public final class Navigation {
    public static final Navigation NONE = new Navigation(List.of(), List.of());

    /**
     * Where a step of F7 lands.
     *
     * @param stop   the change
     * @param number its number among the stops the column walks, from 1
     * @param total  how many stops the column walks
     */
    public record Jump(ChangeEntry stop, int number, int total) {
    }

    private final List<List<ChangeEntry>> changes;
    private final List<List<Span>> duplicates;

    private Navigation(List<List<ChangeEntry>> changes, List<List<Span>> duplicates) {
        this.changes = changes;
        this.duplicates = duplicates;
    }

    static Navigation of(List<ChangeEntry> entries, List<List<TextMark>> marks) {
        List<List<ChangeEntry>> byColumn = new ArrayList<>();
        List<List<Span>> dups = new ArrayList<>();
        for (int col = 0; col < marks.size(); col++) {
            int c = col;
            byColumn.add(entries.stream().filter(s -> s.place(c) != null)
                    .sorted(Comparator.comparingInt((ChangeEntry s) -> s.place(c).start()).thenComparingInt(ChangeEntry::number))
                    .toList());
            dups.add(marks.get(col).stream().filter(m -> m.kind() == MarkKind.DUPLICATE)
                    .sorted(Comparator.comparingInt(TextMark::start)).map(m -> new Span(m.start(), m.end())).toList());
        }
        return new Navigation(byColumn, dups);
    }

    /** The stops of column {@code c}, in its order. */
    public List<ChangeEntry> changes(int c) {
        return c >= 0 && c < changes.size() ? changes.get(c) : List.of();
    }

    /**
     * The next stop in column {@code c} that starts after {@code from} (forward), or the last one
     * that starts before it (backward), among those {@code walked}; empty at the end. A stop at
     * {@code from} itself is where the user is: it is the next one only when the user's place is
     * given as {@code current}.
     */
    public Optional<Jump> change(int c, int from, boolean forward, Predicate<ChangeEntry> walked, ChangeEntry current) {
        List<ChangeEntry> stops = changes(c).stream().filter(walked).toList();
        int here = current == null ? -1 : stops.indexOf(current);
        int found = -1;
        if (here >= 0) {
            found = forward ? here + 1 : here - 1;
        } else {
            for (int i = 0; i < stops.size(); i++) {
                int start = stops.get(i).place(c).start();
                if (forward ? start > from : start < from) {
                    found = i;
                    if (forward) {
                        break;
                    }
                }
            }
        }
        return found < 0 || found >= stops.size() ? Optional.empty()
                : Optional.of(new Jump(stops.get(found), found + 1, stops.size()));
    }

    /** As {@link #change(int, int, boolean, Predicate, ChangeEntry)}, walking every stop from a place. */
    public Optional<Jump> change(int c, int from, boolean forward) {
        return change(c, from, forward, e -> true, null);
    }

    /** The first duplicated passage of column {@code c} starting at or after {@code from}, else its first; empty if it has none. */
    public Optional<Span> duplicate(int c, int from) {
        List<Span> spans = c >= 0 && c < duplicates.size() ? duplicates.get(c) : List.of();
        return spans.stream().filter(s -> s.start() >= from).findFirst().or(() -> spans.stream().findFirst());
    }

    /** The last duplicated passage of column {@code c} starting before {@code before}, else its last (Shift+F8); empty if it has none. */
    public Optional<Span> previousDuplicate(int c, int before) {
        List<Span> spans = c >= 0 && c < duplicates.size() ? duplicates.get(c) : List.of();
        return spans.stream().filter(s -> s.start() < before).reduce((x, y) -> y)
                .or(() -> spans.isEmpty() ? Optional.empty() : Optional.of(spans.get(spans.size() - 1)));
    }
}
