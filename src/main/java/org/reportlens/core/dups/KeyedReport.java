package org.reportlens.core.dups;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.reportlens.core.meta.ReportMetadata;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.ComparableText;

/**
 * What the duplicate search keeps of a report once its comparable characters have gone into the
 * corpus: enough to read passages back as original spans and text, and to name their places. A
 * corpus of a thousand reports keeps these instead of the reports themselves, which hold their
 * text three times over plus four-byte offset maps.
 *
 * @param original the text every offset indexes into
 * @param offsets  the original offset of each comparable character
 * @param opening  how many of its comparable characters make its {@link ReportOpening opening}
 */
record KeyedReport(String id, String file, ReportMetadata metadata, List<OutlineNode> outline, String original,
                   OriginalOffsets offsets, int opening) {
    KeyedReport {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(metadata, "metadata must not be null");
        Objects.requireNonNull(original, "original must not be null");
        Objects.requireNonNull(offsets, "offsets must not be null");
        outline = List.copyOf(outline);
    }

    /** A report read for the search: what is kept of it, its comparable characters and their clause boundaries. */
    record Keyed(KeyedReport report, String key, BitSet boundaries) {
    }

    static Keyed of(Report report) {
        ComparableText key = ComparableText.of(report.text(), 0, report.text().length(), true, false);
        OriginalOffsets offsets = OriginalOffsets.of(key);
        KeyedReport kept = new KeyedReport(report.id(), report.file(), report.metadata(), report.outline(),
                report.original(), offsets, offsets.firstAtOrAfter(ReportOpening.end(report.original())));
        return new Keyed(kept, key.key(), ClauseBoundaries.of(key, report.original()));
    }

    /** How many comparable characters it has. */
    int length() {
        return offsets.length();
    }

    KeyedReport withId(String newId) {
        return new KeyedReport(newId, file, metadata, outline, original, offsets, opening);
    }
}
