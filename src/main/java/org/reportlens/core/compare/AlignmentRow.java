package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Sections of several reports that say the same thing.
 *
 * @param level      1 for parts, 2 for sections
 * @param sections   per report in the order the reports were given, the outline node id, or null where that report has
 *                   no such section (new in a later report, or dropped)
 * @param similarity mean similarity (0–1) of consecutive present sections; 0 for a section alone
 */
public record AlignmentRow(int level, List<String> sections, double similarity) {
    public AlignmentRow {
        sections = Collections.unmodifiableList(new ArrayList<>(sections));
    }

    /** Number of reports that have this section. */
    public int present() {
        return (int) sections.stream().filter(s -> s != null).count();
    }
}
