package org.reportlens.core.analysis;

import java.util.Objects;
import org.reportlens.core.compare.CompareOptions;
import org.reportlens.core.dups.DuplicateOptions;
import org.reportlens.core.targets.MetricNames;

/**
 * Everything a user can set about an analysis.
 *
 * @param hideRoutine leave routine units (a year moved on by the years between the reports) and
 *                    routine changes out of what is shown and written: the marks, the HTML export
 *                    and the JSON; the comparison itself still finds them
 */
public record AnalysisOptions(CompareOptions compare, DuplicateOptions duplicates, MetricNames metricNames,
                              boolean hideRoutine) {
    public AnalysisOptions {
        Objects.requireNonNull(compare, "compare must not be null");
        Objects.requireNonNull(duplicates, "duplicates must not be null");
        Objects.requireNonNull(metricNames, "metricNames must not be null");
    }

    /** Options showing routine units. */
    public AnalysisOptions(CompareOptions compare, DuplicateOptions duplicates, MetricNames metricNames) {
        this(compare, duplicates, metricNames, false);
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(CompareOptions.DEFAULTS, DuplicateOptions.defaults(), MetricNames.defaults());
    }

    public AnalysisOptions withCompare(CompareOptions options) {
        return new AnalysisOptions(options, duplicates, metricNames, hideRoutine);
    }

    public AnalysisOptions withMetricNames(MetricNames names) {
        return new AnalysisOptions(compare, duplicates, names, hideRoutine);
    }

    public AnalysisOptions withDuplicates(DuplicateOptions options) {
        return new AnalysisOptions(compare, options, metricNames, hideRoutine);
    }

    public AnalysisOptions withHideRoutine(boolean hide) {
        return new AnalysisOptions(compare, duplicates, metricNames, hide);
    }
}
