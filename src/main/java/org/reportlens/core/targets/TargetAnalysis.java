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
        List<Target> targets = reports.stream().flatMap(r -> extractor.extract(r).stream()).toList();
        Set<String> unknown = new HashSet<>();
        for (Target t : targets) {
            if (t.kind() == TargetKind.TARGET && !names.isKnown(t.metric())) {
                unknown.add(t.canonicalMetric());
            }
        }
        if (!unknown.isEmpty() && reports.size() > 1) {
            targets = reports.stream().flatMap(r -> extractor.extract(r, unknown).stream()).toList();
        }
        return new TargetAnalysis(targets, TargetTableBuilder.build(reports, targets));
    }
}
