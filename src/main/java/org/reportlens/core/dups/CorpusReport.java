package org.reportlens.core.dups;

import java.util.Objects;

/**
 * One report of a corpus scan, as the results name it.
 *
 * @param id         "r1", "r2", … in the order the files were given, unreadable files left out
 * @param government the delivering government if known, else null
 * @param year       the year delivered if known, else null
 * @param length     characters of its original text
 * @param characters its comparable characters (whitespace left out), the unit of every count
 */
public record CorpusReport(String id, String file, String government, Integer year, int length, int characters) {
    public CorpusReport {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(file, "file must not be null");
    }
}
