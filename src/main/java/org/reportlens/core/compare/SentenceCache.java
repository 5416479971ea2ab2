package org.reportlens.core.compare;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.reportlens.core.text.NormalizedText;

/**
 * Sentences already reduced to keys and bigrams, by report text and normalized range, for one
 * comparison (one set of options): consecutive pairs share a report, which need not be read twice.
 */
final class SentenceCache {
    private final Map<NormalizedText, Map<Range, DiffSentence>> byText = new IdentityHashMap<>();

    /** A normalized range; its hash spreads neighbouring ranges (a long's hash, start ^ end, collides for most). */
    private record Range(int start, int end) {
        @Override
        public int hashCode() {
            return start * 31 + end;
        }
    }

    DiffSentence get(NormalizedText text, int start, int end, Supplier<DiffSentence> compute) {
        return byText.computeIfAbsent(text, t -> new HashMap<>())
                .computeIfAbsent(new Range(start, end), k -> compute.get());
    }
}
