package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.Iterator;
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
        for (AlignUnit x : earlier) {
            for (AlignUnit y : later) {
                double odds = linkOdds(x, y, flows, corrections, options);
                if (odds >= settings.alsoOdds()) {
                    record(x, y, flows);
                    links.add(new AlsoLink(x, y, odds));
                }
            }
        }
        return links;
    }

    /**
     * The log-odds that {@code x} also continues in {@code y} ({@link #odds}), or NaN where no link may be
     * made: partners already, units that may not pair, a pair the user forbade, one already accounted for
     * by a partner above or below, or one across the parts' own alignment.
     */
    private static double linkOdds(AlignUnit x, AlignUnit y, ChunkFlow.Flows flows,
                                   SectionAligner.Corrections corrections, CompareOptions options) {
        if (x.row == y.row || !SectionAligner.compatible(x, y, options) || corrections.forbidden(x, y)
                || covered(x, y) || crossesParts(x, y)) {
            return Double.NaN;
        }
        // the most specific units: a part only for its own text, not for its sections'; the link shows
        // the paragraphs matched there or whose topic went there, so there must be some
        double share = flows.ownCoverage(x, y);
        ChunkFlow.TopicShares topic = flows.topicShares(x, y);
        return share > 0 || topic.larger() > 0 ? odds(share, topic, x, y) : Double.NaN;
    }

    /**
     * A unit left with neither partner nor link also continues in its likeliest candidate when that one's
     * partner is its neighbour: a section split into two neighbouring sections, or two neighbours merged into
     * one. On the annotated pairs used in tuning and kept back, of such units whose likeliest candidate
     * scored from {@link #NEIGHBOUR_ODDS} to 0, 11 of 13 continued there when its partner was the unit's
     * neighbour, against 13 of 29 when it was not.
     */
    static void linkNeighbours(List<AlignUnit> earlier, List<AlignUnit> later, ChunkFlow.Flows flows,
                               SectionAligner.Corrections corrections, CompareOptions options, List<AlsoLink> links) {
        List<AlsoLink> made = new ArrayList<>();
        for (boolean fromEarlier : new boolean[] {true, false}) {
            List<AlignUnit> own = fromEarlier ? earlier : later;
            List<AlignUnit> others = fromEarlier ? later : earlier;
            for (AlignUnit u : own) {
                if (others.isEmpty() || u.row.members[others.get(0).report] != null || linked(u, links)) {
                    continue;
                }
                AlignUnit best = null;
                double bestOdds = NEIGHBOUR_ODDS;
                for (AlignUnit v : others) {
                    double odds = fromEarlier ? linkOdds(u, v, flows, corrections, options)
                            : linkOdds(v, u, flows, corrections, options);
                    if (odds >= bestOdds) {
                        bestOdds = odds;
                        best = v;
                    }
                }
                AlignUnit partner = best == null ? null : best.row.members[u.report];
                if (partner != null && neighbours(u, partner, own)) {
                    made.add(fromEarlier ? new AlsoLink(u, best, bestOdds) : new AlsoLink(best, u, bestOdds));
                }
            }
        }
        for (AlsoLink l : made) {
            if (!linked(l.x(), l.y(), links)) {
                record(l.x(), l.y(), flows);
                links.add(l);
            }
        }
    }

    /**
     * {@link #linkNeighbours} links from these log-odds on (a fitted chance of 0.16): F1 on the tuning pairs is
     * highest here, and within 0.003 of it from −1.5 to −3.
     */
    private static final double NEIGHBOUR_ODDS = -2.5;

    private static boolean linked(AlignUnit u, List<AlsoLink> links) {
        return links.stream().anyMatch(l -> l.x() == u || l.y() == u);
    }

    private static boolean linked(AlignUnit x, AlignUnit y, List<AlsoLink> links) {
        return links.stream().anyMatch(l -> l.x() == x && l.y() == y);
    }

    /** Whether two units of one report are of one level and parent with no unit of that level between them. */
    private static boolean neighbours(AlignUnit a, AlignUnit b, List<AlignUnit> report) {
        if (a.level() != b.level() || a.parent != b.parent) {
            return false;
        }
        AlignUnit first = a.order < b.order ? a : b;
        AlignUnit second = first == a ? b : a;
        for (AlignUnit u : report) {
            if (u.level() == a.level() && u.parent == a.parent && u.order > first.order && u.order < second.order) {
                return false;
            }
        }
        return true;
    }

    /** Records on both rows that {@code x} also continues in {@code y}, with the paragraphs that went. */
    private static void record(AlignUnit x, AlignUnit y, ChunkFlow.Flows flows) {
        List<int[]> here = flows.matchedA(x, y);
        List<int[]> there = flows.matchedB(x, y);
        Also also = new Also(x, y, Math.min(1, flows.linkedShare(x, y, here, there)), here, there);
        x.row.also.add(also);
        y.row.also.add(new Also(y, x, also.share(), also.there(), also.here()));
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
            pairUp(l, from, score, earlier, later);
        }
    }

    /**
     * A pair that crosses the order of the others gives way to a sure link in order: where a unit's partner
     * crosses, and the unit also continues in one of the other report that has no partner there and would
     * not cross, that one becomes the partner and the crossing one an "also in" (a section of a review that
     * told of investment too was matched to next year's short section on investment, across the order,
     * while its own successor, the section on industry, stood alone). The matching crosses for a strong
     * pair; a link as sure as {@link #STRAIGHTENING_LINK} in order, not {@link #outdone} by another, says more.
     */
    static void straighten(List<Row> rows, List<AlsoLink> links, double[][] score, List<AlignUnit> earlier,
                           List<AlignUnit> later, ChunkFlow.Flows flows) {
        for (AlsoLink l : links) {
            AlignUnit x = l.x();
            AlignUnit y = l.y();
            if (l.odds() < STRAIGHTENING_LINK || crosses(x, y, earlier) || outdone(l, links, earlier)) {
                continue;
            }
            AlignUnit partnerOfX = x.row.members[y.report];
            AlignUnit partnerOfY = y.row.members[x.report];
            if (partnerOfX != null && y.row.alone() && !x.row.pinned[y.report]
                    && crosses(x, partnerOfX, earlier)) {
                // y takes the place of x's crossing partner, which is left alone in a row of its own
                Row left = new Row(partnerOfX.level(), x.row.members.length);
                x.row.members[partnerOfX.report] = null;
                left.add(partnerOfX);
                moveAlso(x.row, left, partnerOfX);
                left.aloneConfidence = SectionAligner.ALONE_LINKED;
                rows.add(left);
                Row from = y.row;
                rows.remove(from);
                pairUp(l, from, score, earlier, later);
                record(x, partnerOfX, flows);
            } else if (partnerOfX == null && partnerOfY != null && !y.row.pinned[y.report]
                    && x.row.members[y.report] == null && crosses(partnerOfY, y, earlier)) {
                // x takes y from its crossing partner, which stays in its row without it
                Row from = y.row;
                from.members[y.report] = null;
                from.aloneConfidence = SectionAligner.ALONE_LINKED;
                pairUp(l, from, score, earlier, later);
                record(partnerOfY, y, flows);
            }
        }
    }

    /**
     * Whether a stronger link would do better than this one in {@link #straighten}: one that gives the unit
     * without a partner another, or one that leads the other unit, in order, to a unit without a partner. A
     * stronger link across the order does not count for the unit that has a partner: it could not take its
     * place either.
     */
    private static boolean outdone(AlsoLink link, List<AlsoLink> links, List<AlignUnit> earlier) {
        for (AlsoLink other : links) {
            boolean sharesX = other.x() == link.x();
            if (other == link || other.odds() <= link.odds() || !sharesX && other.y() != link.y()) {
                continue;
            }
            AlignUnit shared = sharesX ? link.x() : link.y();
            AlignUnit rival = sharesX ? other.y() : other.x();
            if (unpaired(shared, rival.report) || unpaired(rival, shared.report) && !crosses(other.x(), other.y(), earlier)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the unit has no partner in the given report. */
    private static boolean unpaired(AlignUnit unit, int report) {
        return unit.row.members[report] == null;
    }

    /**
     * A link in order replaces a crossing pair from these log-odds on (a fitted chance of 0.8): a strong pair
     * is not undone by a link that is merely likely. On the annotated pairs it binds nowhere: the six swaps
     * made (three on the tuning pairs) have 0.59 to 6.2 and are all right; the one wrong swap seen while
     * building the rule (安徽 2006→2007, at 0.29) is no longer made: the swap before it in the same report,
     * which {@link #outdone} allows, removed the crossing it answered.
     */
    private static final double STRAIGHTENING_LINK = 0.54;

    /**
     * Makes the link's later unit the partner of its earlier one, in the earlier one's row; {@code from} is
     * the row it leaves, whose other "also in" of it go with it.
     */
    private static void pairUp(AlsoLink l, Row from, double[][] score, List<AlignUnit> earlier,
                               List<AlignUnit> later) {
        Row into = l.x().row;
        AlignUnit y = l.y();
        moveAlso(from, into, y);
        into.add(y);
        int i = earlier.indexOf(l.x());
        int j = later.indexOf(y);
        into.score[y.report] = score[i][j];
        into.margin[y.report] = SectionAligner.margin(score, i, j);
        into.confidence[y.report] = SectionAligner.logistic(l.odds() + ALSO_CHANCE);
        into.also.removeIf(a -> a.from() == l.x() && a.to() == y || a.from() == y && a.to() == l.x());
    }

    /** Moves the "also in" of {@code unit} from one row to another. */
    private static void moveAlso(Row from, Row to, AlignUnit unit) {
        for (Iterator<Also> it = from.also.iterator(); it.hasNext(); ) {
            Also a = it.next();
            if (a.from() == unit) {
                it.remove();
                to.also.add(a);
            }
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
