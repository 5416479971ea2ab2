package org.reportlens.cli;

import java.util.ArrayList;
import java.util.List;
import org.reportlens.core.compare.CompareOptions;
import org.reportlens.core.compare.Granularity;
import org.reportlens.core.dups.DuplicateOptions;
import org.reportlens.core.meta.ReportMetadata;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.Report;
import org.reportlens.core.workspace.Workspace;
import org.reportlens.core.workspace.WorkspaceReport;

/** What {@code analyze --workspace FILE} takes from a saved workspace: its options and corrected metadata. */
final class WorkspaceOptions {
    private WorkspaceOptions() {
    }

    static CompareOptions compare(Workspace w, CompareOptions options) {
        CompareOptions result = options;
        String granularity = w.options().get("granularity");
        if (granularity != null) {
            try {
                result = result.withGranularity(Granularity.parse(granularity));
            } catch (IllegalArgumentException e) {
                // an option this version does not know: the default stands
            }
        }
        if (w.options().containsKey("ignoreWidth")) {
            result = result.withIgnoreWidth(Boolean.parseBoolean(w.options().get("ignoreWidth")));
        }
        if (w.options().containsKey("ignorePunctuation")) {
            result = result.withIgnorePunctuation(Boolean.parseBoolean(w.options().get("ignorePunctuation")));
        }
        return result;
    }

    static DuplicateOptions duplicates(Workspace w, DuplicateOptions options) {
        try {
            int min = Integer.parseInt(w.options().getOrDefault("minDuplicate", ""));
            return min >= DuplicateOptions.SMALLEST_MIN_LENGTH ? options.withMinLength(min) : options;
        } catch (NumberFormatException e) {
            return options;
        }
    }

    /** The loaded reports with the government and year the user corrected in the workspace. */
    static LoadResult corrected(LoadResult loaded, Workspace w) {
        if (w == null) {
            return loaded;
        }
        List<Report> reports = new ArrayList<>();
        for (Report r : loaded.reports()) {
            WorkspaceReport saved = w.reports().stream().filter(s -> s.path().equals(r.file())).findFirst().orElse(null);
            if (saved == null || saved.government() == null && saved.year() == null) {
                reports.add(r);
                continue;
            }
            ReportMetadata m = r.metadata();
            reports.add(r.withMetadata(new ReportMetadata(m.title(),
                    saved.government() != null ? saved.government() : m.government(),
                    saved.year() != null ? saved.year() : m.year(), m.reviewYear(),
                    saved.year() != null ? saved.year() : m.planYear())));
        }
        return new LoadResult(reports, loaded.problems());
    }
}
