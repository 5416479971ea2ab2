package org.reportlens.core.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One figure of the corpus check: how many of the reports it applies to were read right.
 *
 * @param id      a short stable name ("government", "year", "planYear", "review", "plan", "targets3")
 * @param label   what it measures, in words
 * @param hits    reports read right
 * @param total   reports it applies to
 * @param misses  the reports read wrong, in corpus order
 */
public record Figure(String id, String label, int hits, int total, List<Miss> misses) {
    public Figure {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(label, "label must not be null");
        if (hits < 0 || hits > total) {
            throw new IllegalArgumentException("hits " + hits + " of " + total);
        }
        misses = List.copyOf(misses);
    }

    /** hits / total; 1 when it applies to no report. */
    public double share() {
        return total == 0 ? 1 : (double) hits / total;
    }

    /**
     * A report read wrong.
     *
     * @param file     the file relative to the corpus folder
     * @param found    what was read ("none" when nothing)
     * @param expected what the manifest says, or what should have been found
     */
    public record Miss(String file, String found, String expected) {
        public Miss {
            Objects.requireNonNull(file, "file must not be null");
        }
    }
}
