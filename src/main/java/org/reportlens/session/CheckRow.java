package org.reportlens.session;

import java.util.Objects;
import org.reportlens.core.text.Span;

/**
 * One line of the Checks tab: a finding of the draft check, as the window lists it.
 *
 * @param kindKey       the message key of the finding's kind ("check.staleYear")
 * @param draft         the id of the draft report; {@code span} is in its original text
 * @param where         the place a reader finds it by: the draft's year and section ("2025 · 二、… › (一)…")
 * @param text          the text found, on one line, shortened
 * @param expected      what was expected instead ("2025年", "增长8%左右"); "" when the rule cannot say
 * @param evidence      the id of the report the evidence is in; {@code evidenceSpan} is in its original text
 * @param evidenceWhere the evidence's year and section
 */
public record CheckRow(String kindKey, String draft, Span span, String where, String text, String expected,
                       String evidence, Span evidenceSpan, String evidenceWhere) {
    public CheckRow {
        Objects.requireNonNull(kindKey, "kindKey must not be null");
        Objects.requireNonNull(draft, "draft must not be null");
        Objects.requireNonNull(span, "span must not be null");
        Objects.requireNonNull(where, "where must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(expected, "expected must not be null");
        Objects.requireNonNull(evidence, "evidence must not be null");
        Objects.requireNonNull(evidenceSpan, "evidenceSpan must not be null");
        Objects.requireNonNull(evidenceWhere, "evidenceWhere must not be null");
    }
}
