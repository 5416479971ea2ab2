package org.reportlens.core.report;

import java.util.List;
import java.util.Objects;
import org.reportlens.core.meta.ReportMetadata;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.text.NormalizedText;

/**
 * One report, read and analysed.
 *
 * @param id         "r1", "r2", … in the order the reports were given
 * @param file       the file as the user named it
 * @param encoding   the charset it was decoded with
 * @param warnings   problems met while reading that did not stop it
 * @param text       normalized text; {@code text.original()} is what is displayed and what every
 *                   offset indexes into
 * @param metadata   title, government, years; fields may be null
 * @param outline    the heading tree, level-1 nodes (or whatever comes first) at the top
 */
public record Report(String id, String file, String encoding, List<String> warnings, NormalizedText text,
                     ReportMetadata metadata, List<OutlineNode> outline) {
    public Report {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(encoding, "encoding must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(metadata, "metadata must not be null");
        warnings = List.copyOf(warnings);
        outline = List.copyOf(outline);
    }

    public String original() {
        return text.original();
    }

    /** Same report, metadata replaced (a user's correction). */
    public Report withMetadata(ReportMetadata corrected) {
        return new Report(id, file, encoding, warnings, text, corrected, outline);
    }

    /** Same report under another id (when it joins reports loaded earlier). */
    public Report withId(String newId) {
        return new Report(newId, file, encoding, warnings, text, metadata, outline);
    }
}
