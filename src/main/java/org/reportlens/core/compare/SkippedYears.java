package org.reportlens.core.compare;

import java.util.List;

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
     * Joins the rows across each year: report {@code k−2}'s units whose rows end there, with report {@code k}'s
     * whose rows begin there, where the two reports matched alone (weighed over theirs, {@link ChunkFlow#weigh})
     * make them partners at a confidence of {@link #SURE} or more, in the order of the rows that go on through
     * the year between or alike in words ({@link #CROSSING_SIMILARITY}), and the user parted
     * none of their rows' sections. Rows joined are removed from {@code rows}. Reports of more units than
     * {@link SectionAligner#UNIT_BUDGET} pairs are not joined: the matching would not be linear.
     */
    static void join(List<SectionAligner.Row> rows, List<List<AlignUnit>> units, ChunkFlow chunks,
                     SectionAligner.Corrections corrections, CompareOptions options, AlignerSettings settings,
                     Cancellation cancellation) {
        for (int k = 2; k < units.size(); k++) {
            cancellation.check();
            List<AlignUnit> before = units.get(k - 2);
            List<AlignUnit> after = units.get(k);
            int gap = k - 1;
            if ((long) before.size() * after.size() > SectionAligner.UNIT_BUDGET
                    || before.stream().noneMatch(u -> endsAt(u, gap)) || after.stream().noneMatch(u -> beginsAfter(u, gap))) {
                continue;
            }
            chunks.weigh(k - 2, k);
            UnitVectors.compute(units, chunks, k - 2, k);
            ChunkFlow.Flows flows = chunks.flows(k - 2, k, options);
            double[][] score = SectionAligner.bodyCosines(before, after);
            for (int i = 0; i < before.size(); i++) {
                for (int j = 0; j < after.size(); j++) {
                    AlignUnit x = before.get(i);
                    AlignUnit y = after.get(j);
                    score[i][j] = (SectionAligner.compatible(x, y, options) || corrections.withinLinkedParts(x, y))
                            && !corrections.forbidden(x, y)
                            ? SectionAligner.score(x, y, score[i][j], flows, settings) : MonotoneMatching.NONE;
                }
            }
            for (int[] pair : MonotoneMatching.match(score, List.of(), settings.least(), settings.strong())) {
                AlignUnit x = before.get(pair[0]);
                AlignUnit y = after.get(pair[1]);
                double margin = SectionAligner.margin(score, pair[0], pair[1]);
                double confidence = SectionAligner.confidence(score[pair[0]][pair[1]], margin);
                double similarity = SectionAligner.similarity(x, y);
                if (endsAt(x, gap) && beginsAfter(y, gap) && confidence >= SURE
                        && (similarity >= CROSSING_SIMILARITY || !crossesRowsThrough(x, y, before, k))
                        && !parted(x.row, y.row, corrections)) {
                    SectionAligner.Row row = x.row;
                    SectionAligner.Row later = y.row;
                    row.absorb(later);
                    row.score[k] = score[pair[0]][pair[1]];
                    row.margin[k] = margin;
                    row.confidence[k] = confidence;
                    row.similarity[k] = similarity;
                    rows.remove(later);
                }
            }
        }
    }

    /**
     * A join across the order of the rows that go on through the year between must show it in its words, as the
     * aligner crosses the order only for a strong pair: 大连高新区 2024's 3.1 matched 2026's 3.4 past the pair of 3.3 at
     * a similarity of 0.04 (the two compared alone straighten it away), while the six such joins in corpus-dev's
     * three-year runs are from 0.18 to 0.34 (国务院 2019/2021's "加强污染防治和生态建设", a section that moved).
     */
    static final double CROSSING_SIMILARITY = 0.15;

    /**
     * Whether pairing x (report k−2) with y (report k) crosses the order of a row of their levels that has sections
     * in both years: 大连高新区 2024's 3.1 matched 2026's 3.4 past the pair of 3.3, where the two years compared
     * alone straighten it away (the review of this change).
     */
    private static boolean crossesRowsThrough(AlignUnit x, AlignUnit y, List<AlignUnit> before, int k) {
        for (AlignUnit p : before) {
            AlignUnit q = p.row.members[k];
            if (q != null && p != x && p.level() == x.level() && q.level() == y.level()
                    && (p.order < x.order) != (q.order < y.order)) {
                return true;
            }
        }
        return false;
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
