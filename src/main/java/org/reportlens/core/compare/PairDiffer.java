package org.reportlens.core.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.ComparableText;
import org.reportlens.core.text.NormalizedText;
import org.reportlens.core.text.Span;

/**
 * The changes from one report to another, given their aligned units (a section's own text on each
 * side). Sentences are lined up with a diff of their comparison keys; in a changed run, sentences
 * are paired by similarity and refined by {@link SentenceRefiner}; the rest are deleted or inserted.
 * Last, {@link MoveFinder} turns a deleted sentence that reappears among the inserted ones into a
 * move with both spans.
 */
final class PairDiffer {
    /** A changed run's sentences pair when their keys are at least this alike. */
    static final double PAIR_SIMILARITY = 0.35;
    /** A changed run of at most this many sentences on a side, split differently, is diffed whole. */
    static final int MAX_RESPLIT = 3;
    static final double RESPLIT_SIMILARITY = 0.6;
    /** How far ahead in a changed run a sentence's counterpart is looked for. */
    static final int PAIR_WINDOW = 12;

    /** Unit ranges in normalized text; either side may be null (section new or dropped). */
    record UnitPair(int[] a, int[] b) {
    }

    private final Report reportA;
    private final Report reportB;
    private final CompareOptions options;
    private final Cancellation cancellation;
    private final List<Change> changes = new ArrayList<>();
    private final List<DiffSentence> deleted = new ArrayList<>();
    private final List<DiffSentence> inserted = new ArrayList<>();
    /** Where the missing side of a delete or insert sits: the original offset in the other report. */
    private final Map<DiffSentence, Integer> otherSide = new HashMap<>();
    private final SentenceCache cache;

    private PairDiffer(Report a, Report b, CompareOptions options, Cancellation cancellation, SentenceCache cache) {
        this.cache = cache;
        this.reportA = a;
        this.reportB = b;
        this.options = options;
        this.cancellation = cancellation;
    }

    static PairComparison diff(Report a, Report b, List<UnitPair> units, CompareOptions options,
                               Cancellation cancellation, SentenceCache cache) {
        PairDiffer differ = new PairDiffer(a, b, options, cancellation, cache);
        int cursorA = 0;
        int cursorB = 0;
        for (int u = 0; u < units.size(); u++) {
            cancellation.check();
            UnitPair unit = units.get(u);
            List<DiffSentence> sa = unit.a() == null ? List.of() : differ.sentences(a.text(), u, unit.a());
            List<DiffSentence> sb = unit.b() == null ? List.of() : differ.sentences(b.text(), u, unit.b());
            if (unit.a() != null) {
                cursorA = a.text().toOriginalEnd(unit.a()[1]);
            }
            if (unit.b() != null) {
                cursorB = b.text().toOriginalEnd(unit.b()[1]);
            }
            differ.diffUnit(sa, sb, cursorA, cursorB);
        }
        differ.findMoves();
        differ.changes.sort(Comparator.comparingInt((Change c) -> c.b().start()).thenComparingInt(c -> c.a().start()));
        return new PairComparison(a.id(), b.id(), differ.changes);
    }

    private List<DiffSentence> sentences(NormalizedText text, int unit, int[] range) {
        List<DiffSentence> out = new ArrayList<>();
        List<int[]> ranges = Sentences.split(text.text(), range[0], range[1]);
        for (int i = 0; i < ranges.size(); i++) {
            int[] r = ranges.get(i);
            // cached without unit and index, which belong to this pair's units
            DiffSentence cached = cache.get(text, r[0], r[1], () -> new DiffSentence(0, 0,
                    ComparableText.of(text, r[0], r[1], options.ignoreWidth(), options.ignorePunctuation()), text.toOriginal(r[0], r[1]), r[0], r[1]));
            if (cached.key().length() > 0) {
                out.add(new DiffSentence(unit, i, i, cached.text(), cached.span(), cached.bigrams(), r[0], r[1]));
            }
        }
        return out;
    }

    private void diffUnit(List<DiffSentence> a, List<DiffSentence> b, int endA, int endB) {
        List<String> keysA = a.stream().map(DiffSentence::key).toList();
        List<String> keysB = b.stream().map(DiffSentence::key).toList();
        for (AbstractDelta<String> delta : DiffUtils.diff(keysA, keysB).getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                continue;
            }
            int pa = delta.getSource().getPosition();
            int pb = delta.getTarget().getPosition();
            List<DiffSentence> runA = a.subList(pa, pa + delta.getSource().size());
            List<DiffSentence> runB = b.subList(pb, pb + delta.getTarget().size());
            int atA = pa + runA.size() < a.size() ? a.get(pa + runA.size()).span().start() : endA;
            int atB = pb + runB.size() < b.size() ? b.get(pb + runB.size()).span().start() : endB;
            pairRun(runA, runB, atA, atB);
        }
    }

    /** Pairs similar sentences of a changed run in order; the rest are deleted or inserted. */
    private void pairRun(List<DiffSentence> runA, List<DiffSentence> runB, int atA, int atB) {
        if (!runA.isEmpty() && !runB.isEmpty() && joined(runA).equals(joined(runB))) {
            return; // the same text, only split into sentences differently ("," became ";")
        }
        if (runA.size() != runB.size() && Math.max(runA.size(), runB.size()) <= MAX_RESPLIT
                && !runA.isEmpty() && !runB.isEmpty()) {
            DiffSentence joinedA = join(reportA, runA);
            DiffSentence joinedB = join(reportB, runB);
            if (joinedA.dice(joinedB) >= RESPLIT_SIMILARITY) {
                refine(joinedA, joinedB); // one sentence split in two, or two joined: diff them whole
                return;
            }
        }
        int nextB = 0;
        for (int i = 0; i < runA.size(); i++) {
            DiffSentence sa = runA.get(i);
            int best = -1;
            double bestScore = PAIR_SIMILARITY;
            for (int j = nextB; j < Math.min(runB.size(), nextB + PAIR_WINDOW); j++) {
                DiffSentence sb = runB.get(j);
                double score = sa.couldReach(sb, bestScore) ? sa.dice(sb) : 0;
                if (score >= bestScore) {
                    best = j;
                    bestScore = score;
                }
            }
            if (best < 0) {
                deleted.add(sa);
                otherSide.put(sa, nextB < runB.size() ? runB.get(nextB).span().start() : atB);
                continue;
            }
            for (int j = nextB; j < best; j++) {
                inserted.add(runB.get(j));
                otherSide.put(runB.get(j), sa.span().start());
            }
            refine(sa, runB.get(best));
            nextB = best + 1;
        }
        for (int j = nextB; j < runB.size(); j++) {
            inserted.add(runB.get(j));
            otherSide.put(runB.get(j), atA);
        }
    }

    /** A run of consecutive sentences of one unit as one sentence. */
    private DiffSentence join(Report report, List<DiffSentence> run) {
        DiffSentence first = run.get(0);
        DiffSentence last = run.get(run.size() - 1);
        int start = first.normalizedStart();
        int end = last.normalizedEnd();
        return new DiffSentence(first.unit(), first.index(), ComparableText.of(report.text(), start, end, options.ignoreWidth(),
                options.ignorePunctuation()),
                report.text().toOriginal(start, end), start, end);
    }

    private static String joined(List<DiffSentence> run) {
        StringBuilder out = new StringBuilder();
        run.forEach(s -> out.append(s.key()));
        return out.toString();
    }

    private void refine(DiffSentence sa, DiffSentence sb) {
        List<SentenceRefiner.Piece> pieces = SentenceRefiner.refine(sa.key(), sb.key(), options);
        if (pieces == null) {
            changes.add(new Change(ChangeKind.REPLACE, end(reportA, sa.span()), end(reportB, sb.span()),
                    options.granularity() != Granularity.SENTENCE));
            return;
        }
        for (SentenceRefiner.Piece p : pieces) {
            Span spanA = SentenceRefiner.span(sa.text(), p.aFrom(), p.aTo(), sa.span().end());
            Span spanB = SentenceRefiner.span(sb.text(), p.bFrom(), p.bTo(), sb.span().end());
            changes.add(new Change(p.kind(), end(reportA, spanA), end(reportB, spanB), false));
        }
    }

    /** A deleted sentence found again among the inserted ones is a move, not a delete plus an insert. */
    private void findMoves() {
        Map<DiffSentence, DiffSentence> moves = MoveFinder.find(deleted, inserted, cancellation);
        Set<DiffSentence> movedIn = Collections.newSetFromMap(new IdentityHashMap<>());
        List<DiffSentence> stillDeleted = new ArrayList<>();
        for (DiffSentence d : deleted) {
            DiffSentence match = moves.get(d);
            if (match == null) {
                stillDeleted.add(d);
            } else {
                movedIn.add(match);
                changes.add(new Change(ChangeKind.MOVE, end(reportA, d.span()), end(reportB, match.span()), false));
            }
        }
        for (DiffSentence d : coalesce(stillDeleted)) {
            int at = otherSide.get(d);
            changes.add(new Change(ChangeKind.DELETE, end(reportA, d.span()), new ChangeEnd(reportB.id(), at, at), false));
        }
        List<DiffSentence> stillInserted = new ArrayList<>();
        for (DiffSentence s : inserted) {
            if (!movedIn.contains(s)) {
                stillInserted.add(s);
            }
        }
        for (DiffSentence s : coalesce(stillInserted)) {
            int at = otherSide.get(s);
            changes.add(new Change(ChangeKind.INSERT, new ChangeEnd(reportA.id(), at, at), end(reportB, s.span()), false));
        }
    }

    /** Consecutive sentences of one unit become one change: a dropped section is one delete. */
    private List<DiffSentence> coalesce(List<DiffSentence> sentences) {
        List<DiffSentence> sorted = new ArrayList<>(sentences);
        sorted.sort(Comparator.comparingInt((DiffSentence s) -> s.unit()).thenComparingInt(DiffSentence::index));
        List<DiffSentence> out = new ArrayList<>();
        for (DiffSentence s : sorted) {
            DiffSentence last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.unit() == s.unit() && last.lastIndex() + 1 == s.index()) {
                DiffSentence merged = new DiffSentence(last.unit(), last.index(), s.index(), last.text(),
                        new Span(last.span().start(), s.span().end()), last.bigrams(),
                        last.normalizedStart(), s.normalizedEnd());
                otherSide.put(merged, otherSide.get(last));
                out.set(out.size() - 1, merged);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static ChangeEnd end(Report report, Span span) {
        return new ChangeEnd(report.id(), span.start(), span.end());
    }
}
