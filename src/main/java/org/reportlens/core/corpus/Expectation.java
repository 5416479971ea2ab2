package org.reportlens.core.corpus;

import java.util.List;
import java.util.Objects;

/**
 * What is known of one file of a corpus, from a manifest or a reader's annotation. Every field but
 * {@code file} may be null: unknown, and then not scored.
 *
 * @param file          the file's path relative to the corpus folder, with {@code /} separators
 * @param government    the delivering government's full name
 * @param year          the year the report is filed under
 * @param planYear      the year its plan part plans (when it states main targets)
 * @param statesTargets whether it states the year's main targets
 * @param review        whether it has a review part
 * @param plan          whether it has a plan part for the year
 * @param targets       its numeric main targets; null when not annotated
 */
public record Expectation(String file, String government, Integer year, Integer planYear, Boolean statesTargets,
                          Boolean review, Boolean plan, List<ExpectedTarget> targets) {
    public Expectation {
        Objects.requireNonNull(file, "file must not be null");
        targets = targets == null ? null : List.copyOf(targets);
    }

    /** This expectation, with each unknown field taken from {@code other} (about the same file). */
    public Expectation orElse(Expectation other) {
        return new Expectation(file, government != null ? government : other.government,
                year != null ? year : other.year, planYear != null ? planYear : other.planYear,
                statesTargets != null ? statesTargets : other.statesTargets,
                review != null ? review : other.review, plan != null ? plan : other.plan,
                targets != null ? targets : other.targets);
    }
}
