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
    private final Map<NormalizedText, Map<Long, DiffSentence>> byText = new IdentityHashMap<>();

    DiffSentence get(NormalizedText text, int start, int end, Supplier<DiffSentence> compute) {
        return byText.computeIfAbsent(text, t -> new HashMap<>())
                .computeIfAbsent(((long) start << 32) | end, k -> compute.get());
    }
}
