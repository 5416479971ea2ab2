package org.reportlens.core.report;

import java.util.List;

/** The reports that loaded, in the order given, and the files that did not. */
public record LoadResult(List<Report> reports, List<LoadProblem> problems) {
    public LoadResult {
        reports = List.copyOf(reports);
        problems = List.copyOf(problems);
    }
}
