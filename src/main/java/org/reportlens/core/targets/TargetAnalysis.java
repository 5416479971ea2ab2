package org.reportlens.core.targets;

import java.util.List;
import java.util.Objects;
import org.reportlens.core.report.Report;

/** Every figure found, report by report in text order, and the table of main targets. */
public record TargetAnalysis(List<Target> targets, TargetTable table) {
    public TargetAnalysis {
        targets = List.copyOf(targets);
        Objects.requireNonNull(table, "table must not be null");
    }

    public static TargetAnalysis of(List<Report> reports, MetricNames names) {
        TargetExtractor extractor = new TargetExtractor(names);
        List<Target> targets = reports.stream().flatMap(r -> extractor.extract(r).stream()).toList();
        return new TargetAnalysis(targets, TargetTableBuilder.build(reports, targets));
    }
}
