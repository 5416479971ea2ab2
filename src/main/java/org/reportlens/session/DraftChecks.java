package org.reportlens.session;

import java.util.ArrayList;
import java.util.List;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.check.DraftCheck;
import org.reportlens.core.check.Finding;
import org.reportlens.core.compare.PairComparison;
import org.reportlens.core.dups.Places;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.Span;
import org.reportlens.core.text.OneLine;

/**
 * The Checks tab's lines for an analysis: for each compared pair, the later report checked as a
 * draft against the earlier one ({@link DraftCheck}), in the order of the pairs and then of the
 * draft's text. A place is named by year and section, as an editor finds it, never by offset.
 */
public final class DraftChecks {
    /** The longest text a line shows; the rest is in the report. */
    static final int SHOWN_CHARS = 80;

    private DraftChecks() {
    }

    /** The lines; none for no analysis. */
    public static List<CheckRow> of(Analysis analysis) {
        List<CheckRow> rows = new ArrayList<>();
        if (analysis == null) {
            return rows;
        }
        Places places = Places.of(analysis.reports());
        for (PairComparison pair : analysis.comparison().pairs()) {
            if (pair.yearsApart() != null && pair.yearsApart() <= 0) {
                continue; // compared with a later base: no draft to check
            }
            Report last = report(analysis, pair.a());
            Report draft = report(analysis, pair.b());
            for (Finding f : DraftCheck.check(draft, last, pair, analysis.targets().targets())) {
                Report evidence = f.evidence().report().equals(last.id()) ? last : draft;
                rows.add(new CheckRow(key(f), draft.id(), new Span(f.start(), f.end()), places.at(draft.id(), f.start()),
                        OneLine.of(f.found(), SHOWN_CHARS), f.expected() == null ? "" : f.expected(), evidence.id(),
                        new Span(f.evidence().start(), f.evidence().end()), places.at(evidence.id(), f.evidence().start())));
            }
        }
        return rows;
    }

    private static String key(Finding f) {
        return switch (f.kind()) {
            case STALE_YEAR -> "check.staleYear";
            case CARRIED_FIGURES -> "check.carriedFigures";
            case UNCHANGED_TARGET -> "check.unchangedTarget";
            case FIGURES_DISAGREE -> "check.figuresDisagree";
            case COPIED_PASSAGE -> "check.copiedPassage";
        };
    }

    private static Report report(Analysis analysis, String id) {
        return analysis.reports().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no report " + id + " in the analysis"));
    }

}
