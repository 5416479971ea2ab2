package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Sections of several reports that say the same thing: one main partner per report, and where a
 * section split or merged, the other sections it also continues in.
 *
 * @param level      1 for parts, 2 for sections (the level of the first section present)
 * @param sections   per report in the order the reports were given, the outline node id, or null where that report has
 *                   no such section (new in a later report, or dropped)
 * @param similarity mean similarity (0–1) of consecutive present sections; 0 for a section alone
 * @param confidence 0–1: for a row of partners the least confidence of its {@link #pairs}; for a section
 *                   alone, the chance that it really has no main partner
 * @param pairs      each two sections that follow each other in year order, with how sure the aligner is
 * @param alsoIn     where the row's sections also continue: splits and merges, down to the paragraphs
 */
public record AlignmentRow(int level, List<String> sections, double similarity, double confidence,
                           List<RowPair> pairs, List<AlsoIn> alsoIn) {
    public AlignmentRow {
        sections = Collections.unmodifiableList(new ArrayList<>(sections));
        pairs = List.copyOf(pairs);
        alsoIn = List.copyOf(alsoIn);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0–1: " + confidence);
        }
    }

    /** Number of reports that have this section. */
    public int present() {
        return (int) sections.stream().filter(s -> s != null).count();
    }
}
