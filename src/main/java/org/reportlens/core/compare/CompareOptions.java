package org.reportlens.core.compare;

import java.util.Objects;

/**
 * How reports are compared.
 *
 * @param granularity       how changed sentences are refined: by words (the default), characters, or
 *                          not at all
 * @param ignoreWidth       full- and half-width punctuation and digits are equal, and whitespace is
 *                          ignored (the default)
 * @param ignorePunctuation punctuation is ignored entirely; numbers never are
 * @param likeWithLike      review parts align only with review parts, plan with plan
 * @param base              compare every report with this one (index in year order); null compares
 *                          consecutive reports
 * @param refineBudget      the most cells (length × length) one refinement may cost before it falls
 *                          back to a coarse replace
 * @param links             the user's corrections of the section alignment (never null)
 */
public record CompareOptions(Granularity granularity, boolean ignoreWidth, boolean ignorePunctuation,
                             boolean likeWithLike, Integer base, long refineBudget, SectionLinks links) {
    public static final CompareOptions DEFAULTS =
            new CompareOptions(Granularity.WORD, true, false, true, null, 4_000_000L, SectionLinks.NONE);

    public CompareOptions {
        Objects.requireNonNull(granularity, "granularity must not be null");
        Objects.requireNonNull(links, "links must not be null");
        if (refineBudget <= 0) {
            throw new IllegalArgumentException("refineBudget must be positive");
        }
    }

    /** These options with the user's corrections of the alignment replaced by {@code newLinks}. */
    public CompareOptions withLinks(SectionLinks newLinks) {
        return new CompareOptions(granularity, ignoreWidth, ignorePunctuation, likeWithLike, base, refineBudget,
                newLinks);
    }

    public CompareOptions withGranularity(Granularity g) {
        return new CompareOptions(g, ignoreWidth, ignorePunctuation, likeWithLike, base, refineBudget, links);
    }

    public CompareOptions withBase(Integer newBase) {
        return new CompareOptions(granularity, ignoreWidth, ignorePunctuation, likeWithLike, newBase, refineBudget, links);
    }

    public CompareOptions withIgnorePunctuation(boolean ignore) {
        return new CompareOptions(granularity, ignoreWidth, ignore, likeWithLike, base, refineBudget, links);
    }

    public CompareOptions withIgnoreWidth(boolean ignore) {
        return new CompareOptions(granularity, ignore, ignorePunctuation, likeWithLike, base, refineBudget, links);
    }

    public CompareOptions withRefineBudget(long budget) {
        return new CompareOptions(granularity, ignoreWidth, ignorePunctuation, likeWithLike, base, budget, links);
    }
}
