package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;

/**
 * The three TF-IDF bigram vectors of every unit, with IDF over all units being compared: its whole
 * text (a part's includes its sections'; counted from the chunks of {@link ChunkFlow}), its title (without
 * an opening "一是" or "一年来，我们": {@link OutlineNode#topicWords}), and its topic words — the titles of its leads,
 * items and sections ("积极盘活闲置资源"), which name what it is about more densely than the text.
 */
final class UnitVectors {
    private UnitVectors() {
    }

    static void compute(List<Report> reports, List<List<AlignUnit>> units, ChunkFlow chunks) {
        List<BigramVectors.Counts> bodies = new ArrayList<>();
        List<BigramVectors.Counts> titles = new ArrayList<>();
        List<BigramVectors.Counts> topics = new ArrayList<>();
        List<AlignUnit> all = new ArrayList<>();
        for (int r = 0; r < reports.size(); r++) {
            for (AlignUnit u : units.get(r)) {
                BigramVectors.Counts body = chunks.bodyCounts(r, u);
                BigramVectors.Counts topic = topicCounts(u.node);
                // a part's sections follow it in reading order
                for (int i = u.order + 1; i < units.get(r).size() && units.get(r).get(i).parent == u; i++) {
                    AlignUnit s = units.get(r).get(i);
                    topic = topic.plus(BigramVectors.counts(s.node.topicWords())).plus(topicCounts(s.node));
                }
                bodies.add(body);
                titles.add(BigramVectors.counts(u.node.topicWords()));
                topics.add(topic);
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
