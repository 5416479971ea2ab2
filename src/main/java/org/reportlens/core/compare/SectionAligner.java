package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.outline.Part;
import org.reportlens.core.report.Report;

/**
 * Lines up the parts (level 1) and sections (level 2) of reports in year order. Each report is
 * aligned with the one before it, the two weighed as if compared alone ({@link #align}):
 *
 * <ol>
 *   <li>every pair of units is scored by what they say ({@link #score}): TF-IDF cosine over character
 *       bigrams of their text, of their titles and of their topic words, and the share of their text
 *       whose paragraphs found their match in the other ({@link ChunkFlow});</li>
 *   <li>main partners are matched one to one, keeping the reports' order except for a strong, mutual
 *       best match ({@link MonotoneMatching}); pairs the user pinned are anchors, pairs the user
 *       forbade are never made;</li>
 *   <li>a section whose paragraphs went in good part to a section other than its partner — by best
 *       match or by topic ({@link TopicalFlow}) — also continues there: a split or a merge ("also in");
 *       a unit left with neither partner nor link continues in its likeliest candidate when that one's
 *       partner is its neighbour ({@link Continuations}); two units left alone, each the other's strongest,
 *       become partners, and a pair across the order gives way to a sure link in order
 *       ({@link PartnersFromLinks}).</li>
 * </ol>
 *
 * Review parts match review parts and plan parts plan parts unless the options say otherwise; a part
 * matches a part and a section a section, except that a part without sections may match a section.
 */
final class SectionAligner {
    /** A row being built: at most one unit per report. */
    static final class Row {
        final int level;
        final AlignUnit[] members;
        /** For each report, the score and confidence of the pair that brought its unit into the row. */
        final double[] score;
        /** … its lead over the next best pair of either unit … */
        final double[] margin;
        final double[] confidence;
        final boolean[] pinned;
        /**
         * For each report, the similarity ({@link SectionAligner#similarity}) of its unit to the row's unit of the
         * report before it, taken while the two were weighed together; NaN where there is none.
         */
        final double[] similarity;
        /** For a unit alone: the chance that it has no partner. */
        double aloneConfidence = 1;
        final List<Also> also = new ArrayList<>();

        Row(int level, int reports) {
            this.level = level;
            this.members = new AlignUnit[reports];
            this.score = new double[reports];
            this.margin = new double[reports];
            this.confidence = new double[reports];
            this.pinned = new boolean[reports];
            this.similarity = new double[reports];
            Arrays.fill(similarity, Double.NaN);
        }

        boolean alone() {
            int present = 0;
            for (AlignUnit m : members) {
                present += m == null ? 0 : 1;
            }
            return present == 1;
        }

        AlignUnit latestBefore(int report) {
            for (int i = report - 1; i >= 0; i--) {
                if (members[i] != null) {
                    return members[i];
                }
            }
            return null;
        }

        void add(AlignUnit unit) {
            members[unit.report] = unit;
            unit.row = this;
        }

        /** Takes {@code other}'s units, with how they came into it, and its links: the two rows are one. */
        void absorb(Row other) {
            for (int r = 0; r < members.length; r++) {
                if (other.members[r] != null) {
                    add(other.members[r]);
                    score[r] = other.score[r];
                    margin[r] = other.margin[r];
                    confidence[r] = other.confidence[r];
                    pinned[r] = other.pinned[r];
                    similarity[r] = other.similarity[r];
                }
            }
            also.addAll(other.also);
        }
    }

    /**
     * Unit {@code from} also continues in {@code to} (another row's unit of another report).
     *
     * @param share the larger share of either's own text in the paragraphs listed (matched there, or whose topic went there)
     * @param here  normalized {start, end} ranges of {@code from}'s paragraphs found in {@code to}, or whose topic went there
     * @param there normalized ranges of {@code to}'s paragraphs found in {@code from}, or whose topic went there
     * @param chance the chance that the link is right ({@link Continuations#chance})
     */
    record Also(AlignUnit from, AlignUnit to, double share, List<int[]> here, List<int[]> there, double chance) {
    }

    /** Closeness of place breaks ties: a report saved twice pairs first copy with first copy. */
    private static final double POSITION = 0.05;

    private SectionAligner() {
    }

    /**
     * The rows in reading order; {@code reports} in year order. Each two consecutive reports are weighed — their
     * paragraphs' and sections' TF-IDF, the paragraphs' best matches, where topics went — over the two alone, as
     * when they are compared alone: weighed over all the years, a term every other year shares weighs little
     * between two that alone use it, and what years 3 and 4 have in common changed how 1 and 2 align. On the 22
     * annotated pairs that chain (国务院 2015–2026, 北京 2020–2023, …), each chain compared as one, weighing over all
     * its years found 444 true pairs, 14 wrong, 39 missed; weighing by pair 450, 13, 33 — as each pair alone.
     */
    static List<Row> align(List<Report> reports, CompareOptions options, Cancellation cancellation) {
        return align(reports, options, cancellation, AlignerSettings.DEFAULT);
    }

    /** As above, with other weights and thresholds (to choose them). */
    static List<Row> align(List<Report> reports, CompareOptions options, Cancellation cancellation,
                           AlignerSettings settings) {
        List<List<AlignUnit>> units = new ArrayList<>();
        for (int r = 0; r < reports.size(); r++) {
            units.add(AlignUnit.of(r, reports.get(r)));
        }
        Corrections corrections = new Corrections(reports, units, options.links());
        List<Row> rows = new ArrayList<>();
        for (AlignUnit u : units.get(0)) {
            Row row = new Row(u.level(), reports.size());
            row.add(u);
            rows.add(row);
        }
        ChunkFlow chunks = new ChunkFlow(reports, units, settings);
        for (int k = 1; k < reports.size(); k++) {
            cancellation.check();
            chunks.weigh(k - 1, k);
            UnitVectors.compute(units, chunks, k - 1, k);
            join(rows, units.get(k - 1), units.get(k), chunks.flows(k - 1, k, options), corrections, options,
                    reports.size(), settings);
            for (AlignUnit y : units.get(k)) {
                AlignUnit x = y.row.members[k - 1];
                y.row.similarity[k] = x == null ? Double.NaN : similarity(x, y);
            }
        }
        SkippedYears.join(reports, rows, units, chunks, corrections, options, settings, cancellation);
        acrossYears(units, rows, chunks);
        return order(rows, units);
    }

    /**
     * The similarity of the pairs a pin made across a year (a row with a gap), weighed over all the reports: no
     * pair of consecutive reports holds both. (A row joined across a year ({@link SkippedYears}) has its own.)
     */
    private static void acrossYears(List<List<AlignUnit>> units, List<Row> rows, ChunkFlow chunks) {
        List<int[]> gaps = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            for (int k = 1; k < units.size(); k++) {
                if (row.members[k] != null && row.members[k - 1] == null && row.latestBefore(k) != null
                        && Double.isNaN(row.similarity[k])) {
                    gaps.add(new int[] {r, k});
                }
            }
        }
        if (gaps.isEmpty()) {
            return;
        }
        int[] all = IntStream.range(0, units.size()).toArray();
        chunks.weigh(all);
        UnitVectors.compute(units, chunks, all);
        for (int[] gap : gaps) {
            Row row = rows.get(gap[0]);
            row.similarity[gap[1]] = similarity(row.latestBefore(gap[1]), row.members[gap[1]]);
        }
    }

    /** Aligns report k's units ({@code later}) with report k−1's ({@code earlier}) and adds them to the rows. */
    private static void join(List<Row> rows, List<AlignUnit> earlier, List<AlignUnit> later, ChunkFlow.Flows flows,
                             Corrections corrections, CompareOptions options, int reportCount,
                             AlignerSettings settings) {
        if ((long) earlier.size() * later.size() <= UNIT_BUDGET) {
            joinBlock(rows, earlier, later, flows, corrections, options, reportCount, settings);
            return;
        }
        // over budget (hundreds of units each): aligned block by block, by place, so that the time
        // grows with the number of units, not with its square; a section cannot move across blocks
        int blocks = (Math.max(earlier.size(), later.size()) + BLOCK - 1) / BLOCK;
        for (int b = 0; b < blocks; b++) {
            joinBlock(rows, earlier.subList(b * earlier.size() / blocks, (b + 1) * earlier.size() / blocks),
                    later.subList(b * later.size() / blocks, (b + 1) * later.size() / blocks), flows, corrections,
                    options, reportCount, settings);
        }
    }

    /**
     * The score of every pair of units ({@link #score}), {@link MonotoneMatching#NONE} for a pair that may not pair:
     * not {@link #compatible} (unless inside parts the user linked), or forbidden by the user.
     */
    static double[][] scores(List<AlignUnit> earlier, List<AlignUnit> later, ChunkFlow.Flows flows,
                             Corrections corrections, CompareOptions options, AlignerSettings settings) {
        double[][] score = bodyCosines(earlier, later);
        for (int i = 0; i < earlier.size(); i++) {
            for (int j = 0; j < later.size(); j++) {
                AlignUnit x = earlier.get(i);
                AlignUnit y = later.get(j);
                score[i][j] = (compatible(x, y, options) || corrections.withinLinkedParts(x, y)) && !corrections.forbidden(x, y)
                        ? score(x, y, score[i][j], flows, settings) : MonotoneMatching.NONE;
            }
        }
        return score;
    }

    /** Units of two consecutive reports matched as one problem up to this many pairs (n·m) … */
    static final int UNIT_BUDGET = 10_000;
    /** … beyond it, in blocks of about this many units each. */
    static final int BLOCK = 60;

    private static void joinBlock(List<Row> rows, List<AlignUnit> earlier, List<AlignUnit> later,
                                  ChunkFlow.Flows flows, Corrections corrections, CompareOptions options,
                                  int reportCount, AlignerSettings settings) {
        int n = earlier.size();
        int m = later.size();
        double[][] score = scores(earlier, later, flows, corrections, options, settings);
        Map<AlignUnit, Row> reserved = new HashMap<>();
        List<int[]> pins = corrections.pins(earlier, later, reserved);
        for (AlignUnit y : reserved.keySet()) {
            int j = later.indexOf(y);
            for (double[] row : score) {
                row[j] = MonotoneMatching.NONE;
            }
        }
        Set<Long> pinned = new HashSet<>();
        for (int[] p : pins) {
            pinned.add(((long) p[0] << 32) | p[1]);
        }
        for (int[] pair : MonotoneMatching.match(score, pins, settings.least(), settings.strong())) {
            AlignUnit x = earlier.get(pair[0]);
            AlignUnit y = later.get(pair[1]);
            Row row = x.row;
            row.add(y);
            row.score[y.report] = score[pair[0]][pair[1]];
            row.pinned[y.report] = pinned.contains(((long) pair[0] << 32) | pair[1]);
            row.margin[y.report] = margin(score, pair[0], pair[1]);
            row.confidence[y.report] = row.pinned[y.report] ? 1 : confidence(score[pair[0]][pair[1]], row.margin[y.report]);
        }
        for (int j = 0; j < m; j++) {
            AlignUnit y = later.get(j);
            if (y.row == null) {
                Row row = reserved.get(y);
                if (row == null) {
                    row = new Row(y.level(), reportCount);
                    rows.add(row);
                    row.aloneConfidence = ALONE;
                } else {
                    row.pinned[y.report] = true;
                    row.confidence[y.report] = 1;
                }
                row.add(y);
            }
        }
        for (int i = 0; i < n; i++) {
            AlignUnit x = earlier.get(i);
            if (x.row.members[x.report + 1] == null && x.row.latestBefore(x.report) == null) {
                x.row.aloneConfidence = Math.min(x.row.aloneConfidence, ALONE);
            }
        }
        List<Continuations.AlsoLink> links = Continuations.find(earlier, later, flows, corrections, options, settings);
        PartnersFromLinks.makePartners(rows, links, score, earlier, later);
        PartnersFromLinks.straighten(rows, links, score, earlier, later, flows);
        // straightening leaves a crossing partner alone: it may now pair with one alone that is its strongest link
        // (国务院 2020's "——发展新动能不断增强", whose crossing partner 二是优先稳就业 went to ——经济运行总体平稳,
        // and 2021's "五是大力促进科技创新", each all of the other, stood as two rows)
        PartnersFromLinks.makePartners(rows, links, score, earlier, later);
        Continuations.linkNeighbours(earlier, later, flows, corrections, options, links);
        Continuations.findParted(earlier, later, flows, corrections, options, settings, links);
        for (Continuations.AlsoLink l : links) {
            for (AlignUnit u : List.of(l.x(), l.y())) {
                if (u.row.alone()) {
                    u.row.aloneConfidence = Math.min(u.row.aloneConfidence, ALONE_LINKED);
                }
            }
        }
    }

    /** Units that may pair ({@link #mayPair}) of levels that meet ({@link #levelsMeet}). */
    static boolean compatible(AlignUnit x, AlignUnit y, CompareOptions options) {
        return mayPair(x, y, options) && levelsMeet(x, y);
    }

    /**
     * A part with a part and a section with a section, or either with a part that has no sections: the rule of
     * {@link SectionLink#pairable}, read from the units (whether a part has sections is known here).
     */
    private static boolean levelsMeet(AlignUnit x, AlignUnit y) {
        return x.level() == y.level() || x.level() == 1 && x.leaf || y.level() == 1 && y.leaf;
    }

    /**
     * Whether a unit's text may continue in another's at all: not a review in a plan, not five years of plans
     * in one year's (they overlap by nature) — but five years of review in last year's, as partners may; notes
     * to the report only in notes.
     */
    static boolean mayPair(AlignUnit x, AlignUnit y, CompareOptions options) {
        boolean years = x.fiveYear == y.fiveYear || x.kind() == Part.REVIEW || y.kind() == Part.REVIEW;
        // a glossary's entries name the year's topics, and drew 南昌 2025's plan sections (99%)
        return years && x.notes == y.notes && !(options.likeWithLike() && opposite(x.kind(), y.kind()));
    }

    private static boolean opposite(Part a, Part b) {
        return a == Part.REVIEW && b == Part.PLAN || a == Part.PLAN && b == Part.REVIEW;
    }

    /**
     * The cosines of the bodies of every pair of units, {@code [i][j]} for earlier unit i and later unit j.
     * Body vectors are keyed by dense term ids, so each later unit is spread once over an array indexed by
     * term and every earlier unit read against it: the costliest term of the scores, without merging keys.
     */
    static double[][] bodyCosines(List<AlignUnit> earlier, List<AlignUnit> later) {
        int terms = 0;
        for (AlignUnit u : earlier) {
            int[] keys = u.body.keys();
            terms = keys.length == 0 ? terms : Math.max(terms, keys[keys.length - 1] + 1);
        }
        double[][] cosine = new double[earlier.size()][later.size()];
        double[] spread = new double[terms];
        for (int j = 0; j < later.size(); j++) {
            int[] keys = later.get(j).body.keys();
            double[] weights = later.get(j).body.weights();
            for (int k = 0; k < keys.length; k++) {
                if (keys[k] < terms) {
                    spread[keys[k]] = weights[k];
                }
            }
            for (int i = 0; i < earlier.size(); i++) {
                int[] xk = earlier.get(i).body.keys();
                double[] xw = earlier.get(i).body.weights();
                double sum = 0;
                for (int k = 0; k < xk.length; k++) {
                    sum += xw[k] * spread[xk[k]];
                }
                cosine[i][j] = Math.min(1.0, sum);
            }
            for (int k = 0; k < keys.length; k++) {
                if (keys[k] < terms) {
                    spread[keys[k]] = 0;
                }
            }
        }
        return cosine;
    }

    /** How well {@code x} (report k−1) and {@code y} (report k) go together, given the cosine of their bodies. */
    static double score(AlignUnit x, AlignUnit y, double bodyCosine, ChunkFlow.Flows flows, AlignerSettings s) {
        double forward = flows.forward(x, y);
        double backward = flows.backward(x, y);
        return s.body() * bodyCosine + s.title() * BigramVectors.cosine(x.title, y.title)
                + s.topic() * BigramVectors.cosine(x.leads, y.leads) + s.flow() * Math.max(forward, backward)
                + s.mutualFlow() * Math.min(forward, backward) - POSITION * Math.abs(x.position - y.position)
                + (sameTitle(x, y) ? SAME_TITLE : 0);
    }

    /** A section whose title is unchanged ("全面深化改革开放" both years) is its own partner unless much says otherwise. */
    private static final double SAME_TITLE = 0.5;
    /** Titles shorter than this ("其他") say too little to be the same section. */
    private static final int NAMING_TITLE = 4;

    private static boolean sameTitle(AlignUnit x, AlignUnit y) {
        String a = words(x.node.title());
        return a.length() >= NAMING_TITLE && a.equals(words(y.node.title()));
    }

    /** The letters and digits of a title: "改革开放，" and "改革开放," are the same title. */
    private static String words(String title) {
        StringBuilder out = new StringBuilder(title.length());
        title.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The similarity shown for a pair: of their text and their titles. */
    static double similarity(AlignUnit x, AlignUnit y) {
        return 0.6 * BigramVectors.cosine(x.body, y.body) + 0.4 * BigramVectors.cosine(x.title, y.title);
    }

    /** How much a pair outscores the next best pair of either of its units. */
    static double margin(double[][] score, int i, int j) {
        double s = score[i][j];
        double rival = 0;
        for (int jj = 0; jj < score[i].length; jj++) {
            if (jj != j) {
                rival = Math.max(rival, score[i][jj]);
            }
        }
        for (int ii = 0; ii < score.length; ii++) {
            if (ii != i) {
                rival = Math.max(rival, score[ii][j]);
            }
        }
        return s - rival;
    }

    /** The chance that a matched pair is right, from its score and its margin. */
    static double confidence(double score, double margin) {
        return logistic(CONF_BIAS + CONF_SCORE * score + CONF_MARGIN * margin);
    }

    /**
     * Confidence = logistic(bias + score·s + margin·m), set on the partners made for the annotated pairs
     * used in tuning: of pairs that lose to a rival (margin below 0) about a third were wrong; of pairs
     * leading by 0.2 or more, one in 170.
     */
    static final double CONF_BIAS = 0.0;
    static final double CONF_SCORE = 6.0;
    static final double CONF_MARGIN = 8.0;
    /**
     * The chance that a unit left alone really has no main partner. How well its best candidate scored did
     * not tell (units whose best scored 0.4 or more were alone more often than the rest, not less: their
     * candidates were taken by better partners), so it is one figure: of the units left alone on the
     * annotated pairs (tuning and kept back), 94% had none. (On the pairs two years apart annotated later, 36%: those
     * merge several sections into one, and every one of them is annotated a main partner.)
     */
    static final double ALONE = 0.9;
    /** … and for a unit left alone with an "also in": 69% of them had no main partner. */
    static final double ALONE_LINKED = 0.7;

    static double logistic(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Reading order: the latest report's order, with rows it lacks placed after the row of the
     * section that precedes them in the latest earlier report that has them.
     */
    private static List<Row> order(List<Row> rows, List<List<AlignUnit>> byReport) {
        LinkedList<Row> ordered = new LinkedList<>();
        Set<Row> placed = new HashSet<>();
        for (int r = byReport.size() - 1; r >= 0; r--) {
            Row previous = null;
            for (AlignUnit u : byReport.get(r)) {
                if (placed.add(u.row)) {
                    int at = previous == null ? 0 : ordered.indexOf(previous) + 1;
                    ordered.add(at, u.row);
                }
                previous = u.row;
            }
        }
        return new ArrayList<>(ordered);
    }

    /** The user's links and unlinks, resolved to units. */
    static final class Corrections {
        private final List<AlignUnit[]> links = new ArrayList<>();
        private final List<AlignUnit[]> unlinks = new ArrayList<>();

        Corrections(List<Report> reports, List<List<AlignUnit>> units, SectionLinks given) {
            // the latest correction of a section wins: read them newest first
            for (int l = given.links().size() - 1; l >= 0; l--) {
                SectionLink link = given.links().get(l);
                AlignUnit a = resolve(reports, units, link.a());
                AlignUnit b = resolve(reports, units, link.b());
                // a pin the aligner could not make itself (a part with sections to a section) is not made
                if (a != null && b != null && a.report != b.report && (!link.linked() || levelsMeet(a, b))) {
                    AlignUnit[] pair = a.report < b.report ? new AlignUnit[] {a, b} : new AlignUnit[] {b, a};
                    (link.linked() ? links : unlinks).add(pair);
                }
            }
        }

        private static AlignUnit resolve(List<Report> reports, List<List<AlignUnit>> units, SectionRef ref) {
            for (int r = 0; r < reports.size(); r++) {
                if (ref.isIn(reports.get(r))) {
                    OutlineNode node = ref.find(reports.get(r));
                    for (AlignUnit u : units.get(r)) {
                        if (u.node == node) {
                            return u;
                        }
                    }
                }
            }
            return null;
        }

        /**
         * Whether two sections of the same level are in parts the user linked: then they may pair though the
         * aligner would not set their parts' kinds or years against each other (南昌 2021's five-year plan part
         * linked by hand to 2025's year plan part: the user compares them, so their sections are lined up).
         */
        boolean withinLinkedParts(AlignUnit x, AlignUnit y) {
            if (x.parent == null || y.parent == null || x.level() != y.level() || x.notes != y.notes) {
                return false;
            }
            for (AlignUnit[] l : links) {
                if (l[0] == x.parent && l[1] == y.parent || l[0] == y.parent && l[1] == x.parent) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the user forbade {@code y} to share a row with {@code x} or with a unit of its row. */
        boolean forbidden(AlignUnit x, AlignUnit y) {
            for (AlignUnit[] u : unlinks) {
                if (u[1] == y && (u[0] == x || u[0].row == x.row)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The pinned pairs between two consecutive reports, {i, j}; a unit of {@code later} pinned to a
         * row that has no unit in the earlier report goes into {@code reserved} instead.
         */
        List<int[]> pins(List<AlignUnit> earlier, List<AlignUnit> later, Map<AlignUnit, Row> reserved) {
            List<int[]> pins = new ArrayList<>();
            for (AlignUnit[] l : links) {
                AlignUnit y = l[1];
                if (later.isEmpty() || y.report != later.get(0).report) {
                    continue;
                }
                AlignUnit x = l[0].row.members[y.report - 1];
                if (!later.contains(y) || x != null && !earlier.contains(x)) {
                    continue; // in another block
                }
                if (x != null) {
                    pins.add(new int[] {earlier.indexOf(x), later.indexOf(y)});
                } else if (!reserved.containsKey(y) && l[0].row.members[y.report] == null) {
                    reserved.put(y, l[0].row);
                }
            }
            return pins;
        }
    }
}
