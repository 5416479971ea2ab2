package org.reportlens.core.compare;

import java.util.List;

/** The changes from report {@code a} to report {@code b}, in the order of {@code b}'s text. */
public record PairComparison(String a, String b, List<Change> changes) {
    public PairComparison {
        changes = List.copyOf(changes);
    }
}
