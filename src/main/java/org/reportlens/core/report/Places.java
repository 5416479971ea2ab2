package org.reportlens.core.report;

import java.util.List;
import java.util.Objects;
import org.reportlens.core.outline.OutlineNode;

/**
 * A place in a report named as a reader finds it — the report's year, then the part and section
 * headings around it ("2025 · 二、2025年政府工作目标和主要任务 › (一)全力推进…") — never by offset.
 */
public final class Places {
    private static final int TITLE_CHARS = 18;

    private Places() {
    }

    /**
     * @param offset in the report's original text; a place outside every heading is named by the year alone
     */
    public static String where(Report r, int offset) {
        Objects.requireNonNull(r, "report must not be null");
        StringBuilder s = new StringBuilder(r.metadata().year() != null ? String.valueOf(r.metadata().year()) : r.id());
        List<OutlineNode> level = r.outline();
        String separator = " · ";
        for (int depth = 0; depth < 2; depth++) {
            OutlineNode holding = null;
            for (OutlineNode n : level) {
                if (!n.lead() && n.start() <= offset && offset < n.end()) {
                    holding = n;
                }
            }
            if (holding == null) {
                break;
            }
            s.append(separator).append(heading(holding));
            separator = " › ";
            level = holding.children();
        }
        return s.toString();
    }

    private static String heading(OutlineNode n) {
        String title = n.title().length() > TITLE_CHARS ? n.title().substring(0, TITLE_CHARS) + "…" : n.title();
        return n.number() == null ? title : n.level() == 1 ? n.number() + "、" + title : "(" + n.number() + ")" + title;
    }
}
