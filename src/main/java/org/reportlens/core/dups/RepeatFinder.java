package org.reportlens.core.dups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds every maximal repeat of at least {@code k} characters in a {@link KeyCorpus}, each once
 * with all its occurrences.
 *
 * <p>All positions whose {@code k}-gram occurs more than once are grouped into classes of equal
 * {@code k}-grams (hashed partition by partition, sorted, then checked character by character). A class whose members,
 * each moved on by one, are exactly the next class continues the same passage; a chain of such
 * classes is one repeat, {@code k} plus its steps long. The ends are then widened while every
 * occurrence still agrees, which joins a passage whose middle also occurs elsewhere. Time and
 * memory grow linearly with the corpus, apart from the sort.
 */
final class RepeatFinder {
    private static final long BASE = 0x9E3779B97F4A7C15L;
    /** A partition of the hash space holds about this many k-grams. */
    private static final long WINDOWS_PER_PARTITION = 6_000_000;
    private static final int MAX_PARTITION_BITS = 10;

    /** A repeated passage: its length and the corpus positions where it starts, ascending. */
    record Repeat(int length, int[] starts) {
    }

    private final char[] chars;
    private final int k;
    /** Classes with more members are not kept: no repeat wanted is made of them. */
    private final int maxOccurrences;
    /** Low bits of a packed window that hold its position; the hash fills the rest. */
    private final int positionBits;
    private final long positionMask;
    private int[] members;
    private int[] classStarts;
    private int classCount;

    private RepeatFinder(KeyCorpus corpus, int k, int maxOccurrences) {
        this.chars = corpus.chars();
        this.k = k;
        this.maxOccurrences = maxOccurrences;
        this.positionBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, chars.length));
        this.positionMask = (1L << positionBits) - 1;
    }

    static List<Repeat> find(KeyCorpus corpus, int k) {
        return find(corpus, k, Integer.MAX_VALUE);
    }

    /**
     * As {@link #find(KeyCorpus, int)}, leaving out repeats with more than {@code maxOccurrences}
     * occurrences (common phrases, when only copies between a few places are wanted). A repeat's
     * classes all have its number of members, so the larger classes are dropped as soon as they
     * are found, and nothing else found changes.
     */
    static List<Repeat> find(KeyCorpus corpus, int k, int maxOccurrences) {
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2: " + k);
        }
        return new RepeatFinder(corpus, k, maxOccurrences).run();
    }

    private List<Repeat> run() {
        buildClasses();
        int[] next = nextClasses();
        boolean[] continued = new boolean[classCount];
        for (int c = 0; c < classCount; c++) {
            if (next[c] >= 0) {
                continued[next[c]] = true;
            }
        }
        // chains in text order, so one that lies inside a repeat already widened is seen to be
        // part of it without widening it again (a doubled text holds hundreds of such chains)
        long[] heads = new long[classCount];
        int headCount = 0;
        for (int c = 0; c < classCount; c++) {
            if (!continued[c]) {
                heads[headCount++] = ((long) members[classStarts[c]] << 32) | c;
            }
        }
        Arrays.sort(heads, 0, headCount);
        List<Repeat> repeats = new ArrayList<>();
        List<Repeat> open = new ArrayList<>();
        for (int h = 0; h < headCount; h++) {
            int c = (int) heads[h];
            int length = k;
            for (int d = next[c]; d >= 0; d = next[d]) {
                length++;
            }
            int[] starts = Arrays.copyOfRange(members, classStarts[c], classStarts[c + 1]);
            open.removeIf(r -> r.starts()[0] + r.length() <= starts[0]);
            if (!anyHolds(open, starts, length)) {
                Repeat r = widen(starts, length);
                repeats.add(r);
                open.add(r);
            }
        }
        return repeats;
    }

    /**
     * For each class, the class that continues it one character on, or -1. The table from position
     * to class is the largest this search builds, so it lives only here. Each position is a member
     * of one class at most, and each class continues one other at most, so both loops write
     * disjoint places and run on all cores.
     */
    private int[] nextClasses() {
        int[] classOf = new int[chars.length];
        Arrays.fill(classOf, -1);
        IntStream.range(0, classCount).parallel().forEach(c -> {
            for (int x = classStarts[c]; x < classStarts[c + 1]; x++) {
                classOf[members[x]] = c;
            }
        });
        int[] next = new int[classCount];
        IntStream.range(0, classCount).parallel().forEach(c -> next[c] = nextClass(c, classOf));
        return next;
    }

    private static boolean anyHolds(List<Repeat> repeats, int[] starts, int length) {
        for (Repeat r : repeats) {
            if (holds(r, starts, length)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code r} has these occurrences, each moved on by the same offset, and is long enough to hold them. */
    private static boolean holds(Repeat r, int[] starts, int length) {
        int[] own = r.starts();
        if (own.length != starts.length) {
            return false;
        }
        int offset = starts[0] - own[0];
        if (offset < 0 || offset + length > r.length()) {
            return false;
        }
        for (int i = 1; i < own.length; i++) {
            if (starts[i] - own[i] != offset) {
                return false;
            }
        }
        return true;
    }

    /**
     * Groups every position whose k-gram occurs more than once into classes of equal k-grams, in
     * {@link #members} and {@link #classStarts}; positions ascend within a class.
     *
     * <p>The hash space is cut into partitions of a few million k-grams. For each partition the
     * corpus is hashed again and only the k-grams falling into it are kept, sorted by hash, those
     * seen once dropped and the rest checked character by character. Hashing is cheap and
     * sequential; what costs is memory and random access, and this way the working set is one
     * partition's sorted array, never a table as large as the corpus. Partitions are independent,
     * so they run on all cores.
     */
    private void buildClasses() {
        int partitionBits = 0;
        while (partitionBits < MAX_PARTITION_BITS && ((long) chars.length >> partitionBits) > WINDOWS_PER_PARTITION) {
            partitionBits++;
        }
        int bits = partitionBits;
        Classes[] parts = new Classes[1 << bits];
        IntStream.range(0, parts.length).parallel().forEach(p -> parts[p] = classesOf(p, bits));
        long total = 0;
        int classes = 0;
        for (Classes part : parts) {
            total += part.memberCount;
            classes += part.classCount;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(total + " repeated k-grams are more than one array holds");
        }
        members = new int[(int) total];
        classStarts = new int[classes + 1];
        int used = 0;
        for (int p = 0; p < parts.length; p++) {
            Classes part = parts[p];
            parts[p] = null;
            for (int c = 0; c < part.classCount; c++) {
                classStarts[classCount++] = used + part.starts[c];
            }
            System.arraycopy(part.members, 0, members, used, part.memberCount);
            used += part.memberCount;
        }
        classStarts[classCount] = used;
    }

    /** The classes of one partition of the hash space. */
    private Classes classesOf(int partition, int partitionBits) {
        long[] windows = new long[Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8,
                ((long) chars.length >> partitionBits) + ((long) chars.length >> (partitionBits + 3))))];
        int count = 0;
        RollingHash rolling = new RollingHash();
        for (int i = 0; i < chars.length; i++) {
            if (rolling.next(i) && (partitionBits == 0 || (int) (rolling.hash >>> (64 - partitionBits)) == partition)) {
                if (count == windows.length) {
                    windows = Arrays.copyOf(windows, (int) Math.min(Integer.MAX_VALUE - 8, windows.length * 3L / 2));
                }
                windows[count++] = (rolling.hash & ~positionMask) | (i - k + 1);
            }
        }
        long[] sorted = RadixSort.byHighBits(windows, count, positionBits);
        windows = null;
        Classes classes = new Classes();
        int i = 0;
        while (i < count) {
            long hash = sorted[i] & ~positionMask;
            int j = i + 1;
            while (j < count && (sorted[j] & ~positionMask) == hash) {
                j++;
            }
            if (j - i >= 2) {
                addClasses(sorted, i, j, classes);
            }
            i = j;
        }
        return classes;
    }

    /** Classes as they are found: their members end to end, and where each class starts among them. */
    private static final class Classes {
        int[] members = new int[16];
        int memberCount;
        int[] starts = new int[16];
        int classCount;

        void startClass() {
            if (classCount == starts.length) {
                starts = Arrays.copyOf(starts, classCount * 2);
            }
            starts[classCount++] = memberCount;
        }

        void add(int position) {
            if (memberCount == members.length) {
                members = Arrays.copyOf(members, memberCount * 2);
            }
            members[memberCount++] = position;
        }
    }

    /** A polynomial hash of the k characters ending at each index, mixed; valid when no separator is among them. */
    private final class RollingHash {
        private final long power;
        private long raw;
        private int lastSeparator = -1;
        long hash;

        RollingHash() {
            long p = 1;
            for (int i = 0; i < k; i++) {
                p *= BASE;
            }
            power = p;
        }

        /** Takes in character {@code i}; true when the k-gram ending there is whole. */
        boolean next(int i) {
            char c = chars[i];
            raw = raw * BASE + c;
            if (i >= k) {
                raw -= chars[i - k] * power;
            }
            if (c == KeyCorpus.SEPARATOR) {
                lastSeparator = i;
            }
            if (i - k + 1 <= lastSeparator || i < k - 1) {
                return false;
            }
            hash = mix(raw);
            return true;
        }
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    /** A run of equal hashes, split by the actual characters, becomes classes of two or more members. */
    private void addClasses(long[] windows, int from, int to, Classes classes) {
        int first = (int) (windows[from] & positionMask);
        boolean allEqual = true;
        for (int x = from + 1; x < to && allEqual; x++) {
            allEqual = sameWindow(first, (int) (windows[x] & positionMask));
        }
        if (allEqual) {
            if (to - from > maxOccurrences) {
                return;
            }
            classes.startClass();
            for (int x = from; x < to; x++) {
                classes.add((int) (windows[x] & positionMask));
            }
            return;
        }
        // a hash collision: part the run by content, keeping positions ascending in each part
        boolean[] taken = new boolean[to - from];
        int[] part = new int[to - from];
        for (int a = from; a < to; a++) {
            if (taken[a - from]) {
                continue;
            }
            int pa = (int) (windows[a] & positionMask);
            int size = 0;
            part[size++] = pa;
            for (int b = a + 1; b < to; b++) {
                int pb = (int) (windows[b] & positionMask);
                if (!taken[b - from] && sameWindow(pa, pb)) {
                    taken[b - from] = true;
                    part[size++] = pb;
                }
            }
            if (size >= 2 && size <= maxOccurrences) {
                classes.startClass();
                for (int x = 0; x < size; x++) {
                    classes.add(part[x]);
                }
            }
        }
    }

    private boolean sameWindow(int a, int b) {
        return Arrays.mismatch(chars, a, a + k, chars, b, b + k) < 0;
    }

    /** The class that continues class {@code c} one character on, or -1. */
    private int nextClass(int c, int[] classOf) {
        int from = classStarts[c];
        int to = classStarts[c + 1];
        int first = members[from] + 1;
        if (first >= chars.length) {
            return -1;
        }
        int d = classOf[first];
        if (d < 0 || d == c || classStarts[d + 1] - classStarts[d] != to - from) {
            return -1;
        }
        for (int x = from + 1; x < to; x++) {
            int p = members[x] + 1;
            if (p >= chars.length || classOf[p] != d) {
                return -1;
            }
        }
        return d;
    }

    /** Widens a repeat at both ends while all its occurrences still read the same character. */
    private Repeat widen(int[] starts, int length) {
        int left = 0;
        while (agree(starts, -left - 1)) {
            left++;
        }
        int right = 0;
        while (agree(starts, length + right)) {
            right++;
        }
        if (left > 0) {
            for (int x = 0; x < starts.length; x++) {
                starts[x] -= left;
            }
        }
        return new Repeat(length + left + right, starts);
    }

    private boolean agree(int[] starts, int offset) {
        int p0 = starts[0] + offset;
        if (p0 < 0 || p0 >= chars.length) {
            return false;
        }
        char c = chars[p0];
        if (c == KeyCorpus.SEPARATOR) {
            return false;
        }
        for (int x = 1; x < starts.length; x++) {
            int p = starts[x] + offset;
            if (p < 0 || p >= chars.length || chars[p] != c) {
                return false;
            }
        }
        return true;
    }
}
