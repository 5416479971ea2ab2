package org.reportlens.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reportlens.core.check.DraftCheck;
import org.reportlens.core.check.Finding;
import org.reportlens.core.compare.Comparison;
import org.reportlens.core.compare.PairComparison;
import org.reportlens.core.dups.DuplicateAnalysis;
import org.reportlens.core.report.Report;
import org.reportlens.core.targets.TargetAnalysis;

/**
 * The analysis of a set of reports, in the order they were given.
 *
 * @param compared the ids of the reports compared, in the order given to the comparison: the
 *                 order of each alignment row's sections
 */
public record Analysis(List<Report> reports, List<String> compared, AnalysisOptions options, Comparison comparison,
                       DuplicateAnalysis duplicates, TargetAnalysis targets) {
    public Analysis {
        reports = List.copyOf(reports);
        compared = List.copyOf(compared);
        Objects.requireNonNull(options, "options must not be null");
        Objects.requireNonNull(comparison, "comparison must not be null");
        Objects.requireNonNull(duplicates, "duplicates must not be null");
        Objects.requireNonNull(targets, "targets must not be null");
    }

    /**
     * The draft check of one compared pair.
     *
     * @param draft    the later report, checked
     * @param against  the earlier one it is checked against
     * @param findings what the check found, in the draft's order
     */
    public record Checked(Report draft, Report against, List<Finding> findings) {
        public Checked {
            Objects.requireNonNull(draft, "draft must not be null");
            Objects.requireNonNull(against, "against must not be null");
            findings = List.copyOf(findings);
        }
    }

    /** The report of this id; an error if the analysis has none. */
    public Report report(String id) {
        return reports.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no report " + id + " in the analysis"));
    }

    /**
     * The draft check of each compared pair, in the order compared: the later report as the draft,
     * against the earlier one; none for a pair compared with a later base (there is no draft to check).
     */
    public List<Checked> checks() {
        List<Checked> checked = new ArrayList<>();
        for (PairComparison pair : comparison.pairs()) {
            if (pair.yearsApart() != null && pair.yearsApart() <= 0) {
                continue;
            }
            Report last = report(pair.a());
            Report draft = report(pair.b());
            checked.add(new Checked(draft, last, DraftCheck.check(draft, last, pair, targets.targets())));
        }
        return checked;
    }
}
