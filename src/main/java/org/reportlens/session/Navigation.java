package org.reportlens.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.MarkKind;
import org.reportlens.core.analysis.TextMark;
import org.reportlens.core.compare.Change;
import org.reportlens.core.compare.ChangeEnd;
import org.reportlens.core.compare.ChangeKind;
import org.reportlens.core.compare.PairComparison;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.Span;

/**
 * The order in which next / previous change (F7, Shift+F7) and next duplicate (F8) walk a column.
 * Each change is a stop with a place in every shown column — its own side in the columns of its two
 * reports, none in the others — and a column walks the stops it has a place in, in the order of
 * those places.
 */
public final class Navigation {
    public static final Navigation NONE = new Navigation(List.of(), List.of());

    /**
     * A change to stop at.
     *
     * @param kind   inserted, deleted, changed, moved
     * @param places per shown column, its side of the change there; null in a column that is neither of
     *               its reports. The side with no text (the old side of an insert) is empty, where the
     *               text would be.
     */
    public record Stop(ChangeKind kind, List<Span> places) {
        public Stop {
            Objects.requireNonNull(kind, "kind must not be null");
            places = Collections.unmodifiableList(new ArrayList<>(places));
        }

        /** Its place in column {@code c}, or null. */
        public Span place(int c) {
            return c >= 0 && c < places.size() ? places.get(c) : null;
        }
    }

    /**
     * Where a step of F7 lands.
     *
     * @param stop   the change
     * @param number its number in the column's order, from 1
     * @param total  how many changes the column has
     */
    public record Jump(Stop stop, int number, int total) {
    }

    private final List<List<Stop>> changes;
    private final List<List<Span>> duplicates;

    private Navigation(List<List<Stop>> changes, List<List<Span>> duplicates) {
        this.changes = changes;
        this.duplicates = duplicates;
    }

    static Navigation of(List<Report> columns, Analysis analysis, List<List<TextMark>> marks) {
        List<Stop> stops = new ArrayList<>();
        for (PairComparison pair : analysis.comparison().pairs()) {
            for (Change c : pair.changes()) {
                if (c.a().end() == c.a().start() && c.b().end() == c.b().start()) {
                    continue; // nothing to show on either side
                }
                List<Span> places = new ArrayList<>(Collections.nCopies(columns.size(), (Span) null));
                place(places, columns, c.a());
                place(places, columns, c.b());
                stops.add(new Stop(c.kind(), places));
            }
        }
        List<List<Stop>> byColumn = new ArrayList<>();
        List<List<Span>> dups = new ArrayList<>();
        for (int col = 0; col < columns.size(); col++) {
            int c = col;
            byColumn.add(stops.stream().filter(s -> s.place(c) != null)
                    .sorted(Comparator.comparingInt(s -> s.place(c).start())).toList());
            dups.add(marks.get(col).stream().filter(m -> m.kind() == MarkKind.DUPLICATE)
                    .sorted(Comparator.comparingInt(TextMark::start)).map(m -> new Span(m.start(), m.end())).toList());
        }
        return new Navigation(byColumn, dups);
    }

    private static void place(List<Span> places, List<Report> columns, ChangeEnd end) {
        for (int col = 0; col < columns.size(); col++) {
            if (columns.get(col).id().equals(end.report())) {
                places.set(col, new Span(end.start(), end.end()));
            }
        }
    }

    /** The stops of column {@code c}, in its order. */
    public List<Stop> changes(int c) {
        return c >= 0 && c < changes.size() ? changes.get(c) : List.of();
    }

    /**
     * The next change in column {@code c} that starts after {@code from} (forward), or the last one
     * that starts before it (backward); empty at the end.
     */
    public Optional<Jump> change(int c, int from, boolean forward) {
        List<Stop> stops = changes(c);
        int found = -1;
        for (int i = 0; i < stops.size(); i++) {
            int start = stops.get(i).place(c).start();
            if (forward ? start > from : start < from) {
                found = i;
                if (forward) {
                    break;
                }
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(new Jump(stops.get(found), found + 1, stops.size()));
    }

    /** The first duplicated passage of column {@code c} starting at or after {@code from}, else its first; empty if it has none. */
    public Optional<Span> duplicate(int c, int from) {
        List<Span> spans = c >= 0 && c < duplicates.size() ? duplicates.get(c) : List.of();
        return spans.stream().filter(s -> s.start() >= from).findFirst().or(() -> spans.stream().findFirst());
    }
}
