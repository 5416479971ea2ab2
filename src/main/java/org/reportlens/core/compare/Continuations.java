package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.reportlens.core.compare.SectionAligner.Also;
import org.reportlens.core.compare.SectionAligner.Row;

/**
 * Where units of two consecutive reports continue besides their partners: splits and merges ("also
 * in"), found from the paragraphs that went from one to the other by best match or by topic, and the
 * partners they make between units that found none in the matching.
 */
final class Continuations {
    private Continuations() {
    }

    /**
     * Splits and merges between two consecutive reports: pairs that are not partners but share much of their
     * text. Recorded on both rows, and returned.
     */
    static List<AlsoLink> find(List<AlignUnit> earlier, List<AlignUnit> later, ChunkFlow.Flows flows,
                               SectionAligner.Corrections corrections, CompareOptions options,
                               AlignerSettings settings) {
        List<AlsoLink> links = new ArrayList<>();
        for (int i = 0; i < earlier.size(); i++) {
            AlignUnit x = earlier.get(i);
            for (int j = 0; j < later.size(); j++) {
                AlignUnit y = later.get(j);
                if (x.row == y.row || !SectionAligner.compatible(x, y, options) || corrections.forbidden(x, y)
                        || covered(x, y) || crossesParts(x, y)) {
                    continue;
                }
                // the most specific units: a part only for its own text, not for its sections'; the link shows
                // the paragraphs matched there or whose topic went there, so there must be some
                double share = flows.ownCoverage(x, y);
                ChunkFlow.TopicShares topic = flows.topicShares(x, y);
                double odds = odds(share, topic, x, y);
                if ((share > 0 || topic.larger() > 0) && odds >= settings.alsoOdds()) {
                    List<int[]> here = flows.matchedA(x, y);
                    List<int[]> there = flows.matchedB(x, y);
                    Also also = new Also(x, y, Math.min(1, flows.linkedShare(x, y, here, there)), here, there);
                    x.row.also.add(also);
                    y.row.also.add(new Also(y, x, also.share(), also.there(), also.here()));
                    links.add(new AlsoLink(x, y, odds));
                }
            }
        }
        return links;
    }

    /**
     * How surely a unit also continues in another (0 is the threshold), from the share of either's text
     * whose paragraphs found their best match in the other, the shares whose topic went there
     * ({@link TopicalFlow}; the larger and the smaller), and how alike their titles and topic words are.
     * The weights are a logistic fit on the annotated pairs used in tuning; the bias sets the threshold
     * at a fitted chance of 0.7, the lowest at which the links made on those pairs stay 97% right.
     */
    private static double odds(double share, ChunkFlow.TopicShares topic, AlignUnit x, AlignUnit y) {
        return ALSO_SHARE * share + ALSO_TITLE * BigramVectors.cosine(x.title, y.title)
                + ALSO_LEADS * BigramVectors.cosine(x.leads, y.leads) + ALSO_TOPIC * topic.larger()
                + ALSO_MUTUAL * topic.smaller() + ALSO_BIAS;
    }

    private static final double ALSO_SHARE = 6.8;
    private static final double ALSO_TITLE = 5.71;
    private static final double ALSO_LEADS = 13.18;
    private static final double ALSO_TOPIC = 5.98;
    private static final double ALSO_MUTUAL = 5.72;
    /** The fit's bias −6.25, less {@link #ALSO_CHANCE}. */
    private static final double ALSO_BIAS = -7.1;
    /** log(0.7 / 0.3): the log-odds are 0 where the fitted chance is 0.7. */
    private static final double ALSO_CHANCE = 0.85;

    /**
     * Whether the pair is already accounted for by a partner above or below it: a section inside a part
     * whose partner is the other unit, or a part holding the partner of the other unit.
     */
    private static boolean covered(AlignUnit x, AlignUnit y) {
        AlignUnit partnerOfX = x.row.members[y.report];
        AlignUnit partnerOfY = y.row.members[x.report];
        return partnerOfX != null && (partnerOfX.holds(y) || y.holds(partnerOfX))
                || partnerOfY != null && (partnerOfY.holds(x) || x.holds(partnerOfY));
    }

    /**
     * Whether the pair would join two parts that are each the partner of another part: a link across the
     * parts' own alignment (this year's plan with next year's review).
     */
    private static boolean crossesParts(AlignUnit x, AlignUnit y) {
        AlignUnit px = x.parent == null ? x : x.parent;
        AlignUnit py = y.parent == null ? y : y.parent;
        AlignUnit partnerOfPx = px.row.members[y.report];
        AlignUnit partnerOfPy = py.row.members[x.report];
        return partnerOfPx != null && top(partnerOfPx) != py && partnerOfPy != null && top(partnerOfPy) != px;
    }

    private static AlignUnit top(AlignUnit u) {
        return u.parent == null ? u : u.parent;
    }

    /** An "also in" found between two consecutive reports, with the log-odds it was made with. */
    record AlsoLink(AlignUnit x, AlignUnit y, double odds) {
    }

    /**
     * Two units that found no partner, each the other's strongest "also in", are partners: what went from
     * one to the other is all either has in the other year (a section reworded from end to end, too far for
     * the scores of the matching, so the matching's floor does not apply). One that would cross the order
     * must be a sure link ({@link #CROSSING_LINK}). Their rows become one; the pair's confidence is the
     * link's fitted chance.
     */
    static void makePartners(List<Row> rows, List<AlsoLink> links, double[][] score, List<AlignUnit> earlier,
                             List<AlignUnit> later) {
        for (AlsoLink l : links) {
            Row into = l.x().row;
            Row from = l.y().row;
            if (into.members[l.y().report] != null || from.members[l.x().report] != null || from.pinned[l.y().report]
                    || !strongest(l, links)) {
                continue;
            }
            if (l.odds() < CROSSING_LINK && crosses(l.x(), l.y(), earlier)) {
                continue;
            }
            rows.remove(from);
            into.add(l.y());
            int i = earlier.indexOf(l.x());
            int j = later.indexOf(l.y());
            into.score[l.y().report] = score[i][j];
            into.margin[l.y().report] = SectionAligner.margin(score, i, j);
            into.confidence[l.y().report] = SectionAligner.logistic(l.odds() + ALSO_CHANCE);
            into.also.removeIf(a -> a.to() == l.y());
            from.also.stream().filter(a -> a.to() != l.x()).forEach(into.also::add);
        }
    }

    /**
     * A link that would cross the order of the partners becomes a partner only from these log-odds on (a
     * fitted chance of 0.86), as the matching crosses the order only for a strong pair: the highest that
     * kept every partner gained this way on the tuning pairs (0 to 1 are alike there; 1.5 loses one).
     */
    private static final double CROSSING_LINK = 1.0;

    /** Whether pairing x with y would cross a pair of partners of the same level between their two reports. */
    private static boolean crosses(AlignUnit x, AlignUnit y, List<AlignUnit> earlier) {
        for (AlignUnit p : earlier) {
            AlignUnit q = p.row.members[y.report];
            if (q != null && p != x && p.level() == x.level() && q.level() == y.level()
                    && (p.order < x.order) != (q.order < y.order)) {
                return true;
            }
        }
        return false;
    }

    /** Whether no other link of either unit has higher odds. */
    private static boolean strongest(AlsoLink link, List<AlsoLink> links) {
        for (AlsoLink other : links) {
            if (other != link && (other.x() == link.x() || other.y() == link.y()) && other.odds() > link.odds()) {
                return false;
            }
        }
        return true;
    }
}
