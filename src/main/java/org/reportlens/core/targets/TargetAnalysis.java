package org.reportlens.core.targets;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import org.reportlens.core.report.Report;

/** Every figure found, report by report in text order, and the table of main targets. */
public record TargetAnalysis(List<Target> targets, TargetTable table) {
    public TargetAnalysis {
        targets = List.copyOf(targets);
        Objects.requireNonNull(table, "table must not be null");
    }

    /**
     * The figures of {@code reports} and their table. Achieved figures are read for the metrics the
     * name table knows and for every metric another report sets a target for ("财政总收入", "水耗"), so
     * that the next year's review can say what became of it.
     */
    public static TargetAnalysis of(List<Report> reports, MetricNames names) {
        TargetExtractor extractor = new TargetExtractor(names);
        // the metrics targeted that the name table does not know, from the target lists alone: each
        // report is then read once, not once more whenever a report targets such a metric
        Set<String> unknown = new HashSet<>();
        if (reports.size() > 1) {
            for (Report r : reports) {
                for (Target t : extractor.mainTargets(r)) {
                    if (t.kind() == TargetKind.TARGET && !names.isKnown(t.metric())) {
                        unknown.add(t.canonicalMetric());
                    }
                }
            }
        }
        List<Target> targets = reports.stream().flatMap(r -> extractor.extract(r, unknown).stream()).toList();
        return new TargetAnalysis(targets, TargetTableBuilder.build(reports, targets));
    }
}
