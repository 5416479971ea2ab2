package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one diff of the comparison: two sequences of ints (interned sentence keys, word ids or
 * characters) as alternating equal and changed runs. Myers' greedy algorithm finds a shortest
 * edit script in O((N+M)·D) steps and keeps D² ints of trace, so every call is given a step budget
 * ({@link #myers}); over it the caller gets null and keeps a coarser result. {@link #bounded} is
 * the fallback for long sequences: over budget, sentences found exactly once on each side anchor
 * the two sequences (as patience diff does), and only the gaps between anchors are diffed, each
 * within what is left of the budget; a gap still too big stays one changed run.
 */
final class SequenceDiff {
    /** The most steps one Myers call may take; its trace is at most this many ints (16 MB). */
    static final long MAX_CALL_STEPS = 4_000_000L;

    /**
     * A run of the diff: {@code a[aFrom, aTo)} against {@code b[bFrom, bTo)}; equal runs have the same
     * length on both sides, changed runs have at least one side non-empty.
     */
    record Run(int aFrom, int aTo, int bFrom, int bTo, boolean equal) {
        Run {
            if (aFrom < 0 || aTo < aFrom || bFrom < 0 || bTo < bFrom) {
                throw new IllegalArgumentException("invalid run [" + aFrom + ", " + aTo + ") [" + bFrom + ", " + bTo + ")");
            }
        }

        int aLength() {
            return aTo - aFrom;
        }

        int bLength() {
            return bTo - bFrom;
        }
    }

    /** Counts the steps taken and allows no more than a total; shared by all calls of one pair. */
    static final class Steps {
        private long left;
        private long taken;

        Steps(long total) {
            this.left = total;
        }

        /** What one call may still take: what is left, and never more than {@link #MAX_CALL_STEPS}. */
        long forOneCall() {
            return Math.min(left, MAX_CALL_STEPS);
        }

        void take(long steps) {
            taken += steps;
            left = Math.max(0, left - steps);
        }

        long taken() {
            return taken;
        }
    }

    private SequenceDiff() {
    }

    /** The runs of a whole diff, covering both sequences; {@code anchored} when Myers was over budget. */
    record Runs(List<Run> runs, boolean anchored) {
    }

    /** The runs of {@code a} against {@code b}, found by Myers within the step budget, else anchored at unique common elements. */
    static Runs bounded(int[] a, int[] b, Steps steps, Cancellation cancellation) {
        List<Run> runs = myers(a, b, 0, a.length, 0, b.length, steps, cancellation);
        if (runs != null) {
            return new Runs(runs, false);
        }
        List<Run> out = new ArrayList<>();
        int prefix = commonPrefix(a, 0, a.length, b, 0, b.length);
        int suffix = commonSuffix(a, prefix, a.length, b, prefix, b.length);
        addEqual(out, 0, 0, prefix);
        int aEnd = a.length - suffix;
        int bEnd = b.length - suffix;
        int ai = prefix;
        int bi = prefix;
        for (int[] anchor : uniqueAnchors(a, prefix, aEnd, b, prefix, bEnd)) {
            gap(out, a, ai, anchor[0], b, bi, anchor[1], steps, cancellation);
            addEqual(out, anchor[0], anchor[1], 1);
            ai = anchor[0] + 1;
            bi = anchor[1] + 1;
        }
        gap(out, a, ai, aEnd, b, bi, bEnd, steps, cancellation);
        addEqual(out, aEnd, bEnd, suffix);
        return new Runs(merged(out), true);
    }

    /** A gap between anchors: Myers within what is left, else one changed run. */
    private static void gap(List<Run> out, int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo, Steps steps,
                            Cancellation cancellation) {
        if (aFrom == aTo && bFrom == bTo) {
            return;
        }
        List<Run> runs = myers(a, b, aFrom, aTo, bFrom, bTo, steps, cancellation);
        if (runs == null) {
            out.add(new Run(aFrom, aTo, bFrom, bTo, false));
        } else {
            out.addAll(runs);
        }
    }

    /**
     * Myers' diff of {@code a[aFrom, aTo)} against {@code b[bFrom, bTo)} after setting aside their common
     * start and end, or null when it would take more than the steps one call may take. Choices as in
     * Myers' paper (and java-diff-utils): from the diagonal that reached further, a deletion on a tie.
     */
    static List<Run> myers(int[] a, int[] b, int aFrom, int aTo, int bFrom, int bTo, Steps steps,
                           Cancellation cancellation) {
        int prefix = commonPrefix(a, aFrom, aTo, b, bFrom, bTo);
        int suffix = commonSuffix(a, aFrom + prefix, aTo, b, bFrom + prefix, bTo);
        steps.take(prefix + suffix);
        int x0 = aFrom + prefix;
        int y0 = bFrom + prefix;
        int n = aTo - suffix - x0;
        int m = bTo - suffix - y0;
        List<Run> out = new ArrayList<>();
        addEqual(out, aFrom, bFrom, prefix);
        if (n == 0 || m == 0) {
            if (n > 0 || m > 0) {
                out.add(new Run(x0, x0 + n, y0, y0 + m, false));
            }
        } else {
            List<int[]> trace = trace(a, x0, n, b, y0, m, steps.forOneCall(), steps, cancellation);
            if (trace == null) {
                return null;
            }
            out.addAll(backtrack(trace, x0, n, y0, m, a, b));
        }
        addEqual(out, x0 + n, y0 + m, suffix);
        return merged(out);
    }

    /**
     * The furthest reach on each diagonal after each D, {@code v[d][(k + d) / 2]} for k = -d, -d + 2 … d;
     * null when the steps (at least the ints kept) would exceed {@code limit}.
     */
    private static List<int[]> trace(int[] a, int x0, int n, int[] b, int y0, int m, long limit, Steps steps,
                                     Cancellation cancellation) {
        List<int[]> trace = new ArrayList<>();
        int[] previous = null;
        long taken = 0;
        for (int d = 0; d <= n + m; d++) {
            if ((d & 63) == 0) {
                cancellation.check();
            }
            int[] v = new int[d + 1];
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (d == 0) {
                    x = 0;
                } else if (down(previous, k, d)) {
                    x = previous[(k + 1 + d - 1) / 2];
                } else {
                    x = previous[(k - 1 + d - 1) / 2] + 1;
                }
                int y = x - k;
                int start = x;
                while (x < n && y < m && a[x0 + x] == b[y0 + y]) {
                    x++;
                    y++;
                }
                taken += 1 + x - start;
                v[(k + d) / 2] = x;
                if (x >= n && y >= m) {
                    trace.add(v);
                    steps.take(taken);
                    return trace;
                }
                if (taken > limit) { // checked after every snake: a call overruns by at most one snake
                    steps.take(taken);
                    return null;
                }
            }
            trace.add(v);
            previous = v;
        }
        throw new IllegalStateException("Myers found no path"); // unreachable: D ≤ N + M
    }

    /** Whether diagonal k at D is reached from k + 1 (an insertion) rather than from k - 1 (a deletion). */
    private static boolean down(int[] previous, int k, int d) {
        return k == -d || k != d && previous[(k - 1 + d - 1) / 2] < previous[(k + 1 + d - 1) / 2];
    }

    private static List<Run> backtrack(List<int[]> trace, int x0, int n, int y0, int m, int[] a, int[] b) {
        List<Run> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d > 0; d--) {
            int[] previous = trace.get(d - 1);
            int k = x - y;
            boolean down = down(previous, k, d);
            int prevK = down ? k + 1 : k - 1;
            int prevX = previous[(prevK + d - 1) / 2];
            int prevY = prevX - prevK;
            int midX = down ? prevX : prevX + 1;
            int midY = down ? prevY + 1 : prevY;
            if (x > midX) {
                reversed.add(new Run(x0 + midX, x0 + x, y0 + midY, y0 + y, true));
            }
            reversed.add(down ? new Run(x0 + prevX, x0 + prevX, y0 + prevY, y0 + midY, false)
                    : new Run(x0 + prevX, x0 + midX, y0 + prevY, y0 + prevY, false));
            x = prevX;
            y = prevY;
        }
        if (x > 0) {
            reversed.add(new Run(x0, x0 + x, y0, y0 + y, true));
        }
        List<Run> runs = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            runs.add(reversed.get(i));
        }
        return runs;
    }

    /**
     * Elements found exactly once in each range, as {aIndex, bIndex}, reduced to the longest chain
     * increasing on both sides (patience sorting, O(k log k)).
     */
    static List<int[]> uniqueAnchors(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        Map<Integer, int[]> seen = new HashMap<>(); // element -> {count in a, index in a, count in b, index in b}
        for (int i = aFrom; i < aTo; i++) {
            int[] s = seen.computeIfAbsent(a[i], k -> new int[4]);
            s[0]++;
            s[1] = i;
        }
        for (int j = bFrom; j < bTo; j++) {
            int[] s = seen.get(b[j]);
            if (s != null) {
                s[2]++;
                s[3] = j;
            }
        }
        List<int[]> candidates = new ArrayList<>();
        for (int j = bFrom; j < bTo; j++) {
            int[] s = seen.get(b[j]);
            if (s != null && s[0] == 1 && s[2] == 1) {
                candidates.add(new int[] {s[1], j});
            }
        }
        return longestIncreasing(candidates);
    }

    /** The longest subsequence of {@code pairs} (increasing in b) that also increases in a. */
    private static List<int[]> longestIncreasing(List<int[]> pairs) {
        int[] run = LongestIncreasing.of(pairs.stream().mapToInt(p -> p[0]).toArray());
        List<int[]> chain = new ArrayList<>(run.length);
        for (int at : run) {
            chain.add(pairs.get(at));
        }
        return chain;
    }

    private static int commonPrefix(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        int n = 0;
        while (aFrom + n < aTo && bFrom + n < bTo && a[aFrom + n] == b[bFrom + n]) {
            n++;
        }
        return n;
    }

    private static int commonSuffix(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        int n = 0;
        while (aTo - n > aFrom && bTo - n > bFrom && a[aTo - 1 - n] == b[bTo - 1 - n]) {
            n++;
        }
        return n;
    }

    private static void addEqual(List<Run> out, int a, int b, int length) {
        if (length > 0) {
            out.add(new Run(a, a + length, b, b + length, true));
        }
    }

    /** Adjacent runs of one kind joined: a deletion next to an insertion is one changed run. */
    private static List<Run> merged(List<Run> runs) {
        List<Run> out = new ArrayList<>(runs.size());
        for (Run r : runs) {
            Run last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.equal() == r.equal() && last.aTo() == r.aFrom() && last.bTo() == r.bFrom()) {
                out.set(out.size() - 1, new Run(last.aFrom(), r.aTo(), last.bFrom(), r.bTo(), r.equal()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** Ints standing for strings, equal strings equal ints: sentence keys or words made comparable as ints. */
    static final class Interner {
        private final Map<String, Integer> ids = new HashMap<>();

        int[] ids(List<String> strings) {
            int[] out = new int[strings.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ids.computeIfAbsent(strings.get(i), s -> ids.size());
            }
            return out;
        }
    }
}
