package org.reportlens.core.check;

import java.util.List;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.outline.Part;
import org.reportlens.core.report.Report;

/** Which part of a report (review, plan, …) an offset is in. */
final class Parts {
    private final List<OutlineNode> top;

    Parts(Report report) {
        top = report.outline();
    }

    /** The kind of part holding {@code offset}; null before the first part and in a report without parts. */
    Part at(int offset) {
        for (OutlineNode n : top) {
            if (n.start() <= offset && offset < n.end()) {
                return n.part();
            }
        }
        return null;
    }

    /** The top-level nodes: parts, or sections where a report has no parts. */
    List<OutlineNode> top() {
        return top;
    }
}
