package org.reportlens.core.text;

/** Look-ups in ascending offset tables, such as a text's map to original offsets. */
final class SortedOffsets {
    private SortedOffsets() {
    }

    /** The first index whose offset is at or after {@code offset}; {@code offsets.length} when none is. */
    static int firstAtOrAfter(int[] offsets, int offset) {
        int lo = 0;
        int hi = offsets.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (offsets[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
