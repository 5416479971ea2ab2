package org.reportlens.core.dups;

import java.util.Objects;

/**
 * One place where the two copies of a near repeat differ: what the first copy reads there and
 * what the second reads instead (either may be empty).
 */
public record NearEdit(Occurrence first, String firstText, Occurrence second, String secondText) {
    public NearEdit {
        Objects.requireNonNull(first, "first must not be null");
        Objects.requireNonNull(second, "second must not be null");
        Objects.requireNonNull(firstText, "firstText must not be null");
        Objects.requireNonNull(secondText, "secondText must not be null");
    }
}
