package org.reportlens.core.load;

import java.time.Duration;
import java.util.Objects;

/**
 * The budgets a report file is read within, so that no file — damaged, hostile or merely huge —
 * can make reading hang or exhaust memory. A file over a budget is refused with a message that
 * names the budget. The longest real reports are well under 1 MB, 200,000 characters and 100
 * pages; every budget is far above that.
 *
 * @param maxFileBytes  the size of the file on disk
 * @param maxTextChars  the characters of text read from a file, whatever its format: the one
 *                      limit that a .docx or a PDF, which may expand a small file into a huge
 *                      text, shares with a text file
 * @param maxPdfPages   the pages of a PDF
 * @param maxPdfObjects the objects of a PDF
 * @param maxNesting    how deep the elements of a .docx may nest
 * @param timePerFile   the time reading one file may take
 */
public record ReadLimits(long maxFileBytes, int maxTextChars, int maxPdfPages, int maxPdfObjects, int maxNesting,
                         Duration timePerFile) {
    /**
     * 20 MB of file; 5 million characters of text (about 15 MB of Chinese in UTF-8, 25 times the
     * longest report seen, and what the analysis gets through in about 10 s); 30,000 pages;
     * 1 million objects; nesting 500 deep; 10 s of reading.
     */
    public static final ReadLimits DEFAULTS = new ReadLimits(20L * 1024 * 1024, 5_000_000, 30_000, 1_000_000, 500,
            Duration.ofSeconds(10));

    public ReadLimits {
        Objects.requireNonNull(timePerFile, "timePerFile must not be null");
        if (maxFileBytes <= 0 || maxTextChars <= 0 || maxPdfPages <= 0 || maxPdfObjects <= 0 || maxNesting <= 0
                || timePerFile.isNegative() || timePerFile.isZero()) {
            throw new IllegalArgumentException("every limit must be positive: " + maxFileBytes + ", " + maxTextChars
                    + ", " + maxPdfPages + ", " + maxPdfObjects + ", " + maxNesting + ", " + timePerFile);
        }
    }

    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxTextChars, maxPdfPages, maxPdfObjects, maxNesting, timePerFile);
    }

    public ReadLimits withMaxTextChars(int chars) {
        return new ReadLimits(maxFileBytes, chars, maxPdfPages, maxPdfObjects, maxNesting, timePerFile);
    }

    public ReadLimits withMaxPdfPages(int pages) {
        return new ReadLimits(maxFileBytes, maxTextChars, pages, maxPdfObjects, maxNesting, timePerFile);
    }

    public ReadLimits withTimePerFile(Duration time) {
        return new ReadLimits(maxFileBytes, maxTextChars, maxPdfPages, maxPdfObjects, maxNesting, time);
    }
}
