package org.reportlens.core.dups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of each report is found elsewhere, and how much each pair of reports shares — counted
 * as characters covered, never twice: a character inside three overlapping passages counts once,
 * a passage found twice in one report counts both its copies there but only once for the pair.
 * The figure of a pair is the smaller of its two sides (what the first report holds of passages
 * also in the second, and the other way round), so it never exceeds the shorter report.
 *
 * <p>Reports are handled one at a time: the spans of one report, grouped by the other report they
 * link it to, are merged and measured, and only the totals stay. Stock passages count nowhere; in
 * the lists of passages per pair they are kept, when lists are kept at all.
 *
 * <p>Spans are in comparable characters of each report ({@code [start, end)}, packed into a long
 * as {@code start << 32 | end}).
 */
final class PairShares {
    /**
     * Two reports, by position in the corpus ({@code a <= b}; {@code a == b} for passages repeated
     * inside one report), the characters they share and the passages that link them.
     *
     * @param passages  how many passages that are not stock link them
     * @param indices   every passage linking them, stock ones too, as positions in the list measured;
     *                  empty unless lists were asked for
     */
    record Pair(int a, int b, int sharedCharacters, int passages, List<Integer> indices) {
        Pair {
            indices = List.copyOf(indices);
        }
    }

    private final List<Pair> pairs;
    private final long[][] other;
    private final long[][] same;
    private final Map<Long, long[]> byPair;
    private final int[] lengths;

    private PairShares(List<Pair> pairs, long[][] other, long[][] same, Map<Long, long[]> byPair, int[] lengths) {
        this.pairs = pairs;
        this.other = other;
        this.same = same;
        this.byPair = byPair;
        this.lengths = lengths;
    }

    /**
     * @param passages        ranked passages of the corpus
     * @param maxPairReports  a passage found in more reports than this links no pair (common wording),
     *                        though it still counts as reuse
     * @param keepDetail      keep each pair's passages and each report's spans per other report, for
     *                        shares per section; a corpus of a thousand reports keeps only totals
     */
    static PairShares measure(KeyCorpus corpus, List<Passage> passages, int maxPairReports, boolean keepDetail) {
        return new Measure(corpus, passages, maxPairReports, keepDetail).run();
    }

    List<Pair> pairs() {
        return pairs;
    }

    /** Comparable characters of report {@code t} in passages also found in another report. */
    int other(int t) {
        return length(other[t]);
    }

    /** Comparable characters of report {@code t} in passages found twice or more in it. */
    int same(int t) {
        return length(same[t]);
    }

    /** Of {@code [from, to)} in report {@code t}, the characters in passages also found in another report. */
    int other(int t, int from, int to) {
        return overlap(other[t], from, to);
    }

    int same(int t, int from, int to) {
        return overlap(same[t], from, to);
    }

    /** Of {@code [from, to)} in report {@code t}, the characters in passages also found in report {@code u}. */
    int sharedWith(int t, int u, int from, int to) {
        long[] spans = byPair.get(key(t, u));
        return spans == null ? 0 : overlap(spans, from, to);
    }

    int length(int t) {
        return lengths[t];
    }

    private static long key(int t, int u) {
        return ((long) t << 32) | u;
    }

    private static int length(long[] merged) {
        int sum = 0;
        for (long s : merged) {
            sum += (int) s - (int) (s >>> 32);
        }
        return sum;
    }

    private static int overlap(long[] merged, int from, int to) {
        int sum = 0;
        for (long s : merged) {
            int start = Math.max(from, (int) (s >>> 32));
            int end = Math.min(to, (int) s);
            sum += Math.max(0, end - start);
        }
        return sum;
    }

    /** Sorts spans and joins those that overlap or touch; the result ascends and is disjoint. */
    static long[] merge(long[] spans, int count) {
        Arrays.sort(spans, 0, count);
        long[] merged = new long[count];
        int m = 0;
        for (int i = 0; i < count; i++) {
            int start = (int) (spans[i] >>> 32);
            int end = (int) spans[i];
            if (m > 0 && start <= (int) merged[m - 1]) {
                int lastStart = (int) (merged[m - 1] >>> 32);
                merged[m - 1] = ((long) lastStart << 32) | Math.max(end, (int) merged[m - 1]);
            } else {
                merged[m++] = ((long) start << 32) | end;
            }
        }
        return Arrays.copyOf(merged, m);
    }

    /** A growing list of packed spans, reused from one report to the next. */
    private static final class Spans {
        long[] items = new long[8];
        int count;

        void add(int start, int end) {
            if (count == items.length) {
                items = Arrays.copyOf(items, count * 2);
            }
            items[count++] = ((long) start << 32) | end;
        }

        long[] merged() {
            return merge(items, count);
        }
    }

    /**
     * The two sides of each pair as measured, one from each report: appended as measured (a
     * thousand reports have half a million pairs, too many for a map of boxed keys), then sorted so
     * the two sides of a pair meet.
     */
    private static final class Sides {
        private long[] pairs = new long[64];
        private int[] covered = new int[64];
        private int[] passages = new int[64];
        private int count;

        /** Adds one side of {@code pair}: what its report holds of the passages linking it to the other, and how many they are. */
        void add(long pair, int coveredHere, int linkingPassages) {
            if (count == pairs.length) {
                pairs = Arrays.copyOf(pairs, count * 2);
                covered = Arrays.copyOf(covered, count * 2);
                passages = Arrays.copyOf(passages, count * 2);
            }
            pairs[count] = pair;
            covered[count] = coveredHere;
            passages[count] = linkingPassages;
            count++;
        }

        interface PairConsumer {
            void accept(long pair, int firstSide, int secondSide, int passages);
        }

        /** Each pair with both its sides (a side never measured counts 0), in no particular order. */
        void forEachPair(PairConsumer consumer) {
            long[] keys = Arrays.copyOf(pairs, count);
            int[] order = new int[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            RadixSort.withValues(keys, order, count);
            int i = 0;
            while (i < count) {
                int j = i + 1;
                while (j < count && keys[j] == keys[i]) {
                    j++;
                }
                int second = j - i > 1 ? covered[order[i + 1]] : 0;
                consumer.accept(keys[i], covered[order[i]], second, Math.max(passages[order[i]],
                        j - i > 1 ? passages[order[i + 1]] : 0));
                i = j;
            }
        }
    }

    /** One measurement: the corpus's reports one after the other, with scratch space reused from one to the next. */
    private static final class Measure {
        private final KeyCorpus corpus;
        private final List<Passage> passages;
        private final int maxPairReports;
        private final boolean keepDetail;
        private final int texts;
        /** For each passage, the text of each occurrence. */
        private final int[][] textOf;
        /** For each passage, how many texts it occurs in. */
        private final int[] reportCount;
        /** Each text's occurrences as {@code passage << 32 | occurrence}, text after text, in ranking order. */
        private long[] entries;
        private int[] firstEntry;

        private final long[][] other;
        private final long[][] same;
        private final int[] lengths;
        private final Sides sides = new Sides();
        private final Map<Long, List<Integer>> indices = new HashMap<>();
        private final Map<Long, long[]> detail = new HashMap<>();

        // scratch for the report being measured: per other report, the spans linking them
        private final Spans[] byPartner;
        private final int[] linking;
        private final List<List<Integer>> lists;
        private final int[] touched;
        private final int[] touchedBy;
        private int touchedCount;
        private final Spans otherSpans = new Spans();
        private final Spans sameSpans = new Spans();

        Measure(KeyCorpus corpus, List<Passage> passages, int maxPairReports, boolean keepDetail) {
            this.corpus = corpus;
            this.passages = passages;
            this.maxPairReports = maxPairReports;
            this.keepDetail = keepDetail;
            this.texts = corpus.texts();
            textOf = new int[passages.size()][];
            reportCount = new int[passages.size()];
            for (int p = 0; p < passages.size(); p++) {
                int[] starts = passages.get(p).starts();
                int[] t = new int[starts.length];
                int distinct = 0;
                for (int o = 0; o < starts.length; o++) {
                    t[o] = corpus.textAt(starts[o]);
                    distinct += o == 0 || t[o] != t[o - 1] ? 1 : 0; // starts ascend, so a text's copies are neighbours
                }
                textOf[p] = t;
                reportCount[p] = distinct;
            }
            other = new long[texts][];
            same = new long[texts][];
            lengths = new int[texts];
            byPartner = new Spans[texts];
            linking = new int[texts];
            lists = new ArrayList<>(java.util.Collections.nCopies(keepDetail ? texts : 0, null));
            touched = new int[texts];
            touchedBy = new int[texts];
            Arrays.fill(touchedBy, -1);
        }

        PairShares run() {
            indexEntries();
            for (int a = 0; a < texts; a++) {
                measure(a);
            }
            List<Pair> pairs = new ArrayList<>();
            sides.forEachPair((pair, a0, a1, linked) -> {
                int a = (int) (pair >>> 32);
                int b = (int) (long) pair;
                List<Integer> list = indices.getOrDefault(pair, List.of());
                int shared = Math.min(a0, a1);
                if (shared > 0 || !list.isEmpty()) {
                    pairs.add(new Pair(a, b, shared, linked, list));
                }
            });
            pairs.sort(java.util.Comparator.comparingInt(Pair::a).thenComparingInt(Pair::b));
            return new PairShares(pairs, other, same, detail, lengths);
        }

        private void indexEntries() {
            firstEntry = new int[texts + 1];
            for (int[] t : textOf) {
                for (int x : t) {
                    firstEntry[x + 1]++;
                }
            }
            for (int i = 0; i < texts; i++) {
                firstEntry[i + 1] += firstEntry[i];
            }
            entries = new long[firstEntry[texts]];
            int[] fill = Arrays.copyOf(firstEntry, texts);
            for (int p = 0; p < textOf.length; p++) {
                for (int o = 0; o < textOf[p].length; o++) {
                    entries[fill[textOf[p][o]]++] = ((long) p << 32) | o;
                }
            }
        }

        /** Report {@code a}'s side of every pair it is in, and its own reuse. */
        private void measure(int a) {
            lengths[a] = corpus.textLength(a);
            int base = corpus.start(a);
            touchedCount = 0;
            otherSpans.count = 0;
            sameSpans.count = 0;
            int samePassages = 0;
            List<Integer> sameIndices = new ArrayList<>();
            for (int e = firstEntry[a]; e < firstEntry[a + 1]; e++) {
                int p = (int) (entries[e] >>> 32);
                int o = (int) entries[e];
                Passage passage = passages.get(p);
                int[] t = textOf[p];
                boolean firstHere = o == 0 || t[o - 1] != a;
                boolean repeatedHere = o > 0 && t[o - 1] == a || o + 1 < t.length && t[o + 1] == a;
                int start = passage.starts()[o] - base;
                int end = passage.ends()[o] - base;
                if (repeatedHere) {
                    if (!passage.stock()) {
                        sameSpans.add(start, end);
                        samePassages += firstHere ? 1 : 0;
                    }
                    if (keepDetail && firstHere) {
                        sameIndices.add(p);
                    }
                }
                if (reportCount[p] < 2) {
                    continue;
                }
                if (!passage.stock()) {
                    otherSpans.add(start, end);
                }
                if (reportCount[p] <= maxPairReports && (keepDetail || !passage.stock())) {
                    addToPartners(a, p, t, start, end, firstHere);
                }
            }
            other[a] = otherSpans.merged();
            same[a] = sameSpans.merged();
            if (samePassages > 0 || !sameIndices.isEmpty()) {
                int covered = length(same[a]);
                sides.add(key(a, a), covered, samePassages); // both sides of a report with itself
                sides.add(key(a, a), covered, samePassages);
                if (keepDetail) {
                    indices.put(key(a, a), sameIndices);
                    detail.put(key(a, a), same[a]);
                }
            }
            for (int i = 0; i < touchedCount; i++) {
                int b = touched[i];
                long[] merged = byPartner[b].merged();
                long pair = a < b ? key(a, b) : key(b, a);
                sides.add(pair, length(merged), linking[b]);
                if (a < b && keepDetail) {
                    indices.put(pair, lists.get(b));
                }
                if (keepDetail) {
                    detail.put(key(a, b), merged);
                }
            }
        }

        /** An occurrence in report {@code a} of passage {@code p}: a span linking {@code a} to every other report of it. */
        private void addToPartners(int a, int p, int[] textsOfPassage, int start, int end, boolean firstHere) {
            boolean stock = passages.get(p).stock();
            for (int x = 0; x < textsOfPassage.length; x++) {
                int b = textsOfPassage[x];
                if (b == a || x > 0 && textsOfPassage[x - 1] == b) {
                    continue;
                }
                if (touchedBy[b] != a) {
                    touchedBy[b] = a;
                    touched[touchedCount++] = b;
                    if (byPartner[b] == null) {
                        byPartner[b] = new Spans();
                    }
                    byPartner[b].count = 0;
                    linking[b] = 0;
                    if (keepDetail) {
                        lists.set(b, new ArrayList<>());
                    }
                }
                if (!stock) {
                    byPartner[b].add(start, end);
                    linking[b] += firstHere ? 1 : 0;
                }
                if (keepDetail && firstHere) {
                    lists.get(b).add(p);
                }
            }
        }
    }
}
