package org.reportlens.session;

import java.util.ArrayList;
import java.util.List;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.check.DraftCheck;
import org.reportlens.core.check.Finding;
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
        for (Analysis.Checked c : analysis.checks()) {
            Report draft = c.draft();
            for (Finding f : c.findings()) {
                Report evidence = f.evidence().report().equals(c.against().id()) ? c.against() : draft;
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
}
