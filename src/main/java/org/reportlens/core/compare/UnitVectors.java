package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.reportlens.core.outline.OutlineNode;

/**
 * The three TF-IDF bigram vectors of every unit, with IDF over the units weighed together (two consecutive
 * reports): its whole text (a part's includes its sections'; counted from the chunks of {@link ChunkFlow}), its title (without
 * an opening "一是" or "一年来，我们": {@link OutlineNode#topicWords}), and its topic words — the titles of its leads,
 * items and sections ("积极盘活闲置资源"), which name what it is about more densely than the text.
 */
final class UnitVectors {
    private UnitVectors() {
    }

    /** The vectors of the units of {@code reports} (their indexes), IDF over theirs alone. */
    static void compute(List<List<AlignUnit>> units, ChunkFlow chunks, int... reports) {
        List<BigramVectors.Counts> bodies = new ArrayList<>();
        List<BigramVectors.Counts> titles = new ArrayList<>();
        List<BigramVectors.Counts> topics = new ArrayList<>();
        List<AlignUnit> all = new ArrayList<>();
        for (int r : reports) {
            for (AlignUnit u : units.get(r)) {
                if (u.bodyCounts == null) {
                    count(u, units.get(r), chunks, r);
                }
                bodies.add(u.bodyCounts);
                titles.add(u.titleCounts);
                topics.add(u.leadCounts);
                all.add(u);
            }
        }
        BigramVectors.Vector[] b = BigramVectors.tfIdf(bodies);
        BigramVectors.Vector[] t = BigramVectors.tfIdf(titles);
        BigramVectors.Vector[] l = BigramVectors.tfIdf(topics);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).body = b[i];
            all.get(i).title = t[i];
            all.get(i).leads = l[i];
        }
    }

    private static void count(AlignUnit u, List<AlignUnit> report, ChunkFlow chunks, int r) {
        BigramVectors.Counts topic = topicCounts(u.node);
        // a part's sections follow it in reading order
        for (int i = u.order + 1; i < report.size() && report.get(i).parent == u; i++) {
            AlignUnit s = report.get(i);
            topic = topic.plus(BigramVectors.counts(s.node.topicWords())).plus(topicCounts(s.node));
        }
        u.bodyCounts = chunks.bodyCounts(r, u);
        u.titleCounts = BigramVectors.counts(u.node.topicWords());
        u.leadCounts = topic;
    }

    /** Bigrams of the titles of the leads and items below a node (not of its sections). */
    private static BigramVectors.Counts topicCounts(OutlineNode node) {
        BigramVectors.Counts counts = BigramVectors.Counts.EMPTY;
        for (OutlineNode child : node.children()) {
            if (child.lead() || child.level() > 2) {
                counts = counts.plus(BigramVectors.counts(child.topicWords())).plus(topicCounts(child));
            }
        }
        return counts;
    }
}
