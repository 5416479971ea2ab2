package org.reportlens.core.dups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups near-repeat chains into passages: chains that share an occurrence (the same span) are
 * copies of one passage, so a passage found in three reports is one finding with three
 * occurrences, not three pairs. A chain whose two sides read the same is an exact repeat already
 * found, and is dropped.
 */
final class NearGrouper {
    private NearGrouper() {
    }

    static List<Passage> group(KeyCorpus corpus, List<NearRepeatChainer.Chain> chains) {
        Map<Long, Integer> nodeOfSpan = new HashMap<>();
        List<int[]> spans = new ArrayList<>();
        List<Integer> parent = new ArrayList<>();
        List<int[]> chainNodes = new ArrayList<>();
        List<NearRepeatChainer.Chain> kept = new ArrayList<>();
        char[] chars = corpus.chars();
        for (NearRepeatChainer.Chain c : chains) {
            if (Arrays.equals(chars, c.aStart(), c.aEnd(), chars, c.bStart(), c.bEnd())) {
                continue;
            }
            int a = node(nodeOfSpan, spans, parent, c.aStart(), c.aEnd());
            int b = node(nodeOfSpan, spans, parent, c.bStart(), c.bEnd());
            parent.set(root(parent, a), root(parent, b));
            chainNodes.add(new int[] {a, b});
            kept.add(c);
        }
        Map<Integer, TreeMap<Integer, int[]>> members = new HashMap<>();
        Map<Integer, List<int[]>> edits = new HashMap<>();
        for (int n = 0; n < spans.size(); n++) {
            int[] span = spans.get(n);
            // two spans of one group starting at the same place: keep the longer
            members.computeIfAbsent(root(parent, n), r -> new TreeMap<>())
                    .merge(span[0], span, (x, y) -> x[1] - x[0] >= y[1] - y[0] ? x : y);
        }
        for (int i = 0; i < kept.size(); i++) {
            NearRepeatChainer.Chain c = kept.get(i);
            List<int[]> list = edits.computeIfAbsent(root(parent, chainNodes.get(i)[0]), r -> new ArrayList<>());
            for (int p = 1; p < c.pieces(); p++) {
                list.add(new int[] {c.a()[p - 1] + c.length()[p - 1], c.a()[p], c.b()[p - 1] + c.length()[p - 1],
                    c.b()[p]});
            }
        }
        List<Passage> passages = new ArrayList<>();
        for (Map.Entry<Integer, TreeMap<Integer, int[]>> group : members.entrySet()) {
            int[] starts = new int[group.getValue().size()];
            int[] ends = new int[starts.length];
            int i = 0;
            for (int[] span : group.getValue().values()) {
                starts[i] = span[0];
                ends[i] = span[1];
                i++;
            }
            passages.add(new Passage(starts, ends, true, edits.getOrDefault(group.getKey(), List.of())));
        }
        return passages;
    }

    private static int node(Map<Long, Integer> nodeOfSpan, List<int[]> spans, List<Integer> parent, int start, int end) {
        return nodeOfSpan.computeIfAbsent(((long) start << 32) | end, key -> {
            spans.add(new int[] {start, end});
            parent.add(spans.size() - 1);
            return spans.size() - 1;
        });
    }

    private static int root(List<Integer> parent, int n) {
        while (parent.get(n) != n) {
            parent.set(n, parent.get(parent.get(n)));
            n = parent.get(n);
        }
        return n;
    }
}
