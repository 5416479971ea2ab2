package org.reportlens.core.dups;

import java.util.Arrays;
import org.reportlens.core.text.ComparableText;

/**
 * The original offset of each comparable character of a report, kept in about one byte per
 * character instead of four: a corpus of 40 million characters keeps its map in 45 MB. Offsets
 * ascend; between two neighbours lie only the whitespace and page furniture the key leaves out,
 * usually nothing, so each step is stored as a byte with the original offset written out every
 * {@value #STEP} characters.
 */
final class OriginalOffsets {
    private static final int STEP = 32;
    /** A gap this large or larger is looked up in {@link #largeGaps}. */
    private static final int LARGE = 255;

    private final int length;
    private final int[] checkpoints;
    private final byte[] gaps;
    /** Pairs {index, gap} sorted by index, for the rare gaps of 255 characters or more. */
    private final int[] largeGaps;

    private OriginalOffsets(int length, int[] checkpoints, byte[] gaps, int[] largeGaps) {
        this.length = length;
        this.checkpoints = checkpoints;
        this.gaps = gaps;
        this.largeGaps = largeGaps;
    }

    static OriginalOffsets of(ComparableText key) {
        int n = key.length();
        int[] checkpoints = new int[(n + STEP - 1) / STEP];
        byte[] gaps = new byte[n];
        int[] large = new int[0];
        int largeCount = 0;
        int previous = -1;
        for (int i = 0; i < n; i++) {
            int offset = key.originalAt(i, -1);
            if (i % STEP == 0) {
                checkpoints[i / STEP] = offset;
            } else {
                int gap = offset - previous - 1;
                if (gap >= LARGE) {
                    if (largeCount * 2 == large.length) {
                        large = Arrays.copyOf(large, Math.max(8, large.length * 2));
                    }
                    large[largeCount * 2] = i;
                    large[largeCount * 2 + 1] = gap;
                    largeCount++;
                    gaps[i] = (byte) LARGE;
                } else {
                    gaps[i] = (byte) gap;
                }
            }
            previous = offset;
        }
        return new OriginalOffsets(n, checkpoints, gaps, Arrays.copyOf(large, largeCount * 2));
    }

    /** How many comparable characters the report has. */
    int length() {
        return length;
    }

    /** The original offset of comparable character {@code i}, or {@code fallback} past the end. */
    int at(int i, int fallback) {
        if (i >= length) {
            return fallback;
        }
        int offset = checkpoints[i / STEP];
        for (int j = i - i % STEP + 1; j <= i; j++) {
            offset += gap(j) + 1;
        }
        return offset;
    }

    private int gap(int i) {
        int g = gaps[i] & 0xFF;
        if (g < LARGE) {
            return g;
        }
        int lo = 0;
        int hi = largeGaps.length / 2 - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (largeGaps[mid * 2] < i) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return largeGaps[lo * 2 + 1];
    }

    /** The first comparable character whose original offset is at or after {@code original}; the length when none is. */
    int firstAtOrAfter(int original) {
        int lo = 0;
        int hi = checkpoints.length;
        while (lo < hi) { // the first checkpoint past original
            int mid = (lo + hi) >>> 1;
            if (checkpoints[mid] <= original) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int i = Math.max(0, (lo - 1) * STEP);
        int offset = lo == 0 ? Integer.MAX_VALUE : checkpoints[lo - 1];
        while (i < length && offset < original) {
            i++;
            offset = i < length ? (i % STEP == 0 ? checkpoints[i / STEP] : offset + gap(i) + 1) : offset;
        }
        return i;
    }
}
