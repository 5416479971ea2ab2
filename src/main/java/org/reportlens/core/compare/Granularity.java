package org.reportlens.core.compare;

import java.util.Locale;

/** How finely a changed sentence is diffed. */
public enum Granularity {
    /** A changed sentence is one replace. */
    SENTENCE,
    /** Words found by ICU's dictionary-based Chinese word breaker. */
    WORD,
    /** Single characters. */
    CHARACTER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Granularity parse(String s) {
        for (Granularity g : values()) {
            if (g.id().equals(s) || (g == CHARACTER && s.equals("char"))) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown granularity '" + s + "' (sentence, word, character)");
    }
}
