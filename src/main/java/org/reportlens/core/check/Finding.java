package org.reportlens.core.check;

import java.util.Objects;

/**
 * One thing the draft check found, at {@code [start, end)} in the draft's original text.
 *
 * @param found    the text found, as the draft has it ("2024年", "地区生产总值达到1.2万亿元")
 * @param expected what the rule expected instead ("2025年"); null when the rule cannot say
 * @param evidence why: the span in the previous report (or in the draft) the finding rests on; never null
 * @param message  one line of explanation, in English (the viewer words its own from kind, found and expected)
 */
public record Finding(FindingKind kind, int start, int end, String found, String expected, Evidence evidence,
                      String message) {
    public Finding {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(found, "found must not be null");
        Objects.requireNonNull(evidence, "evidence must not be null");
        Objects.requireNonNull(message, "message must not be null");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ") of a " + kind.id() + " finding");
        }
    }
}
