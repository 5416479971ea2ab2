package org.reportlens.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.AlsoIn;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;

/**
 * The outline nodes behind an analysis' alignment rows: {@code node(row, i)} is the section of the
 * i-th compared report (in the order the reports were compared, the order of each row's sections).
 */
public final class AlignedSections {
    private final List<Report> reports;
    private final List<Map<String, OutlineNode>> byId = new ArrayList<>();

    private AlignedSections(List<Report> reports) {
        this.reports = List.copyOf(reports);
        for (Report r : this.reports) {
            Map<String, OutlineNode> map = new HashMap<>();
            index(r.outline(), map);
            byId.add(map);
        }
    }

    public static AlignedSections of(Analysis analysis) {
        List<Report> compared = new ArrayList<>();
        for (String id : analysis.compared()) {
            analysis.reports().stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(compared::add);
        }
        return new AlignedSections(compared);
    }

    /** The compared reports, in the order of each row's sections. */
    public List<Report> reports() {
        return reports;
    }

    /** The section of report {@code i} in this row; null where it has none. */
    public OutlineNode node(AlignmentRow row, int i) {
        if (i < 0 || i >= reports.size() || i >= row.sections().size() || row.sections().get(i) == null) {
            return null;
        }
        return byId.get(i).get(row.sections().get(i));
    }

    /**
     * The section an "also in" of a row points to ({@link AlsoIn#report()} indexes the compared reports,
     * as the row's sections do); null if it is not there.
     */
    public OutlineNode node(AlsoIn also) {
        if (also.report() < 0 || also.report() >= reports.size()) {
            return null;
        }
        return byId.get(also.report()).get(also.section());
    }

    /**
     * The part of report {@code i} that holds {@code node} — the top-level node whose text it is in, itself if
     * it is one; null if none does.
     */
    public OutlineNode partOf(int i, OutlineNode node) {
        for (OutlineNode top : reports.get(i).outline()) {
            if (top == node || top.start() <= node.start() && node.start() < top.end()) {
                return top;
            }
        }
        return null;
    }

    /** Whether the row aligns a part or a section somewhere (numbered, or a lead that is its part's section), not only topic leads. */
    public boolean numbered(AlignmentRow row) {
        for (int i = 0; i < reports.size(); i++) {
            OutlineNode n = node(row, i);
            if (n != null && !n.lead()) {
                return true;
            }
        }
        return false;
    }

    private static void index(List<OutlineNode> nodes, Map<String, OutlineNode> map) {
        for (OutlineNode n : nodes) {
            map.put(n.id(), n);
            index(n.children(), map);
        }
    }
}
