package org.reportlens.core.outline;

import java.util.List;
import java.util.Objects;

/**
 * One node of a report's outline.
 *
 * @param id         unique within the report: sibling positions joined by dots, {@code "2.3"}
 * @param level      1 for parts (一、, or a part on its own line without a number), 2 for sections
 *                   ((一)), 3 for items (1.), 4 for sub-items ((1)) — or one below its parent when that
 *                   is deeper (一、 under an unnumbered part is 2); a lead sits one level below its
 *                   parent (1 when it has none)
 * @param number     the numeral alone as written after width folding ({@code "一"}, {@code "3"});
 *                   null for a lead, for a part without a number and for a section that is a lead
 * @param title      the heading text without number, brackets or closing 。; for a lead, the lead
 *                   phrase without its 。
 * @param lead       true for a topic lead (an unnumbered phrase opening a paragraph); false for the
 *                   leads of a review or plan part that has no numbered section, which are its
 *                   sections (level 2, no number)
 * @param part       the kind of the level-1 part this node is in; null outside any part
 * @param start      where the node begins in the original text (its number, or its lead phrase)
 * @param headingEnd where its heading ends in the original text (exclusive, after a closing 。)
 * @param end        where its body ends in the original text (exclusive): before the next heading
 *                   of the same or a higher level, or the end of the report text; below a part,
 *                   before the part's closing remarks ({@link #closingStart})
 * @param children   nested nodes in text order
 */
public record OutlineNode(String id, int level, String number, String title, boolean lead, Part part,
                          int start, int headingEnd, int end, List<OutlineNode> children) {
    public OutlineNode {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        if (level < 1) {
            throw new IllegalArgumentException("level must be at least 1: " + level);
        }
        if (start < 0 || headingEnd < start || end < headingEnd) {
            throw new IllegalArgumentException("node " + id + " has an invalid span: start " + start
                    + ", headingEnd " + headingEnd + ", end " + end);
        }
        children = List.copyOf(children);
    }

    /**
     * Where the node's closing remarks begin in the original text: the end of its last child that is not
     * a lead — a part's closing remarks ("各位代表！…", and any leads in them) follow its last section —
     * or {@link #end} when it has no such child; {@code [closingStart, end)} is empty when none follow.
     */
    public int closingStart() {
        int at = end;
        for (OutlineNode child : children) {
            if (!child.lead()) {
                at = child.end();
            }
        }
        return at;
    }

    /**
     * The words of the title that name the topic: without what only numbers it or opens it in turn with its
     * siblings ("一是", "第一，", "一年来，我们"), which every sibling shares and no other year's partner need.
     */
    public String topicWords() {
        return TopicLead.withoutOpener(title);
    }
}
