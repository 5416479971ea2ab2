package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.reportlens.core.report.Report;

/**
 * Where each paragraph of one report went in the next: the text of every part and section is cut
 * into chunks (a paragraph, or a run of sentences of a long one), and each chunk is matched to the
 * most alike chunk of the other report by TF-IDF cosine over character bigrams. The flow from one
 * unit to another is the share of its text whose chunks found their match inside the other: this
 * is what tells a section that split in two, or two that merged, from a section that is merely alike.
 *
 * <p>Cost: chunks are matched through an index of the bigrams rare enough to tell them apart (those
 * in few chunks), so the work grows with the text, not with the square of it.
 */
final class ChunkFlow {
    /** Scores closer than this are equal. */
    static final double TIE = 1e-9;
    /** Shorter chunks (a stray heading, a date) say nothing of where the text went. */
    static final int SHORTEST = 12;
    /**
     * A bigram in more than this share of a report's chunks cannot tell them apart, and costs the most
     * to look up: matching skips it.
     */
    private static final double COMMON = 0.04;
    /** … but a bigram in this many chunks is never too common … */
    private static final int FEW = 8;
    /** … and one in more than this many always is: the work per chunk stays bounded, however long the reports. */
    private static final int MANY = 40;

    /**
     * A piece of one unit's own text, normalized {@code [start, end)}, with its bigrams as dense term ids
     * and their TF-IDF weights (unit length); a part's closing remarks are its own.
     */
    static final class Chunk {
        final AlignUnit unit;
        final int start;
        final int end;
        int[] terms;
        int[] counts;
        double[] weights;

        Chunk(AlignUnit unit, int start, int end) {
            this.unit = unit;
            this.start = start;
            this.end = end;
        }

        int length() {
            return end - start;
        }

        /** Long enough to be matched: shorter chunks count for their unit's text, not for where it went. */
        boolean matchable() {
            return end - start >= SHORTEST;
        }
    }

    /** The chunks of every report, in text order; each unit's subtree is a contiguous range of them. */
    final List<List<Chunk>> chunks = new ArrayList<>();
    private final AlignerSettings settings;
    private final List<List<AlignUnit>> units;
    private final int vocabulary;
    private final TermPostings[] postings;
    private final TopicalFlow[] topics;
    /** Counts by term while summing a unit's chunks; all zero between uses. */
    private int[] scratch;

    ChunkFlow(List<Report> reports, List<List<AlignUnit>> units, AlignerSettings settings) {
        this.settings = settings;
        this.units = units;
        int textLength = 0;
        for (Report r : reports) {
            textLength += r.text().length();
        }
        IntIds ids = new IntIds(textLength / 2);
        int[] seen = new int[1024];
        for (int r = 0; r < reports.size(); r++) {
            List<Chunk> list = new ArrayList<>();
            String folded = reports.get(r).text().folded();
            AlignUnit open = null;
            for (AlignUnit u : units.get(r)) {
                if (u.parent == null) {
                    close(open, folded, list, settings);
                    open = u.leaf ? null : u;
                }
                u.chunkFrom = list.size();
                int from = Math.max(u.start, reports.get(r).text().fromOriginal(u.node.headingEnd()));
                List<int[]> own = u.ownRanges();
                cut(u, folded, Math.min(from, own.get(0)[1]), own.get(0)[1], list, settings);
                u.chunkTo = list.size();
                if (u.parent != null) {
                    u.parent.chunkTo = list.size();
                }
            }
            close(open, folded, list, settings);
            for (Chunk c : list) {
                seen = terms(c, folded, ids, seen);
            }
            chunks.add(list);
        }
        vocabulary = ids.size();
        postings = new TermPostings[reports.size()];
        topics = new TopicalFlow[reports.size()];
    }

    /**
     * Fills {@code c.terms} (in order of first sight: nothing needs them sorted) and {@code c.counts} from
     * the bigrams of its text, skipping pairs across punctuation. {@code seen} counts by term id and is
     * all zero between calls; the (possibly grown) array is returned for the next call.
     */
    private static int[] terms(Chunk c, String text, IntIds ids, int[] seen) {
        int[] found = new int[Math.max(0, c.length() - 1)];
        int n = 0;
        for (int i = c.start; i + 1 < c.end; i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b)) {
                int id = ids.idOf((a << 16) | b);
                if (id >= seen.length) {
                    seen = Arrays.copyOf(seen, Math.max(id + 1, seen.length * 2));
                }
                if (seen[id]++ == 0) {
                    found[n++] = id;
                }
            }
        }
        c.terms = Arrays.copyOf(found, n);
        c.counts = new int[n];
        for (int k = 0; k < n; k++) {
            c.counts[k] = seen[found[k]];
            seen[found[k]] = 0;
        }
        return seen;
    }

    /**
     * Weighs the chunks of {@code reports} (their indexes) with IDF over theirs alone, as when those
     * reports are compared alone ({@link SectionAligner#align}); what was indexed by the weights before is
     * forgotten. Matches and flows read the weights of the last call.
     */
    void weigh(int... reports) {
        List<Chunk> these = new ArrayList<>();
        for (int r : reports) {
            these.addAll(chunks.get(r));
            postings[r] = null;
            topics[r] = null;
        }
        weigh(these);
    }

    /** TF-IDF weights of the chunks, IDF over them, each chunk of unit length. */
    private void weigh(List<Chunk> all) {
        int[] df = new int[vocabulary];
        for (Chunk c : all) {
            for (int t : c.terms) {
                df[t]++;
            }
        }
        double n = all.size();
        for (Chunk c : all) {
            double[] w = new double[c.terms.length];
            double norm = 0;
            for (int i = 0; i < w.length; i++) {
                double tf = c.counts[i] == 1 ? 1 : 1 + Math.log(c.counts[i]);
                w[i] = tf * Math.log(1 + n / df[c.terms[i]]);
                norm += w[i] * w[i];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < w.length && norm > 0; i++) {
                w[i] /= norm;
            }
            c.weights = w;
        }
    }

    /**
     * The bigram counts of a unit's text — a part's with its sections' — keyed by term id: the body the
     * unit is scored by. Chunks already cut the text, so it is counted once.
     */
    BigramVectors.Counts bodyCounts(int report, AlignUnit u) {
        List<Chunk> list = chunks.get(report);
        if (scratch == null) {
            scratch = new int[vocabulary];
        }
        int[] total = scratch;
        int[] touched = new int[64];
        int n = 0;
        for (int i = u.chunkFrom; i < u.chunkTo; i++) {
            Chunk c = list.get(i);
            for (int k = 0; k < c.terms.length; k++) {
                if (total[c.terms[k]] == 0) {
                    if (n == touched.length) {
                        touched = Arrays.copyOf(touched, n * 2);
                    }
                    touched[n++] = c.terms[k];
                }
                total[c.terms[k]] += c.counts[k];
            }
        }
        Arrays.sort(touched, 0, n);
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            counts[i] = total[touched[i]];
            total[touched[i]] = 0;
        }
        return new BigramVectors.Counts(Arrays.copyOf(touched, n), counts);
    }

    /** Cuts a part's closing remarks, after its sections, so that its chunks stay one range. */
    private static void close(AlignUnit part, String text, List<Chunk> out, AlignerSettings settings) {
        if (part != null && part.tailStart < part.end) {
            cut(part, text, part.tailStart, part.end, out, settings);
            part.chunkTo = out.size();
        }
    }

    private static void cut(AlignUnit unit, String text, int start, int end, List<Chunk> out,
                            AlignerSettings settings) {
        int line = start;
        while (line < end) {
            int lineEnd = text.indexOf('\n', line);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            int piece = line;
            for (int i = line; i < lineEnd && lineEnd - line > settings.longParagraph(); i++) {
                char c = text.charAt(i);
                if ((c == '。' || c == '；' || c == '！' || c == '？' || c == ';')
                        && i + 1 - piece >= settings.piece() && lineEnd - (i + 1) >= settings.piece()) {
                    add(unit, piece, i + 1, out);
                    piece = i + 1;
                }
            }
            add(unit, piece, lineEnd, out);
            line = lineEnd + 1;
        }
    }

    private static void add(AlignUnit unit, int start, int end, List<Chunk> out) {
        if (end > start) {
            out.add(new Chunk(unit, start, end));
        }
    }

    /**
     * Where each chunk of report {@code a} went in report {@code b}: the index of its best match among
     * b's chunks, or -1 when none reaches the match threshold of the settings.
     */
    int[] bestMatches(int a, int b) {
        return bestMatches(a, b, u -> true);
    }

    /** As above, for the chunks of units {@code matched} accepts; the others' are -1. */
    private int[] bestMatches(int a, int b, Predicate<AlignUnit> matched) {
        List<Chunk> from = chunks.get(a);
        List<Chunk> to = chunks.get(b);
        TermPostings index = postings(b);
        double lengthA = Math.max(1, from.isEmpty() ? 1 : from.get(from.size() - 1).end);
        double lengthB = Math.max(1, to.isEmpty() ? 1 : to.get(to.size() - 1).end);
        int[] best = new int[from.size()];
        double[] scores = new double[to.size()];
        int[] touched = new int[to.size()];
        for (int i = 0; i < from.size(); i++) {
            if (!from.get(i).matchable() || !matched.test(from.get(i).unit)) {
                best[i] = -1;
                continue;
            }
            int n = index.accumulate(from.get(i).terms, from.get(i).weights, scores, touched);
            int winner = -1;
            double top = settings.match();
            double where = from.get(i).start / lengthA;
            for (int t = 0; t < n; t++) {
                int j = touched[t];
                // equal text (a report saved twice): the copy at the same place wins
                if (scores[j] > top + TIE || scores[j] >= top - TIE && winner >= 0
                        && Math.abs(to.get(j).start / lengthB - where) < Math.abs(to.get(winner).start / lengthB - where)
                        || winner < 0 && scores[j] >= top) {
                    top = Math.max(top, scores[j]);
                    winner = j;
                }
            }
            for (int t = 0; t < n; t++) {
                scores[touched[t]] = 0;
            }
            best[i] = winner;
        }
        return best;
    }

    /** Report {@code report}'s matchable chunks by bigram, bigrams too common to tell them apart left out ({@link #COMMON}). */
    private TermPostings postings(int report) {
        if (postings[report] == null) {
            List<Chunk> list = chunks.get(report);
            int[][] terms = new int[list.size()][];
            double[][] weights = new double[list.size()][];
            for (int c = 0; c < list.size(); c++) {
                terms[c] = list.get(c).matchable() ? list.get(c).terms : new int[0];
                weights[c] = list.get(c).weights;
            }
            postings[report] = new TermPostings(terms, weights, vocabulary,
                    Math.min(MANY, Math.max(FEW, (int) (COMMON * list.size()))));
        }
        return postings[report];
    }

    /**
     * The flows between the units of report {@code a} and those of report {@code b}, once the units have
     * their vectors ({@link UnitVectors}).
     */
    Flows flows(int a, int b, CompareOptions options) {
        return flows(a, b, options, u -> true);
    }

    /**
     * As above, from the text of the units {@code matched} accepts only, of either report: the rest goes nowhere
     * and is not matched ({@link SkippedYears} asks of the few units whose rows end or begin; the other report's
     * index is built all the same).
     */
    Flows flows(int a, int b, CompareOptions options, Predicate<AlignUnit> matched) {
        return new Flows(this, a, b, bestMatches(a, b, matched), bestMatches(b, a, matched),
                topics(b).destinations(chunks.get(a), options, matched),
                topics(a).destinations(chunks.get(b), options, matched));
    }

    /** Where topics may go in report {@code report}, indexed once per weighing ({@link #weigh}), as the vectors change. */
    private TopicalFlow topics(int report) {
        if (topics[report] == null) {
            topics[report] = new TopicalFlow(units.get(report));
        }
        return topics[report];
    }

    /** Of two units' own texts, the share whose topic went to the other ({@link TopicalFlow}): the larger and the smaller. */
    record TopicShares(double larger, double smaller) {
        static final TopicShares NONE = new TopicShares(0, 0);
    }

    /**
     * How much of each unit's text found its match inside each unit of the other report, both ways.
     * A chunk counts for its unit and for the part holding it, and for the unit and part of its match.
     */
    static final class Flows {
        private final List<Chunk> chunksA;
        private final List<Chunk> chunksB;
        final int[] bestInB;
        final int[] bestInA;
        private final Map<Long, double[]> lengths = new HashMap<>();
        /** As {@link #lengths}, but only for the units that own the chunks: a part's own text, not its sections'. */
        private final Map<Long, double[]> ownLengths = new HashMap<>();
        /** As {@link #ownLengths}, for the pairs of chunks of which one is of a part's closing remarks. */
        private final Map<Long, double[]> closingLengths = new HashMap<>();

        /** Where each chunk's topic went ({@link TopicalFlow}): a unit of the other report, or null. */
        private final AlignUnit[] topicInB;
        private final AlignUnit[] topicInA;
        /** As {@link #ownLengths}, for where the chunks' topics went. */
        private final Map<Long, double[]> topicLengths = new HashMap<>();
        /**
         * Each unit's matchable text by its order, counted once (the scores ask for every pair): all it holds
         * (its sections too), and its own (what {@link #ownCoverage} and the topic shares divide by: its chunks,
         * for a part its closing remarks too).
         */
        private final int[] textA;
        private final int[] textB;
        private final int[] ownA;
        private final int[] ownB;

        private Flows(ChunkFlow flow, int a, int b, int[] bestInB, int[] bestInA, AlignUnit[] topicInB,
                      AlignUnit[] topicInA) {
            this.chunksA = flow.chunks.get(a);
            this.chunksB = flow.chunks.get(b);
            this.bestInB = bestInB;
            this.bestInA = bestInA;
            this.topicInB = topicInB;
            this.topicInA = topicInA;
            this.textA = textByUnit(chunksA, flow.units.get(a));
            this.textB = textByUnit(chunksB, flow.units.get(b));
            this.ownA = ownByUnit(chunksA, flow.units.get(a).size());
            this.ownB = ownByUnit(chunksB, flow.units.get(b).size());
            for (int i = 0; i < topicInB.length; i++) {
                if (topicInB[i] != null) {
                    topicLengths.computeIfAbsent(key(chunksA.get(i).unit, topicInB[i]), k -> new double[2])[0]
                            += chunksA.get(i).length();
                }
            }
            for (int j = 0; j < topicInA.length; j++) {
                if (topicInA[j] != null) {
                    topicLengths.computeIfAbsent(key(topicInA[j], chunksB.get(j).unit), k -> new double[2])[1]
                            += chunksB.get(j).length();
                }
            }
            for (int i = 0; i < bestInB.length; i++) {
                if (bestInB[i] >= 0) {
                    add(chunksA.get(i).unit, chunksB.get(bestInB[i]).unit, 0, chunksA.get(i).length());
                    own(chunksA.get(i), chunksB.get(bestInB[i]), 0, chunksA.get(i).length());
                }
            }
            for (int j = 0; j < bestInA.length; j++) {
                if (bestInA[j] >= 0) {
                    add(chunksA.get(bestInA[j]).unit, chunksB.get(j).unit, 1, chunksB.get(j).length());
                    own(chunksA.get(bestInA[j]), chunksB.get(j), 1, chunksB.get(j).length());
                }
            }
        }

        private void own(Chunk x, Chunk y, int side, int length) {
            ownLengths.computeIfAbsent(key(x.unit, y.unit), k -> new double[2])[side] += length;
            if (inClosingRemarks(x) || inClosingRemarks(y)) {
                closingLengths.computeIfAbsent(key(x.unit, y.unit), k -> new double[2])[side] += length;
            }
        }

        /** Whether a chunk is of its part's closing remarks (after its last section; a part without any has none). */
        private static boolean inClosingRemarks(Chunk c) {
            return c.unit.parent == null && c.start >= c.unit.tailStart;
        }

        private void add(AlignUnit x, AlignUnit y, int side, int length) {
            for (AlignUnit u = x; u != null; u = u.parent) {
                for (AlignUnit v = y; v != null; v = v.parent) {
                    lengths.computeIfAbsent(key(u, v), k -> new double[2])[side] += length;
                }
            }
        }

        private static long key(AlignUnit u, AlignUnit v) {
            return ((long) u.order << 32) | v.order;
        }

        /** Share of {@code u}'s text (report a) whose chunks matched inside {@code v} (report b). */
        double forward(AlignUnit u, AlignUnit v) {
            double[] l = lengths.get(key(u, v));
            return l == null ? 0 : l[0] / Math.max(1, textA[u.order]);
        }

        /** Share of {@code v}'s text (report b) whose chunks matched inside {@code u} (report a). */
        double backward(AlignUnit u, AlignUnit v) {
            double[] l = lengths.get(key(u, v));
            return l == null ? 0 : l[1] / Math.max(1, textB[v.order]);
        }

        /** The matchable length of the chunks each unit holds, all its sections' too, by its order. */
        private static int[] textByUnit(List<Chunk> chunks, List<AlignUnit> units) {
            int[] before = new int[chunks.size() + 1];
            for (int i = 0; i < chunks.size(); i++) {
                before[i + 1] = before[i] + (chunks.get(i).matchable() ? chunks.get(i).length() : 0);
            }
            int[] text = new int[units.size()];
            for (AlignUnit u : units) {
                text[u.order] = before[u.chunkTo] - before[u.chunkFrom];
            }
            return text;
        }

        /** The matchable length of the chunks each unit owns, by its order. */
        private static int[] ownByUnit(List<Chunk> chunks, int units) {
            int[] own = new int[units];
            for (Chunk c : chunks) {
                own[c.unit.order] += c.matchable() ? c.length() : 0;
            }
            return own;
        }

        /** The larger of the two shares: how much of either one lives on in the other. */
        double coverage(AlignUnit u, AlignUnit v) {
            return Math.max(forward(u, v), backward(u, v));
        }

        /**
         * As {@link #coverage}, for the units' own text only: a part's text before its first section and
         * after its last, a section's whole text. What pairs the most specific units.
         */
        double ownCoverage(AlignUnit u, AlignUnit v) {
            return ownShare(ownLengths, u, v);
        }

        /**
         * As {@link #ownCoverage}, counting only the text matched to or from a part's closing remarks: how much of
         * a part's closing went into a section of the other year, or came from one.
         */
        double closingCoverage(AlignUnit u, AlignUnit v) {
            return ownShare(closingLengths, u, v);
        }

        /** The larger of the shares of {@code u}'s and of {@code v}'s own text that {@code matched} holds for the pair. */
        private double ownShare(Map<Long, double[]> matched, AlignUnit u, AlignUnit v) {
            double[] l = matched.get(key(u, v));
            return l == null ? 0 : Math.max(l[0] / Math.max(1, ownA[u.order]), l[1] / Math.max(1, ownB[v.order]));
        }

        /** The shares of {@code u}'s own text whose topic went to {@code v}, and of {@code v}'s whose topic went to {@code u}. */
        TopicShares topicShares(AlignUnit u, AlignUnit v) {
            double[] l = topicLengths.get(key(u, v));
            if (l == null) {
                return TopicShares.NONE;
            }
            double forward = l[0] / Math.max(1, ownA[u.order]);
            double backward = l[1] / Math.max(1, ownB[v.order]);
            return new TopicShares(Math.max(forward, backward), Math.min(forward, backward));
        }

        /**
         * The larger of the shares of {@code u}'s own text that {@code here} (its {@link #matchedA}) makes
         * up and of {@code v}'s that {@code there} ({@link #matchedB}) does: how much of either a link lists.
         */
        double linkedShare(AlignUnit u, AlignUnit v, List<int[]> here, List<int[]> there) {
            return Math.max(length(here) / Math.max(1, ownA[u.order]), length(there) / Math.max(1, ownB[v.order]));
        }

        private static double length(List<int[]> ranges) {
            double sum = 0;
            for (int[] r : ranges) {
                sum += r[1] - r[0];
            }
            return sum;
        }

        /** The chunks of {@code u}'s own text (a) matched in {@code v}'s own text (b) or whose topic went there, normalized {start, end}. */
        List<int[]> matchedA(AlignUnit u, AlignUnit v) {
            List<int[]> out = new ArrayList<>();
            AlignUnit top = u.parent == null ? u : u.parent;
            for (int i = top.chunkFrom; i < top.chunkTo; i++) {
                if (chunksA.get(i).unit == u
                        && (bestInB[i] >= 0 && chunksB.get(bestInB[i]).unit == v || topicInB[i] == v)) {
                    out.add(new int[] {chunksA.get(i).start, chunksA.get(i).end});
                }
            }
            return out;
        }

        /** The chunks of {@code v}'s own text (b) matched in {@code u}'s own text (a) or whose topic went there, normalized {start, end}. */
        List<int[]> matchedB(AlignUnit u, AlignUnit v) {
            List<int[]> out = new ArrayList<>();
            AlignUnit top = v.parent == null ? v : v.parent;
            for (int j = top.chunkFrom; j < top.chunkTo; j++) {
                if (chunksB.get(j).unit == v
                        && (bestInA[j] >= 0 && chunksA.get(bestInA[j]).unit == u || topicInA[j] == u)) {
                    out.add(new int[] {chunksB.get(j).start, chunksB.get(j).end});
                }
            }
            return out;
        }
    }
}
