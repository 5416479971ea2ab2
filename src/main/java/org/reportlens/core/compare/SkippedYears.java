package org.reportlens.core.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reportlens.core.report.Report;

/**
 * A section one year leaves out and the year after takes up again: the row that ends the year before the gap and
 * the row that begins the year after it are one row, with the gap between. 国务院's report of 2023 looks back on
 * five years, without the year's own policy part; 2022's "2022年经济社会发展总体要求和政策取向" and 2024's "2024年…"
 * were a row "2023 删去" and a row "2024 新增" in three columns, though two columns of 2022 and 2024 pair them.
 * They are joined where the two years, aligned alone, make them partners, surely.
 */
final class SkippedYears {
    private SkippedYears() {
    }

    /**
     * In 21 runs of three years of a government in corpus-dev (at most four years from first to last), 15 rows
     * ending before the middle year paired with rows beginning after it; all at a confidence of 0.9 or more
     * (the pairs of corpus-dev's governments' like titles: "加强污染防治和生态建设，…" both years).
     */
    static final double SURE = 0.9;

    /**
     * Joins the rows across each year of one government ({@link #oneSeries}): report {@code k−2}'s units whose rows
     * end there, with report {@code k}'s whose rows begin there, where the two reports matched alone (weighed over
     * theirs, {@link ChunkFlow#weigh}) make them partners at a confidence of {@link #SURE} or more — the matching,
     * not the straightening after it: six of the fifteen joins in corpus-dev's runs cross the order of rows through
     * the year between, all like titles, similarity 0.18 to 0.34 — and the user parted none of their rows'
     * sections. Rows joined are removed from {@code rows}. Reports of more than {@link SectionAligner#UNIT_BUDGET}
     * pairs of units are not joined: the matching would not be linear.
     */
    static void join(List<Report> reports, List<SectionAligner.Row> rows, List<List<AlignUnit>> units,
                     ChunkFlow chunks, SectionAligner.Corrections corrections, CompareOptions options,
                     AlignerSettings settings, Cancellation cancellation) {
        for (int k = 2; k < units.size(); k++) {
            cancellation.check();
            List<AlignUnit> before = units.get(k - 2);
            List<AlignUnit> after = units.get(k);
            int gap = k - 1;
            if (!oneSeries(reports.subList(k - 2, k + 1))
                    || (long) before.size() * after.size() > SectionAligner.UNIT_BUDGET) {
                continue;
            }
            List<AlignUnit> ending = before.stream().filter(u -> endsAt(u, gap)).toList();
            List<AlignUnit> beginning = after.stream().filter(u -> beginsAfter(u, gap)).toList();
            if (ending.isEmpty() || beginning.isEmpty()) {
                continue;
            }
            Set<AlignUnit> candidates = new HashSet<>(ending);
            candidates.addAll(beginning);
            chunks.weigh(k - 2, k);
            UnitVectors.compute(units, chunks, k - 2, k);
            // only the text of units whose rows end or begin is matched, at a fraction of the cost: a rival of theirs
            // whose row goes on through the year between scores without its own text's flow, so the confidence is
            // an upper bound — the joins are the same as with every paragraph matched in corpus-dev's three-year runs
            ChunkFlow.Flows flows = chunks.flows(k - 2, k, options, u -> candidates.contains(u)
                    || u.parent != null && candidates.contains(u.parent));
            double[][] score = SectionAligner.scores(before, after, flows, corrections, options, settings);
            for (int[] pair : MonotoneMatching.match(score, List.of(), settings.least(), settings.strong())) {
                AlignUnit x = before.get(pair[0]);
                AlignUnit y = after.get(pair[1]);
                double margin = SectionAligner.margin(score, pair[0], pair[1]);
                double confidence = SectionAligner.confidence(score[pair[0]][pair[1]], margin);
                // each unit is matched once: a join leaves the other candidates' rows as they were
                if (candidates.contains(x) && candidates.contains(y) && confidence >= SURE
                        && !parted(x.row, y.row, corrections)) {
                    SectionAligner.Row row = x.row;
                    SectionAligner.Row later = y.row;
                    row.absorb(later);
                    row.score[k] = score[pair[0]][pair[1]];
                    row.margin[k] = margin;
                    row.confidence[k] = confidence;
                    row.similarity[k] = SectionAligner.similarity(x, y);
                    rows.remove(later);
                }
            }
        }
    }

    /** Whether the user parted any section of one row from any of the other (a pair of years the join would make one row). */
    private static boolean parted(SectionAligner.Row a, SectionAligner.Row b, SectionAligner.Corrections corrections) {
        for (AlignUnit u : a.members) {
            for (AlignUnit v : b.members) {
                if (u != null && v != null && corrections.forbidden(u, v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether three reports are one government's years, each after the one before (where the reports say): a year
     * between is what a section may be left out of — not a report of another government, nor one of the same year
     * (大连 2024 between 大连高新区's 2024 and 2026, in the seeds).
     */
    private static boolean oneSeries(List<Report> three) {
        String government = null;
        Integer year = null;
        for (Report r : three) {
            String g = r.metadata().government();
            Integer y = Comparer.yearOf(r);
            if (g != null && government != null && !g.equals(government) || y != null && year != null && y <= year) {
                return false;
            }
            government = g != null ? g : government;
            year = y != null ? y : year;
        }
        return true;
    }

    /** Whether the unit's row has it last, and the year after {@code gap}'s too (the year between lacks it). */
    private static boolean endsAt(AlignUnit u, int gap) {
        for (int r = u.report + 1; r < u.row.members.length; r++) {
            if (u.row.members[r] != null) {
                return false;
            }
        }
        return u.report == gap - 1;
    }

    /** Whether the unit's row begins with it, the year after {@code gap}. */
    private static boolean beginsAfter(AlignUnit u, int gap) {
        return u.report == gap + 1 && u.row.latestBefore(u.report) == null;
    }
}
