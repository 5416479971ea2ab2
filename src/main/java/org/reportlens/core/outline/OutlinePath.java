package org.reportlens.core.outline;

import java.util.ArrayList;
import java.util.List;

/** Where an offset stands in an outline: the headed nodes holding it, from its part down. */
public final class OutlinePath {
    private OutlinePath() {
    }

    /**
     * The nodes (topic leads left out) whose {@code [start, end)} holds {@code offset}, outermost first;
     * empty before the first part.
     */
    public static List<OutlineNode> at(List<OutlineNode> outline, int offset) {
        List<OutlineNode> path = new ArrayList<>();
        List<OutlineNode> level = outline;
        boolean deeper = true;
        while (deeper) {
            deeper = false;
            for (OutlineNode n : level) {
                if (!n.lead() && n.start() <= offset && offset < n.end()) {
                    path.add(n);
                    level = n.children();
                    deeper = true;
                    break;
                }
            }
        }
        return path;
    }
}
