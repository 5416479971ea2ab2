package org.reportlens.session;

import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.targets.TargetChange;

/**
 * The counts in the status bar.
 *
 * @param changes        changes between the compared reports
 * @param duplicates     duplicated passages that are not stock phrases
 * @param changedTargets target cells that moved against the year before (raised, lowered, new, …)
 * @param millis         how long the analysis took
 */
public record Counts(int changes, long duplicates, long changedTargets, long millis) {

    static Counts of(Analysis analysis, long millis) {
        int changes = analysis.comparison().pairs().stream().mapToInt(p -> p.changes().size()).sum();
        long duplicates = analysis.duplicates().duplicates().stream().filter(d -> !d.stock()).count();
        long changedTargets = analysis.targets().table().rows().stream().flatMap(r -> r.cells().stream())
                .filter(c -> c.change() != null && c.change() != TargetChange.FIRST && c.change() != TargetChange.SAME)
                .count();
        return new Counts(changes, duplicates, changedTargets, millis);
    }
}
