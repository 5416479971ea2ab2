package org.reportlens.core.analysis;

import java.util.Objects;
import org.reportlens.core.compare.CompareOptions;
import org.reportlens.core.dups.DuplicateOptions;
import org.reportlens.core.targets.MetricNames;

/** Everything a user can set about an analysis. */
public record AnalysisOptions(CompareOptions compare, DuplicateOptions duplicates, MetricNames metricNames) {
    public AnalysisOptions {
        Objects.requireNonNull(compare, "compare must not be null");
        Objects.requireNonNull(duplicates, "duplicates must not be null");
        Objects.requireNonNull(metricNames, "metricNames must not be null");
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(CompareOptions.DEFAULTS, DuplicateOptions.defaults(), MetricNames.defaults());
    }

    public AnalysisOptions withCompare(CompareOptions options) {
        return new AnalysisOptions(options, duplicates, metricNames);
    }

    public AnalysisOptions withMetricNames(MetricNames names) {
        return new AnalysisOptions(compare, duplicates, names);
    }

    public AnalysisOptions withDuplicates(DuplicateOptions options) {
        return new AnalysisOptions(compare, options, metricNames);
    }
}
