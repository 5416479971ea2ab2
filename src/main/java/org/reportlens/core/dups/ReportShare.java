package org.reportlens.core.dups;

import java.util.Objects;

/**
 * Share of a text found in one other report.
 *
 * @param report the other report's id
 * @param share  of the text's comparable characters, those in a passage also found in {@code report}
 */
public record ReportShare(String report, double share) {
    public ReportShare {
        Objects.requireNonNull(report, "report must not be null");
    }
}
