package org.reportlens.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reportlens.core.report.Report;

/**
 * Where each column goes when the set of columns changes (a report ticked or unticked in the list, a
 * re-analysis, a workspace opened): a report that was shown keeps its place, whichever column it moves
 * to; a report shown anew goes to the place level with the first report kept, once the alignment is
 * there to say where that is — till then it waits at its top. A report is the same one by its id and
 * its text: a workspace opened numbers its reports r1, r2 … anew.
 */
public final class ColumnRegrouping {
    /**
     * A report shown before, and the offset at the top of its column.
     *
     * @param report the report
     * @param top    its offset at the top of its column
     */
    public record Shown(Report report, int top) {
    }

    /** Reports shown anew whose columns have not been levelled yet, by id. */
    private final Set<String> waiting = new HashSet<>();

    /**
     * Per column of {@code reports} the offset to bring to its top, or -1 to leave it at its top.
     *
     * @param before the reports shown until now, with their tops
     * @param map    the new alignment's map; {@link ScrollMap#NONE} while it is being made
     */
    public List<Integer> places(List<Report> reports, List<Shown> before, ScrollMap map) {
        List<Integer> tops = new ArrayList<>();
        List<String> anew = new ArrayList<>();
        for (Report report : reports) {
            Integer top = before.stream().filter(s -> same(s.report(), report)).map(Shown::top).findFirst().orElse(null);
            tops.add(top == null || waiting.contains(report.id()) ? -1 : top);
            if (top == null) {
                anew.add(report.id());
            }
        }
        if (map == ScrollMap.NONE) {
            waiting.addAll(anew);
        } else {
            waiting.clear();
        }
        return map.levelWithFirst(tops);
    }

    private static boolean same(Report a, Report b) {
        return a.id().equals(b.id()) && a.text() == b.text();
    }
}
