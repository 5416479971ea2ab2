package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.CharFolding;

/**
 * Lines up the paragraphs of two aligned sections by their topic leads ("积极盘活闲置资源。"), the
 * best anchors a report has below its numbered headings. Leads are matched in order — the same
 * lead, or one alike by bigram Dice — and each section is cut at its matched leads, so that
 * sentences are compared paragraph with paragraph. A paragraph whose lead matched nothing stays
 * with the paragraph before it; if it moved, the move finder still finds its sentences. Both steps
 * take from the pair's budget: past it, only equal leads in order anchor ({@link Fallback#LEAD_MATCHING}).
 */
final class LeadAnchors {
    static final double LEAD_SIMILARITY = 0.5;
    private static final Pattern SPACE_OR_PUNCTUATION = Pattern.compile("[\\s\\p{P}]");

    private LeadAnchors() {
    }

    /** The region pair of alignment row {@code row} cut at matched leads; ranges are normalized {@code [start, end)}. */
    static List<PairDiffer.Region> split(Report a, int[] rangeA, Report b, int[] rangeB, int row, PairBudget budget,
                                         Cancellation cancellation) {
        List<int[]> leadsA = leads(a, rangeA);
        List<int[]> leadsB = leads(b, rangeB);
        List<int[]> anchors = match(keys(a, leadsA), keys(b, leadsB), leadsA, leadsB, budget, cancellation);
        List<PairDiffer.Region> regions = new ArrayList<>();
        int startA = rangeA[0];
        int startB = rangeB[0];
        for (int[] anchor : anchors) {
            if (anchor[0] > startA || anchor[1] > startB) {
                regions.add(new PairDiffer.Region(new int[] {startA, anchor[0]}, new int[] {startB, anchor[1]}, row));
            }
            startA = anchor[0];
            startB = anchor[1];
        }
        regions.add(new PairDiffer.Region(new int[] {startA, rangeA[1]}, new int[] {startB, rangeB[1]}, row));
        return regions;
    }

    /** Normalized {start, titleEnd} of the leads starting inside {@code range}, in text order. */
    private static List<int[]> leads(Report report, int[] range) {
        List<int[]> out = new ArrayList<>();
        collect(report, report.outline(), range, out);
        return out;
    }

    /** Visits only the nodes that overlap {@code range}: siblings are in text order, found by bisection. */
    private static void collect(Report report, List<OutlineNode> nodes, int[] range, List<int[]> out) {
        int lo = 0;
        int hi = nodes.size();
        while (lo < hi) { // the first node ending after the range starts
            int mid = (lo + hi) >>> 1;
            if (report.text().fromOriginal(nodes.get(mid).end()) <= range[0]) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < nodes.size(); i++) {
            OutlineNode node = nodes.get(i);
            int start = report.text().fromOriginal(node.start());
            if (start >= range[1]) {
                break;
            }
            if (node.lead() && start > range[0]) {
                out.add(new int[] {start, report.text().fromOriginal(node.headingEnd())});
            }
            collect(report, node.children(), range, out);
        }
    }

    private static List<String> keys(Report report, List<int[]> leads) {
        List<String> keys = new ArrayList<>(leads.size());
        for (int[] lead : leads) {
            keys.add(SPACE_OR_PUNCTUATION.matcher(CharFolding.fold(report.text().text().substring(lead[0], lead[1])))
                    .replaceAll(""));
        }
        return keys;
    }

    /** Matched lead pairs in order, as {normalizedStartA, normalizedStartB}. */
    private static List<int[]> match(List<String> keysA, List<String> keysB, List<int[]> leadsA, List<int[]> leadsB,
                                     PairBudget budget, Cancellation cancellation) {
        SequenceDiff.Interner interner = new SequenceDiff.Interner();
        int[] idsA = interner.ids(keysA);
        int[] idsB = interner.ids(keysB);
        SequenceDiff.Runs diffed = SequenceDiff.bounded(idsA, idsB, budget.sentenceSteps, cancellation);
        if (diffed.anchored()) {
            budget.fellBack(Fallback.LEAD_MATCHING);
        }
        List<int[]> anchors = new ArrayList<>();
        boolean alike = true;
        for (SequenceDiff.Run run : diffed.runs()) {
            if (run.equal()) {
                for (int i = 0; i < run.aLength(); i++) {
                    anchors.add(new int[] {leadsA.get(run.aFrom() + i)[0], leadsB.get(run.bFrom() + i)[0]});
                }
                continue;
            }
            // in a changed run, pair leads alike in order (reworded: "加快…建设" → "推进…建设")
            int nextB = run.bFrom();
            for (int i = run.aFrom(); alike && i < run.aTo(); i++) {
                for (int j = nextB; j < run.bTo(); j++) {
                    if (!budget.compare(Fallback.LEAD_MATCHING)) {
                        alike = false; // spent: equal leads still anchor
                        break;
                    }
                    if (BigramVectors.dice(keysA.get(i), keysB.get(j)) >= LEAD_SIMILARITY) {
                        anchors.add(new int[] {leadsA.get(i)[0], leadsB.get(j)[0]});
                        nextB = j + 1;
                        break;
                    }
                }
            }
        }
        return anchors;
    }
}
