package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.Span;

/**
 * The unit of two paired sentences (or runs of sentences joined): their changes at the chosen
 * granularity, each flagged routine when all it does is move a year (or a congress session) on by
 * the years between the reports ({@link RoutineYears}). Only routine changes make a
 * {@link UnitKind#ROUTINE} unit; none at all, a {@link UnitKind#SAME} one.
 *
 * <p>Whether a pair is an edit at all is decided by words, whatever the granularity shown, so that
 * the units are the same at every granularity: a pair that keeps less than {@link #EDIT_KEPT} of its
 * characters outside changes that are not routine is no edit ({@link #unit} gives null) and is shown
 * as dropped and new.
 */
final class SentenceEdit {
    /**
     * The least share of both sentences' characters outside (non-routine) word changes for a pair to
     * be an edit. Measured on the 534 sentence pairs the pairing makes in 13 consecutive-year pairs of
     * corpus-dev (docs/comparison.md): below it, nearly all are rewritten sentences whose few shared
     * words (发展, 城市副中心) anchor nothing; from it up to a half are many of the most useful edits,
     * lists of targets whose every changed figure shows (地区生产总值增长[8→6]%左右, …).
     */
    static final double EDIT_KEPT = 0.3;

    private final Report reportA;
    private final Report reportB;
    private final CompareOptions options;
    private final PairBudget budget;
    private final Cancellation cancellation;

    SentenceEdit(Report reportA, Report reportB, CompareOptions options, PairBudget budget, Cancellation cancellation) {
        this.reportA = reportA;
        this.reportB = reportB;
        this.options = options;
        this.budget = budget;
        this.cancellation = cancellation;
    }

    /**
     * The unit of {@code sa} paired with {@code sb}: edited, routine or same; moved when {@code moved}.
     * Null when the two are too unlike to be an edit (never for a move, whose likeness the move
     * finder has settled).
     */
    DiffUnit unit(DiffSentence sa, DiffSentence sb, boolean moved) {
        ChangeEnd a = end(reportA, sa.span());
        ChangeEnd b = end(reportB, sb.span());
        if (!moved && sa.key().equals(sb.key())) {
            return new DiffUnit(UnitKind.SAME, a, b, 1, List.of());
        }
        Reading words = read(sa, sb, false, Granularity.WORD);
        if (words != null && !sa.shifted().ranges().isEmpty()) {
            // a year the tokens do not set apart ("二〇二四年一月十六日" → "二〇二五年一月二十日") shows only
            // when the older side is read with its years moved on; a year that stays (较2020年), only when not
            Reading shifted = read(sa, sb, true, Granularity.WORD);
            if (shifted != null && shifted.realChange() < words.realChange()) {
                words = shifted;
            }
        }
        if (words == null) {
            budget.fellBack(Fallback.REFINEMENT);
            return new DiffUnit(moved ? UnitKind.MOVED : UnitKind.EDITED, a, b, Math.min(1, sa.dice(sb)),
                    List.of(new Change(ChangeKind.REPLACE, a, b, true)));
        }
        double kept = 1 - (double) words.realChange() / (sa.key().length() + sb.key().length());
        if (!moved && kept < EDIT_KEPT) {
            return null;
        }
        List<Change> changes = switch (options.granularity()) {
            case WORD -> words.changes();
            case CHARACTER -> {
                Reading characters = read(sa, sb, words.shifted(), Granularity.CHARACTER);
                if (characters == null) {
                    budget.fellBack(Fallback.REFINEMENT);
                }
                yield characters != null ? characters.changes()
                        : List.of(new Change(ChangeKind.REPLACE, a, b, true, words.realChange() == 0));
            }
            case SENTENCE -> words.changes().isEmpty() ? List.of()
                    : List.of(new Change(ChangeKind.REPLACE, a, b, false, words.realChange() == 0));
        };
        UnitKind kind = moved ? UnitKind.MOVED
                : changes.isEmpty() ? UnitKind.SAME : words.realChange() == 0 ? UnitKind.ROUTINE : UnitKind.EDITED;
        return new DiffUnit(kind, a, b, kind == UnitKind.SAME ? 1 : kept, changes);
    }

    /**
     * The changes of a pair read one way, and how many characters (both sides) its changes that are
     * not routine cover.
     *
     * @param shifted whether the older side was read with its years moved on
     */
    private record Reading(boolean shifted, List<Change> changes, int realChange) {
    }

    /**
     * The pair's changes by words or characters: key against key, each piece routine when it only
     * moves years on ({@link #routine}); or, {@code shifted}, the older key with its years moved on
     * against the newer key, each year that then matches a routine change. Null over budget.
     */
    private Reading read(DiffSentence sa, DiffSentence sb, boolean shifted, Granularity granularity) {
        String keyA = shifted ? sa.shifted().key() : sa.key();
        List<SentenceRefiner.Piece> pieces = granularity == Granularity.WORD
                ? SentenceRefiner.byWords(keyA, sb.key(), options, budget.refineSteps, cancellation)
                : SentenceRefiner.byCharacters(keyA, sb.key(), options, budget.refineSteps, cancellation);
        if (pieces == null) {
            return null;
        }
        List<Change> changes = new ArrayList<>();
        int realChange = 0;
        for (SentenceRefiner.Piece p : pieces) {
            boolean routine = !shifted && routine(p, sa, sb);
            if (!routine) {
                realChange += p.aTo() - p.aFrom() + p.bTo() - p.bFrom();
            }
            changes.add(change(p.kind(), sa, p.aFrom(), p.aTo(), sb, p.bFrom(), p.bTo(), routine));
        }
        if (shifted) {
            changes.addAll(movedYears(sa, sb, pieces, granularity));
        }
        changes.sort(Comparator.comparingInt((Change c) -> c.a().start()).thenComparingInt(c -> c.b().start()));
        return new Reading(shifted, changes, realChange);
    }

    /**
     * The years of {@code sa} that, moved on, match {@code sb} outside {@code pieces} (found between
     * the moved-on key and {@code sb}'s): the equal stretches between pieces keep key offsets apart by
     * a constant, which places each year in {@code sb}. By characters only the digits that differ.
     */
    private List<Change> movedYears(DiffSentence sa, DiffSentence sb, List<SentenceRefiner.Piece> pieces,
                                    Granularity granularity) {
        List<Change> out = new ArrayList<>();
        for (int[] range : sa.shifted().ranges()) {
            int offset = 0;
            boolean touched = false;
            for (SentenceRefiner.Piece p : pieces) { // in key order
                if (p.aTo() <= range[0]) {
                    offset = p.bTo() - p.aTo();
                } else if (p.aFrom() < range[1]) {
                    touched = true; // part of a change, which shows it
                    break;
                } else {
                    break;
                }
            }
            if (touched) {
                continue;
            }
            int from = range[0];
            int to = range[1];
            if (granularity == Granularity.CHARACTER) {
                while (from < to && sa.key().charAt(from) == sa.shifted().key().charAt(from)) {
                    from++;
                }
                while (to > from && sa.key().charAt(to - 1) == sa.shifted().key().charAt(to - 1)) {
                    to--;
                }
            }
            out.add(change(ChangeKind.REPLACE, sa, from, to, sb, from + offset, to + offset, true));
        }
        return out;
    }

    private Change change(ChangeKind kind, DiffSentence sa, int aFrom, int aTo, DiffSentence sb, int bFrom, int bTo,
                          boolean routine) {
        return new Change(kind, end(reportA, SentenceRefiner.span(sa.text(), aFrom, aTo, sa.span().end())),
                end(reportB, SentenceRefiner.span(sb.text(), bFrom, bTo, sb.span().end())), false, routine);
    }

    /**
     * Whether a piece only moves years on: widened to the whole years (or session numerals) it
     * touches, the older side with them moved on reads as the newer side. The widening takes in
     * only text the two keys share, so it must not reach into the next or previous change.
     */
    static boolean routine(SentenceRefiner.Piece p, DiffSentence sa, DiffSentence sb) {
        if (p.aFrom() == p.aTo()) {
            return false;
        }
        int from = p.aFrom();
        int to = p.aTo();
        boolean touches = false;
        for (int[] range : sa.shifted().ranges()) {
            if (range[0] < p.aTo() && range[1] > p.aFrom()) {
                from = Math.min(from, range[0]);
                to = Math.max(to, range[1]);
                touches = true;
            }
        }
        if (!touches) {
            return false;
        }
        int bFrom = p.bFrom() - (p.aFrom() - from);
        return p.aTo() - p.aFrom() == p.bTo() - p.bFrom() && bFrom >= 0
                && sa.key().regionMatches(from, sb.key(), bFrom, p.aFrom() - from)
                && sa.key().regionMatches(p.aTo(), sb.key(), p.bTo(), to - p.aTo())
                && sa.shifted().key().regionMatches(from, sb.key(), bFrom, to - from);
    }

    static ChangeEnd end(Report report, Span span) {
        return new ChangeEnd(report.id(), span.start(), span.end());
    }
}
