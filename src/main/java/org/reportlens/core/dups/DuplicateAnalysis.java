package org.reportlens.core.dups;

import java.util.List;

/** Duplicates longest first, and the reuse share of each report in the order given. */
public record DuplicateAnalysis(List<Duplicate> duplicates, List<ReuseShare> reuse) {
    public DuplicateAnalysis {
        duplicates = List.copyOf(duplicates);
        reuse = List.copyOf(reuse);
    }

    public static final DuplicateAnalysis NONE = new DuplicateAnalysis(List.of(), List.of());
}
