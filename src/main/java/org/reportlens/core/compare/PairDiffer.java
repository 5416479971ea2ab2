package org.reportlens.core.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.NormalizedText;
import org.reportlens.core.text.Span;

/**
 * The changes from one report to another, given their aligned units (a section's own text on each
 * side). Sentences are lined up with a diff of their comparison keys; in a changed run, sentences
 * are paired by similarity and refined by {@link SentenceRefiner}; the rest are deleted or inserted.
 * Last, a deleted sentence that reappears anywhere among the inserted ones (the same key, or nearly)
 * becomes a move with both spans.
 */
final class PairDiffer {
    /** A changed run's sentences pair when their keys are at least this alike. */
    static final double PAIR_SIMILARITY = 0.35;
    /** A changed run of at most this many sentences on a side, split differently, is diffed whole. */
    static final int MAX_RESPLIT = 3;
    static final double RESPLIT_SIMILARITY = 0.6;
    /** How far ahead in a changed run a sentence's counterpart is looked for. */
    static final int PAIR_WINDOW = 12;
    /** A deleted and an inserted sentence are one moved sentence when at least this alike. */
    static final double MOVE_SIMILARITY = 0.85;
    static final int MIN_MOVE_LENGTH = 6;
    /** Longer sentences are found as moves only when moved unchanged: near search on them costs most. */
    static final int MAX_NEAR_MOVE_LENGTH = 200;
    /** At most this many near-move comparisons per report pair; past it, only exact moves are found. */
    private static final long NEAR_MOVE_BUDGET = 20_000;

    /** Unit ranges in normalized text; either side may be null (section new or dropped). */
    record UnitPair(int[] a, int[] b) {
    }

    /** A sentence, or consecutive sentences {@code index..lastIndex} merged into one change. */
    private record Sentence(int unit, int index, int lastIndex, ComparableText text, Span span, int[] bigrams,
                            int normalizedStart, int normalizedEnd) {
        Sentence(int unit, int index, ComparableText text, Span span, int normalizedStart, int normalizedEnd) {
            this(unit, index, index, text, span, BigramVectors.bigrams(text.key()), normalizedStart, normalizedEnd);
        }

        String key() {
            return text.key();
        }

        double dice(Sentence other) {
            return key().length() < 2 || other.key().length() < 2 ? (key().equals(other.key()) ? 1 : 0)
                    : BigramVectors.dice(bigrams, other.bigrams);
        }

        /** Dice can reach {@code threshold} only when the shorter is long enough against the longer. */
        boolean couldReach(Sentence other, double threshold) {
            int shorter = Math.min(key().length(), other.key().length());
            int longer = Math.max(key().length(), other.key().length());
            return 2.0 * shorter / (shorter + longer) >= threshold;
        }
    }

    private final Report reportA;
    private final Report reportB;
    private final CompareOptions options;
    private final Cancellation cancellation;
    private final List<Change> changes = new ArrayList<>();
    private final List<Sentence> deleted = new ArrayList<>();
    private final List<Sentence> inserted = new ArrayList<>();
    private final Map<Sentence, Integer> otherSide = new HashMap<>();

    private PairDiffer(Report a, Report b, CompareOptions options, Cancellation cancellation) {
        this.reportA = a;
        this.reportB = b;
        this.options = options;
        this.cancellation = cancellation;
    }

    static PairComparison diff(Report a, Report b, List<UnitPair> units, CompareOptions options,
                               Cancellation cancellation) {
        PairDiffer differ = new PairDiffer(a, b, options, cancellation);
        int cursorA = 0;
        int cursorB = 0;
        for (int u = 0; u < units.size(); u++) {
            cancellation.check();
            UnitPair unit = units.get(u);
            List<Sentence> sa = unit.a() == null ? List.of() : differ.sentences(a.text(), u, unit.a());
            List<Sentence> sb = unit.b() == null ? List.of() : differ.sentences(b.text(), u, unit.b());
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

    private List<Sentence> sentences(NormalizedText text, int unit, int[] range) {
        List<Sentence> out = new ArrayList<>();
        List<int[]> ranges = Sentences.split(text.text(), range[0], range[1]);
        for (int i = 0; i < ranges.size(); i++) {
            int[] r = ranges.get(i);
            ComparableText comparable = ComparableText.of(text, r[0], r[1], options);
            if (comparable.length() > 0) {
                out.add(new Sentence(unit, i, comparable, text.toOriginal(r[0], r[1]), r[0], r[1]));
            }
        }
        return out;
    }

    private void diffUnit(List<Sentence> a, List<Sentence> b, int endA, int endB) {
        List<String> keysA = a.stream().map(Sentence::key).toList();
        List<String> keysB = b.stream().map(Sentence::key).toList();
        for (AbstractDelta<String> delta : DiffUtils.diff(keysA, keysB).getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                continue;
            }
            int pa = delta.getSource().getPosition();
            int pb = delta.getTarget().getPosition();
            List<Sentence> runA = a.subList(pa, pa + delta.getSource().size());
            List<Sentence> runB = b.subList(pb, pb + delta.getTarget().size());
            int atA = pa + runA.size() < a.size() ? a.get(pa + runA.size()).span().start() : endA;
            int atB = pb + runB.size() < b.size() ? b.get(pb + runB.size()).span().start() : endB;
            pairRun(runA, runB, atA, atB);
        }
    }

    /** Pairs similar sentences of a changed run in order; the rest are deleted or inserted. */
    private void pairRun(List<Sentence> runA, List<Sentence> runB, int atA, int atB) {
        if (!runA.isEmpty() && !runB.isEmpty() && joined(runA).equals(joined(runB))) {
            return; // the same text, only split into sentences differently ("," became ";")
        }
        if (runA.size() != runB.size() && Math.max(runA.size(), runB.size()) <= MAX_RESPLIT
                && !runA.isEmpty() && !runB.isEmpty()) {
            Sentence joinedA = join(reportA, runA);
            Sentence joinedB = join(reportB, runB);
            if (joinedA.dice(joinedB) >= RESPLIT_SIMILARITY) {
                refine(joinedA, joinedB); // one sentence split in two, or two joined: diff them whole
                return;
            }
        }
        int nextB = 0;
        for (int i = 0; i < runA.size(); i++) {
            Sentence sa = runA.get(i);
            int best = -1;
            double bestScore = PAIR_SIMILARITY;
            for (int j = nextB; j < Math.min(runB.size(), nextB + PAIR_WINDOW); j++) {
                Sentence sb = runB.get(j);
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
    private Sentence join(Report report, List<Sentence> run) {
        Sentence first = run.get(0);
        Sentence last = run.get(run.size() - 1);
        int start = first.normalizedStart();
        int end = last.normalizedEnd();
        return new Sentence(first.unit(), first.index(), ComparableText.of(report.text(), start, end, options),
                report.text().toOriginal(start, end), start, end);
    }

    private static String joined(List<Sentence> run) {
        StringBuilder out = new StringBuilder();
        run.forEach(s -> out.append(s.key()));
        return out.toString();
    }

    private void refine(Sentence sa, Sentence sb) {
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
        Map<String, List<Sentence>> insertedByKey = new HashMap<>();
        for (Sentence s : inserted) {
            insertedByKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s);
        }
        java.util.Set<Sentence> movedIn = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Sentence> stillDeleted = new ArrayList<>();
        // Near moves, by prefix filtering: two bigram sets this alike must share one of the first
        // few bigrams of each in a common order; rarest first keeps the lists to walk short.
        BigramVectors.Counts frequency = BigramVectors.frequencies(inserted.stream().map(Sentence::bigrams).toList());
        Map<Integer, List<Sentence>> prefixIndex = new HashMap<>();
        for (Sentence s : inserted) {
            if (s.key().length() >= MIN_MOVE_LENGTH && s.key().length() <= MAX_NEAR_MOVE_LENGTH) {
                for (int bigram : rarestFirst(s.bigrams(), frequency)) {
                    prefixIndex.computeIfAbsent(bigram, k -> new ArrayList<>()).add(s);
                }
            }
        }
        long nearBudget = NEAR_MOVE_BUDGET;
        for (Sentence d : deleted) {
            cancellation.check();
            Sentence match = null;
            if (d.key().length() >= MIN_MOVE_LENGTH) {
                List<Sentence> same = insertedByKey.getOrDefault(d.key(), List.of());
                match = same.stream().filter(s -> !movedIn.contains(s)).findFirst().orElse(null);
                int[] b = match != null || d.key().length() > MAX_NEAR_MOVE_LENGTH || nearBudget <= 0
                        ? new int[0] : rarestFirst(d.bigrams(), frequency);
                java.util.Set<Sentence> tried = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                for (int i = 0; match == null && i < b.length && nearBudget > 0; i++) {
                    for (Sentence s : prefixIndex.getOrDefault(b[i], List.of())) {
                        if (tried.add(s) && !movedIn.contains(s) && d.couldReach(s, MOVE_SIMILARITY)
                                && nearBudget-- > 0 && d.dice(s) >= MOVE_SIMILARITY) {
                            match = s;
                            break;
                        }
                    }
                }
            }
            if (match == null) {
                stillDeleted.add(d);
            } else {
                movedIn.add(match);
                changes.add(new Change(ChangeKind.MOVE, end(reportA, d.span()), end(reportB, match.span()), false));
            }
        }
        for (Sentence d : coalesce(stillDeleted)) {
            int at = otherSide.get(d);
            changes.add(new Change(ChangeKind.DELETE, end(reportA, d.span()), new ChangeEnd(reportB.id(), at, at), false));
        }
        List<Sentence> stillInserted = new ArrayList<>();
        for (Sentence s : inserted) {
            if (!movedIn.contains(s)) {
                stillInserted.add(s);
            }
        }
        for (Sentence s : coalesce(stillInserted)) {
            int at = otherSide.get(s);
            changes.add(new Change(ChangeKind.INSERT, new ChangeEnd(reportA.id(), at, at), end(reportB, s.span()), false));
        }
    }

    /**
     * The prefix of {@code bigrams} to index for near-move search. Sets of sizes n and m with Dice ≥ t share at least t·n/(2−t) elements; so their first
     * n − ⌈t·n/(2−t)⌉ + 1 elements in any common order intersect. Ordered rarest first (then by
     * value), the lists of sentences sharing one stay short.
     */
    private static int[] rarestFirst(int[] bigrams, BigramVectors.Counts frequency) {
        long[] order = new long[bigrams.length];
        for (int i = 0; i < bigrams.length; i++) {
            order[i] = ((long) frequency.of(bigrams[i]) << 32) | (bigrams[i] & 0xFFFFFFFFL);
        }
        java.util.Arrays.sort(order);
        int[] prefix = new int[prefixLength(bigrams.length)];
        for (int i = 0; i < prefix.length; i++) {
            prefix[i] = (int) order[i];
        }
        return prefix;
    }

    /** See {@link #rarestFirst}. */
    private static int prefixLength(int n) {
        int overlap = (int) Math.ceil(MOVE_SIMILARITY * n / (2 - MOVE_SIMILARITY));
        return Math.min(n, n - overlap + 1);
    }

    /** Consecutive sentences of one unit become one change: a dropped section is one delete. */
    private List<Sentence> coalesce(List<Sentence> sentences) {
        List<Sentence> sorted = new ArrayList<>(sentences);
        sorted.sort(Comparator.comparingInt((Sentence s) -> s.unit()).thenComparingInt(Sentence::index));
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : sorted) {
            Sentence last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.unit() == s.unit() && last.lastIndex() + 1 == s.index()) {
                Sentence merged = new Sentence(last.unit(), last.index(), s.index(), last.text(),
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
