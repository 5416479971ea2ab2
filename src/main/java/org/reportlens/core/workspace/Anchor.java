package org.reportlens.core.workspace;

import java.util.Objects;

/**
 * Where a note is attached: a span of a report's original text and the text it held, so the note
 * finds its place again when the report is reopened (and knows when that text is gone).
 */
public record Anchor(String report, int start, int end, String quote) {
    public Anchor {
        Objects.requireNonNull(report, "report must not be null");
        Objects.requireNonNull(quote, "quote must not be null");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** This anchor in {@code text}: the same span if it still holds the quote, else the nearest place that does; null if none. */
    public Anchor relocate(String text) {
        if (end <= text.length() && text.substring(start, end).equals(quote)) {
            return this;
        }
        int before = text.lastIndexOf(quote, start);
        int after = text.indexOf(quote, start);
        int at = before < 0 ? after : after < 0 ? before : start - before <= after - start ? before : after;
        return at < 0 || quote.isEmpty() ? null : new Anchor(report, at, at + quote.length(), quote);
    }
}
