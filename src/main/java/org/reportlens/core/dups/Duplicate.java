package org.reportlens.core.dups;

import java.util.List;
import java.util.Objects;

/**
 * A passage found more than once.
 *
 * @param length      its length in comparable characters (width folded, whitespace left out); for a
 *                    near repeat, that of its longest copy
 * @param text        the original text of its first occurrence
 * @param near        true when the copies differ by small edits, listed in {@code edits}
 * @param stock       true when it is stock wording ({@link StockPhrases}, or inside the reports'
 *                    openings): ranked last, shown apart, not counted as reuse
 * @param occurrences every place it stands, in report order then text order
 * @param edits       for a near repeat, where its two copies differ; empty for an exact one
 */
public record Duplicate(int length, String text, boolean near, boolean stock, List<Occurrence> occurrences,
                        List<NearEdit> edits) {
    public Duplicate {
        Objects.requireNonNull(text, "text must not be null");
        occurrences = List.copyOf(occurrences);
        edits = List.copyOf(edits);
        if (occurrences.size() < 2) {
            throw new IllegalArgumentException("a duplicate needs two occurrences, got " + occurrences.size());
        }
    }

    /** The distinct reports it occurs in. */
    public long reportCount() {
        return occurrences.stream().map(Occurrence::report).distinct().count();
    }
}
