package org.reportlens.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.reportlens.core.text.Span;

/**
 * Find in the columns: the next (or previous) place of a text in the column the user is in, going
 * round at the end, and in each other column the place of the text nearest to the level place, so
 * that a find keeps the columns level.
 */
public final class Find {
    private Find() {
    }

    /**
     * A step of find.
     *
     * @param column the column the user is in
     * @param number which place of the text there the step found, from 1
     * @param select per column the place to select: the one found in {@code column}, the nearest to
     *               the level place in the others; null in a column without the text
     * @param counts per column how many places of the text it has
     */
    public record Found(int column, int number, List<Span> select, List<Integer> counts) {
        public Found {
            select = java.util.Collections.unmodifiableList(new ArrayList<>(select));
            counts = List.copyOf(counts);
        }

        /** The place found in the user's column. */
        public Span found() {
            return select.get(column);
        }

        public int total() {
            return counts.get(column);
        }
    }

    /** Every place of {@code wanted} in {@code text}, in order; overlapping places each count. */
    public static List<Span> all(String wanted, String text) {
        List<Span> out = new ArrayList<>();
        if (wanted == null || wanted.isEmpty()) {
            return out;
        }
        for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
            out.add(new Span(at, at + wanted.length()));
        }
        return out;
    }

    /**
     * The first place of {@code wanted} in {@code text} at or after {@code from}, else the first one
     * before it; empty when there is none, or nothing is wanted.
     */
    public static Optional<Span> next(String wanted, String text, int from) {
        List<Span> places = all(wanted, text);
        return places.stream().filter(s -> s.start() >= from).findFirst().or(() -> places.stream().findFirst());
    }

    /** The last place of {@code wanted} starting before {@code before}, else the last one; empty when there is none. */
    public static Optional<Span> previous(String wanted, String text, int before) {
        List<Span> places = all(wanted, text);
        Optional<Span> earlier = places.stream().filter(s -> s.start() < before).reduce((x, y) -> y);
        return earlier.or(() -> places.isEmpty() ? Optional.empty() : Optional.of(places.get(places.size() - 1)));
    }

    /** Where a search forward starts: just after the start of a selection (so that it moves on), else at the caret. */
    public static int from(int selectionStart, int selectionLength, int caret) {
        return selectionLength > 0 ? selectionStart + 1 : caret;
    }

    /**
     * One step of find in the columns' {@code texts}, from the user's place in {@code column}
     * (selection start and length, caret); empty when that column has no place of the text.
     */
    public static Optional<Found> step(String wanted, List<String> texts, int column, int selectionStart,
                                       int selectionLength, int caret, boolean forward, ScrollMap map) {
        List<Span> here = all(wanted, texts.get(column));
        Optional<Span> found = forward ? next(wanted, texts.get(column), from(selectionStart, selectionLength, caret))
                : previous(wanted, texts.get(column), selectionLength > 0 ? selectionStart : caret);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Span> select = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int j = 0; j < texts.size(); j++) {
            List<Span> places = j == column ? here : all(wanted, texts.get(j));
            counts.add(places.size());
            if (j == column) {
                select.add(found.get());
            } else {
                OptionalInt level = map.level(column, found.get().start(), j);
                select.add(nearest(places, level.isPresent() ? level.getAsInt() : found.get().start()));
            }
        }
        return Optional.of(new Found(column, here.indexOf(found.get()) + 1, select, counts));
    }

    private static Span nearest(List<Span> places, int offset) {
        Span best = null;
        for (Span s : places) {
            if (best == null || Math.abs(s.start() - offset) < Math.abs(best.start() - offset)) {
                best = s;
            }
        }
        return best;
    }
}
