package org.reportlens.core.compare;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;

/**
 * A part or section of one report as a user's correction names it: the report by its file, the
 * outline node by id, and the title the node had — so that the correction finds its section again
 * when the outline of a later version numbers it differently.
 *
 * @param file    the report's file, as the report was loaded (compared as an absolute, normalized path)
 * @param section the outline node id ("2.3")
 * @param title   the node's title when the correction was made; null to trust the id alone
 */
public record SectionRef(String file, String section, String title) {
    public SectionRef {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(section, "section must not be null");
    }

    /** The section {@code id} of {@code report}, with its current title. */
    public static SectionRef of(Report report, OutlineNode node) {
        return new SectionRef(report.file(), node.id(), node.title());
    }

    /** Whether this names a section of {@code report}. */
    public boolean isIn(Report report) {
        return samePath(file, report.file());
    }

    /**
     * The node this names in {@code report}: the node with this id if its title is still the same
     * (or no title was kept), else the first part or section with that title; null if neither.
     */
    public OutlineNode find(Report report) {
        OutlineNode byId = find(report.outline(), section, null);
        if (byId != null && (title == null || title.equals(byId.title()))) {
            return byId;
        }
        return title == null ? null : find(report.outline(), null, title);
    }

    private static OutlineNode find(List<OutlineNode> nodes, String id, String title) {
        for (OutlineNode n : nodes) {
            if (!n.lead() && (id != null ? n.id().equals(id) : n.title().equals(title))) {
                return n;
            }
            OutlineNode inside = find(n.children(), id, title);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    static boolean samePath(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        try {
            return Path.of(x).toAbsolutePath().normalize().equals(Path.of(y).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return file + ":" + section + (title == null ? "" : " (" + title + ")");
    }
}
