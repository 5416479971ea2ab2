package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.ComparableText;
import org.reportlens.core.text.NormalizedText;

/**
 * The units of one report against another, given their aligned regions (a section's own text on
 * each side, cut at matched topic leads). In each region, sentences are lined up by a diff of their
 * match keys ({@link SequenceDiff}); equal stretches are {@code same} (or {@code routine} where only
 * years moved on). In a changed run, sentences are paired in order by likeness and refined by
 * {@link SentenceEdit}; the rest wait as dropped or new until {@link MoveFinder} has turned those
 * that reappear elsewhere into moves; then {@link UnitAssembler} joins what is left into blocks.
 */
final class PairDiffer {
    /**
     * Sentences of a changed run pair (as one edited unit) when the bigram Dice of their keys is at
     * least this; below it they are dropped and new. See docs/comparison.md for how it was chosen.
     */
    static final double PAIR_SIMILARITY = 0.35;
    /** A changed run of at most this many sentences on a side, split differently, is diffed whole. */
    static final int MAX_RESPLIT = 3;
    static final double RESPLIT_SIMILARITY = 0.6;
    /** How far ahead in a changed run a sentence's counterpart is looked for. */
    static final int PAIR_WINDOW = 12;

    /**
     * Aligned text in normalized offsets {@code [start, end)} on each side (either null: the section
     * is on one side only), and the alignment row it comes from (-1 before the first aligned section;
     * a part's closing remarks have a number of their own): only sentences of one row join in a block.
     */
    record Region(int[] a, int[] b, int row) {
    }

    private final Report reportA;
    private final Report reportB;
    private final int years;
    private final CompareOptions options;
    private final Cancellation cancellation;
    private final SentenceCache cache;
    private final PairBudget budget;
    private final SentenceEdit edit;
    private final SequenceDiff.Interner keys = new SequenceDiff.Interner();
    private final UnitAssembler units;
    private int sentencesA;
    private int sentencesB;

    private PairDiffer(Report a, Report b, Integer yearsApart, CompareOptions options, Cancellation cancellation,
                       SentenceCache cache, PairBudget budget) {
        this.budget = budget;
        this.reportA = a;
        this.reportB = b;
        this.years = yearsApart == null ? 0 : yearsApart;
        this.options = options;
        this.cancellation = cancellation;
        this.cache = cache;
        this.edit = new SentenceEdit(a, b, options, budget, cancellation);
        this.units = new UnitAssembler(a, b);
    }

    /** The pair's units; {@code budget} (one per pair) counts the work and notes what fell back. */
    static PairComparison diff(Report a, Report b, Integer yearsApart, List<Region> regions, CompareOptions options,
                               Cancellation cancellation, SentenceCache cache, PairBudget budget) {
        PairDiffer differ = new PairDiffer(a, b, yearsApart, options, cancellation, cache, budget);
        int cursorA = 0;
        int cursorB = 0;
        for (Region region : regions) {
            cancellation.check();
            List<DiffSentence> sa = region.a() == null ? List.of() : differ.sentences(a.text(), region, true);
            List<DiffSentence> sb = region.b() == null ? List.of() : differ.sentences(b.text(), region, false);
            if (region.a() != null) {
                cursorA = a.text().toOriginalEnd(region.a()[1]);
            }
            if (region.b() != null) {
                cursorB = b.text().toOriginalEnd(region.b()[1]);
            }
            differ.diffRegion(sa, sb, cursorA, cursorB);
        }
        Map<DiffSentence, DiffSentence> moves = MoveFinder.find(differ.units.dropped(), differ.units.added(),
                differ.budget, cancellation);
        List<DiffUnit> all = differ.units.assemble(moves, differ.edit);
        return new PairComparison(a.id(), b.id(), yearsApart, all, differ.budget.fallbacks());
    }

    private List<DiffSentence> sentences(NormalizedText text, Region region, boolean older) {
        int[] range = older ? region.a() : region.b();
        List<DiffSentence> out = new ArrayList<>();
        for (int[] r : Sentences.split(text.text(), range[0], range[1])) {
            // cached as read, without place or moved years, which belong to this pair
            DiffSentence cached = cache.get(text, r[0], r[1], () -> DiffSentence.of(
                    ComparableText.of(text, r[0], r[1], options.ignoreWidth(), options.ignorePunctuation()),
                    text.toOriginal(r[0], r[1]), r[0], r[1]));
            if (cached.key().length() > 0) {
                out.add(older ? cached.at(region.row(), sentencesA++, years) : cached.at(region.row(), sentencesB++, 0));
            }
        }
        return out;
    }

    private void diffRegion(List<DiffSentence> older, List<DiffSentence> b, int endA, int endB) {
        // a sentence the newer side has as it is (a base year that stays: 较2020年) is matched as it is
        Set<String> keysB = new HashSet<>();
        b.forEach(s -> keysB.add(s.key()));
        List<DiffSentence> a = older.stream().map(s -> s.byShifted() && keysB.contains(s.key()) ? s.byOwnKey() : s)
                .toList();
        int[] idsA = keys.ids(a.stream().map(DiffSentence::matchKey).toList());
        int[] idsB = keys.ids(b.stream().map(DiffSentence::matchKey).toList());
        SequenceDiff.Runs diffed = SequenceDiff.bounded(idsA, idsB, budget.sentenceSteps, cancellation);
        if (diffed.anchored()) {
            budget.fellBack(Fallback.SENTENCE_DIFF);
        }
        for (SequenceDiff.Run run : diffed.runs()) {
            List<DiffSentence> runA = a.subList(run.aFrom(), run.aTo());
            List<DiffSentence> runB = b.subList(run.bFrom(), run.bTo());
            if (run.equal()) {
                for (int i = 0; i < runA.size(); i++) {
                    DiffSentence sa = runA.get(i);
                    DiffSentence sb = runB.get(i);
                    if (sa.key().equals(sb.key())) {
                        units.same(sa, sb);
                    } else { // equal once its years moved on
                        units.paired(edit.unit(sa, sb, false), sa.region());
                    }
                }
                continue;
            }
            int atA = run.aTo() < a.size() ? a.get(run.aTo()).span().start() : endA;
            int atB = run.bTo() < b.size() ? b.get(run.bTo()).span().start() : endB;
            pairRun(runA, runB, atA, atB);
        }
    }

    /** Pairs alike sentences of a changed run in order; the rest are dropped or new. */
    private void pairRun(List<DiffSentence> runA, List<DiffSentence> runB, int atA, int atB) {
        if (!runA.isEmpty() && !runB.isEmpty()) {
            boolean sameText = joined(runA, true).equals(joined(runB, false));
            if (sameText || runA.size() != runB.size() && Math.max(runA.size(), runB.size()) <= MAX_RESPLIT) {
                DiffSentence joinedA = join(reportA, runA, true);
                DiffSentence joinedB = join(reportB, runB, false);
                // the same text split into sentences differently, or one sentence split in two: diffed whole
                if (sameText || joinedA.dice(joinedB) >= RESPLIT_SIMILARITY) {
                    DiffUnit unit = edit.unit(joinedA, joinedB, false);
                    if (unit != null) {
                        units.paired(unit, joinedA.region());
                        return;
                    }
                }
            }
        }
        int nextB = 0;
        boolean pairing = true;
        for (int i = 0; i < runA.size(); i++) {
            DiffSentence sa = runA.get(i);
            int best = -1;
            double bestScore = PAIR_SIMILARITY;
            for (int j = nextB; pairing && j < Math.min(runB.size(), nextB + PAIR_WINDOW); j++) {
                DiffSentence candidate = runB.get(j);
                if (!sa.couldReach(candidate, bestScore)) {
                    continue;
                }
                if (!budget.compare(Fallback.SENTENCE_PAIRING)) {
                    pairing = false;
                    break;
                }
                double score = sa.dice(candidate);
                if (score >= bestScore) {
                    best = j;
                    bestScore = score;
                }
            }
            if (best < 0) {
                units.dropped(sa, nextB < runB.size() ? runB.get(nextB).span().start() : atB);
                continue;
            }
            for (int j = nextB; j < best; j++) {
                units.added(runB.get(j), sa.span().start());
            }
            DiffSentence sb = runB.get(best);
            DiffUnit unit = edit.unit(sa, sb, false);
            if (unit != null) {
                units.paired(unit, sa.region());
            } else { // too unlike to read as an edit: a rewritten sentence
                units.dropped(sa, sb.span().start());
                units.added(sb, i + 1 < runA.size() ? runA.get(i + 1).span().start() : atA);
            }
            nextB = best + 1;
        }
        for (int j = nextB; j < runB.size(); j++) {
            units.added(runB.get(j), atA);
        }
    }

    /** A run of consecutive sentences of one region as one sentence, at the place of its first. */
    private DiffSentence join(Report report, List<DiffSentence> run, boolean older) {
        DiffSentence first = run.get(0);
        DiffSentence last = run.get(run.size() - 1);
        int start = first.normalizedStart();
        int end = last.normalizedEnd();
        return DiffSentence.of(ComparableText.of(report.text(), start, end, options.ignoreWidth(), options.ignorePunctuation()),
                report.text().toOriginal(start, end), start, end).at(first.region(), first.index(), older ? years : 0);
    }

    private static String joined(List<DiffSentence> run, boolean older) {
        StringBuilder out = new StringBuilder();
        run.forEach(s -> out.append(older ? s.matchKey() : s.key()));
        return out.toString();
    }
}
