package org.reportlens.core.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.CharFolding;

/**
 * Lines up the paragraphs of two aligned sections by their topic leads ("积极盘活闲置资源。"), the
 * best anchors a report has below its numbered headings. Leads are matched in order — the same
 * lead, or one alike by bigram Dice — and each section is cut at its matched leads, so that
 * sentences are compared paragraph with paragraph. A paragraph whose lead matched nothing stays
 * with the paragraph before it; if it moved, the move finder still finds its sentences.
 */
final class LeadAnchors {
    static final double LEAD_SIMILARITY = 0.5;

    private LeadAnchors() {
    }

    /** The unit pair cut at matched leads; ranges are normalized {@code [start, end)}. */
    static List<PairDiffer.UnitPair> split(Report a, int[] rangeA, Report b, int[] rangeB) {
        List<int[]> leadsA = leads(a, rangeA);
        List<int[]> leadsB = leads(b, rangeB);
        List<int[]> anchors = match(keys(a, leadsA), keys(b, leadsB), leadsA, leadsB);
        List<PairDiffer.UnitPair> units = new ArrayList<>();
        int startA = rangeA[0];
        int startB = rangeB[0];
        for (int[] anchor : anchors) {
            if (anchor[0] > startA || anchor[1] > startB) {
                units.add(new PairDiffer.UnitPair(new int[] {startA, anchor[0]}, new int[] {startB, anchor[1]}));
            }
            startA = anchor[0];
            startB = anchor[1];
        }
        units.add(new PairDiffer.UnitPair(new int[] {startA, rangeA[1]}, new int[] {startB, rangeB[1]}));
        return units;
    }

    /** Normalized {start, titleEnd} of the leads starting inside {@code range}, in text order. */
    private static List<int[]> leads(Report report, int[] range) {
        List<int[]> out = new ArrayList<>();
        collect(report, report.outline(), range, out);
        return out;
    }

    private static void collect(Report report, List<OutlineNode> nodes, int[] range, List<int[]> out) {
        for (OutlineNode node : nodes) {
            int start = report.text().fromOriginal(node.start());
            int end = report.text().fromOriginal(node.end());
            if (end <= range[0] || start >= range[1]) {
                continue;
            }
            if (node.lead() && start > range[0] && start < range[1]) {
                out.add(new int[] {start, report.text().fromOriginal(node.headingEnd())});
            }
            collect(report, node.children(), range, out);
        }
    }

    private static List<String> keys(Report report, List<int[]> leads) {
        List<String> keys = new ArrayList<>(leads.size());
        for (int[] lead : leads) {
            keys.add(CharFolding.fold(report.text().text().substring(lead[0], lead[1])).replaceAll("[\\s\\p{P}]", ""));
        }
        return keys;
    }

    /** Matched lead pairs in order, as {normalizedStartA, normalizedStartB}. */
    private static List<int[]> match(List<String> keysA, List<String> keysB, List<int[]> leadsA, List<int[]> leadsB) {
        List<int[]> anchors = new ArrayList<>();
        int ia = 0;
        int ib = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(keysA, keysB).getDeltas()) {
            int pa = delta.getSource().getPosition();
            int pb = delta.getTarget().getPosition();
            while (ia < pa && ib < pb) {
                anchors.add(new int[] {leadsA.get(ia++)[0], leadsB.get(ib++)[0]});
            }
            ia = pa;
            ib = pb;
            if (delta.getType() == DeltaType.CHANGE) {
                // in a changed run, pair leads alike in order (reworded: "加快…建设" → "推进…建设")
                int nextB = pb;
                for (int i = pa; i < pa + delta.getSource().size(); i++) {
                    for (int j = nextB; j < pb + delta.getTarget().size(); j++) {
                        if (BigramVectors.dice(keysA.get(i), keysB.get(j)) >= LEAD_SIMILARITY) {
                            anchors.add(new int[] {leadsA.get(i)[0], leadsB.get(j)[0]});
                            nextB = j + 1;
                            break;
                        }
                    }
                }
            }
            ia = pa + delta.getSource().size();
            ib = pb + delta.getTarget().size();
        }
        while (ia < keysA.size() && ib < keysB.size()) {
            anchors.add(new int[] {leadsA.get(ia++)[0], leadsB.get(ib++)[0]});
        }
        return anchors;
    }
}
