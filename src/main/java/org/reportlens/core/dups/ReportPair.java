package org.reportlens.core.dups;

import java.util.List;
import java.util.Objects;

/**
 * Two reports and what they share: the passages found in both, for a list grouped by pair. For a
 * passage repeated inside one report, {@code a} and {@code b} are the same report.
 *
 * @param sharedCharacters comparable characters the two share through passages that are not stock
 *                         wording, each character counted once: the smaller of what {@code a} holds
 *                         of those passages and what {@code b} holds, so never more than the shorter
 *                         report. For {@code a == b}, the characters of the report in a passage
 *                         found in it twice or more.
 * @param passages         how many passages that are not stock link them
 * @param duplicates       positions in {@link DuplicateAnalysis#duplicates()} of every passage
 *                         linking them, stock ones last; empty where only totals were kept (the
 *                         corpus command)
 */
public record ReportPair(String a, String b, int sharedCharacters, int passages, List<Integer> duplicates) {
    public ReportPair {
        Objects.requireNonNull(a, "a must not be null");
        Objects.requireNonNull(b, "b must not be null");
        if (sharedCharacters < 0 || passages < 0) {
            throw new IllegalArgumentException("negative count: " + sharedCharacters + ", " + passages);
        }
        duplicates = List.copyOf(duplicates);
    }

    /** Whether both sides are the same report (passages repeated inside it). */
    public boolean withinOneReport() {
        return a.equals(b);
    }
}
