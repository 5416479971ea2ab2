package org.reportlens.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.reportlens.core.compare.Cancellation;
import org.reportlens.core.compare.CompareOptions;
import org.reportlens.core.compare.Comparer;
import org.reportlens.core.compare.PairComparison;
import org.reportlens.core.report.Report;
import org.reportlens.core.targets.MetricNames;
import org.reportlens.core.targets.Target;
import org.reportlens.core.targets.TargetAnalysis;
import org.reportlens.core.targets.TargetKind;

/**
 * Checks a draft against the previous cycle's report for what an editor would otherwise find late:
 * years left at last year's ({@link StaleYears}), sentences with figures and passages of the review
 * carried over unchanged ({@link CarriedText}), level targets that did not move and figures the
 * draft states twice differently ({@link TargetChecks}). Findings are in the draft's text order;
 * every span is in the draft's original text, every evidence in the previous report's (or the draft's).
 */
public final class DraftCheck {
    private DraftCheck() {
    }

    /**
     * Compares the two reports and checks the draft: what {@code check DRAFT --against LAST} and the
     * viewer's Checks tab run.
     */
    public static List<Finding> check(Report draft, Report last, CompareOptions options, MetricNames names,
                                      Cancellation cancellation) {
        Objects.requireNonNull(options, "options must not be null");
        List<Report> both = List.of(last, draft);
        // the previous report is the base whatever the years say, so the pair runs from it to the draft
        int base = Comparer.byYear(both).indexOf(last);
        PairComparison pair = Comparer.compare(both, options.withBase(base), cancellation).pairs().get(0);
        return check(draft, last, pair, TargetAnalysis.of(both, names).targets());
    }

    /**
     * The findings of {@code draft} against {@code last}.
     *
     * @param pair    the comparison of the two, {@code last} as its older side ({@code a}), {@code draft} as {@code b}
     * @param targets the figures found in either report (others are ignored)
     */
    public static List<Finding> check(Report draft, Report last, PairComparison pair, List<Target> targets) {
        Objects.requireNonNull(draft, "draft must not be null");
        Objects.requireNonNull(last, "last must not be null");
        Objects.requireNonNull(pair, "pair must not be null");
        Objects.requireNonNull(targets, "targets must not be null");
        if (!pair.a().equals(last.id()) || !pair.b().equals(draft.id())) {
            throw new IllegalArgumentException("the pair compares " + pair.a() + " with " + pair.b() + ", not "
                    + last.id() + " with " + draft.id());
        }
        DraftYears years = DraftYears.of(draft, last);
        List<Finding> found = new ArrayList<>(StaleYears.find(draft, last, years));
        List<int[]> mainTargets = targets.stream()
                .filter(t -> t.report().equals(draft.id()) && t.kind() == TargetKind.TARGET)
                .map(t -> new int[] {t.start(), t.end()}).toList();
        List<Finding> carried = CarriedText.find(draft, last, pair, mainTargets);
        found.addAll(carried);
        found.addAll(TargetChecks.find(draft, last, targets, carried));
        found.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                .thenComparing(f -> f.kind().ordinal()));
        return List.copyOf(found);
    }
}
