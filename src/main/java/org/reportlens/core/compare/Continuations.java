package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.reportlens.core.compare.SectionAligner.Also;

/**
 * Where units of two consecutive reports continue besides their partners: splits and merges ("also
 * in"), found from the paragraphs that went from one to the other by best match or by topic, and for a
 * unit left alone, from its place beside its likeliest candidate's partner. What the links change of
 * the partners is {@link PartnersFromLinks}'.
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
                double odds = corrections.forbidden(x, y) ? Double.NaN : linkOdds(x, y, flows, corrections, options);
                if (made(odds, x, y, flows, settings)) {
                    record(x, y, flows, chance(odds));
                    links.add(new AlsoLink(x, y, odds));
                }
            }
        }
        return links;
    }

    private static boolean made(double odds, AlignUnit x, AlignUnit y, ChunkFlow.Flows flows, AlignerSettings settings) {
        return odds >= settings.alsoOdds() || odds >= settings.sectionAlsoOdds() && sections(x, y, flows);
    }

    /**
     * The splits and merges between units the user parted ("unlink": not partners): their text may still have
     * gone from one to the other — 福建 2025's "两岸融合" section went into 2026's "深化改革扩大开放", wrongly its
     * partner; parted, it showed as dropped with no word of where it went (tour 12). Found once the partners
     * are made, so that such a link never makes them partners again.
     */
    static void findParted(List<AlignUnit> earlier, List<AlignUnit> later, ChunkFlow.Flows flows,
                           SectionAligner.Corrections corrections, CompareOptions options, AlignerSettings settings,
                           List<AlsoLink> links) {
        for (AlignUnit x : earlier) {
            for (AlignUnit y : later) {
                if (corrections.forbidden(x, y) && !linked(x, y, links)) {
                    double odds = linkOdds(x, y, flows, corrections, options);
                    if (made(odds, x, y, flows, settings)) {
                        record(x, y, flows, chance(odds));
                        links.add(new AlsoLink(x, y, odds));
                    }
                }
            }
        }
    }

    /**
     * Whether a link may be made from {@link AlignerSettings#sectionAlsoOdds}: two sections, with text of one
     * found in the other or topics gone both ways. (A topic that went one way only, and no text, is what
     * {@link TopicalFlow} says of a paragraph with nowhere better to go: a new section of one paragraph.)
     */
    private static boolean sections(AlignUnit x, AlignUnit y, ChunkFlow.Flows flows) {
        return x.level() == 2 && y.level() == 2
                && (flows.ownCoverage(x, y) > 0 || flows.topicShares(x, y).smaller() > 0);
    }

    /**
     * The log-odds that {@code x} also continues in {@code y} ({@link #odds}), or NaN where no link may be
     * made: partners already, units that may not pair, one already accounted for
     * by a partner above or below (save a part's own text and a section left alone: {@link #partTextToSection}),
     * or one across the parts' own alignment.
     */
    private static double linkOdds(AlignUnit x, AlignUnit y, ChunkFlow.Flows flows,
                                   SectionAligner.Corrections corrections, CompareOptions options) {
        boolean partToSection = partTextToSection(x, y) || partTextToSection(y, x);
        boolean mayLink = partToSection ? SectionAligner.mayPair(x, y, options) : SectionAligner.compatible(x, y, options);
        if (x.row == y.row || !mayLink || !partToSection && covered(x, y)
                || crossesParts(x, y)) {
            return Double.NaN;
        }
        // the most specific units: a part only for its own text, not for its sections'; the link shows
        // the paragraphs matched there or whose topic went there, so there must be some
        // (a part and a section by the part's closing remarks only, where text of them was found: its opening
        // is the year's summary, which shares something with every section)
        double share = partToSection ? flows.closingCoverage(x, y) : flows.ownCoverage(x, y);
        if (partToSection && share == 0) {
            return Double.NaN;
        }
        ChunkFlow.TopicShares topic = flows.topicShares(x, y);
        return share > 0 || topic.larger() > 0 ? odds(share, topic, x, y) : Double.NaN;
    }

    /**
     * Whether {@code part}'s closing remarks may continue in {@code section}, a section of the other report that
     * has no partner there — in the part's partner too, which a section's link otherwise never names
     * ({@link #covered}): 宁夏 2024's review closes on "过去一年，政府自身建设明显加强。…", which 2025 made a section of
     * its own ("（七）突出效能提升，政府自身建设全面加强"): new to a reader of the sections, not to one of the year
     * before; 长沙 2025's plan closes on its government's conduct, which 2026 gave a part of four sections. On the
     * annotated pairs such links found three true pairs (长沙's) and no wrong one (from the part's opening too, two
     * wrong and no more true: not made); those into the part's partner are pairs the annotations do not list (the
     * part's pair says them) and count neither way.
     */
    private static boolean partTextToSection(AlignUnit part, AlignUnit section) {
        return part.level() == 1 && !part.leaf && part.tailStart < part.end && section.level() == 2
                && section.row.members[part.report] == null;
    }

    /**
     * A unit left with neither partner nor link also continues in its likeliest candidate when that one's
     * partner is its neighbour: a section split into two neighbouring sections, or two neighbours merged into
     * one — or when neighbours on both sides continue in it ({@link #linkedNeighbours}). On the annotated pairs
     * used in tuning and kept back, of such units whose likeliest candidate scored from {@link #NEIGHBOUR_ODDS} to
     * 0, 11 of 13 continued there when its partner was the unit's neighbour, against 13 of 29 when it was not.
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
                    boolean parted = fromEarlier ? corrections.forbidden(u, v) : corrections.forbidden(v, u);
                    double odds = parted ? Double.NaN : fromEarlier ? linkOdds(u, v, flows, corrections, options)
                            : linkOdds(v, u, flows, corrections, options);
                    if (odds >= bestOdds) {
                        bestOdds = odds;
                        best = v;
                    }
                }
                AlignUnit partner = best == null ? null : best.row.members[u.report];
                if (partner != null && neighbours(u, partner, own) || best != null && linkedNeighbours(u, best, own, links)) {
                    made.add(fromEarlier ? new AlsoLink(u, best, bestOdds) : new AlsoLink(best, u, bestOdds));
                }
            }
        }
        for (AlsoLink l : made) {
            if (!linked(l.x(), l.y(), links)) {
                record(l.x(), l.y(), flows, chance(l.odds()));
                links.add(l);
            }
        }
    }

    /**
     * {@link #linkNeighbours} links from these log-odds on (a fitted chance of 0.16): F1 on the tuning pairs is
     * highest here, and within 0.003 of it from −1.5 to −3.
     */
    private static final double NEIGHBOUR_ODDS = -2.5;

    /**
     * Whether a neighbour of {@code u} on each side continues in {@code candidate} (its partner, or a link to it): a
     * section among a run of them merged into one continues there too. 海口 2023's "加快推动产业提档升级" stood
     * dropped between four sections merged into 2024's "强化创新驱动，加快培育现代化产业体系", its industry items in it
     * (log-odds −2.1; the tour of 2023→2024 and the annotations both pair them). On corpus-dev's 64 pairs of a
     * government's reports up to three years apart it makes that link and one more (长沙 2025's plan closing on its
     * government's conduct, into 2026's "坚持实干履职"), both true pairs of the annotations.
     */
    private static boolean linkedNeighbours(AlignUnit u, AlignUnit candidate, List<AlignUnit> own, List<AlsoLink> links) {
        boolean before = false;
        boolean after = false;
        for (AlsoLink l : links) {
            AlignUnit mine = l.x().report == u.report ? l.x() : l.y();
            AlignUnit theirs = mine == l.x() ? l.y() : l.x();
            if (theirs == candidate && mine != u && neighbours(u, mine, own)) {
                before |= mine.order < u.order;
                after |= mine.order > u.order;
            }
        }
        AlignUnit partner = candidate.row.members[u.report];
        if (partner != null && neighbours(u, partner, own)) {
            before |= partner.order < u.order;
            after |= partner.order > u.order;
        }
        return before && after;
    }

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

    /**
     * Records on both rows that {@code x} also continues in {@code y}, with the paragraphs that went and the
     * chance that the link is right.
     */
    static void record(AlignUnit x, AlignUnit y, ChunkFlow.Flows flows, double chance) {
        List<int[]> here = flows.matchedA(x, y);
        List<int[]> there = flows.matchedB(x, y);
        Also also = new Also(x, y, Math.min(1, flows.linkedShare(x, y, here, there)), here, there, chance);
        x.row.also.add(also);
        y.row.also.add(new Also(y, x, also.share(), also.there(), also.here(), chance));
    }

    /**
     * The chance that a link of these log-odds ({@link #odds}) is right, as shown: the fit's own chance
     * understates the weak links — of the links made on the tuning pairs that it gave under 0.8, 27 of 38 were
     * right — so it is recalibrated by a logistic fit of right and wrong on those links' fitted log-odds
     * (which also lowered the log-loss on the pairs kept back, 0.458 → 0.395, and on those annotated later,
     * 0.349 → 0.325). A link at the threshold of {@link #NEIGHBOUR_ODDS} gets 0.5, one the fit gave 0.7 gets
     * 0.77, one it gave 0.99 gets 0.95.
     */
    static double chance(double odds) {
        return SectionAligner.logistic(CALIBRATED_SLOPE * (odds + ALSO_CHANCE) + CALIBRATED_BIAS);
    }

    private static final double CALIBRATED_SLOPE = 0.47;
    private static final double CALIBRATED_BIAS = 0.79;

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
}
