package org.reportlens.core.corpus;

import java.util.List;

/**
 * Main targets found against those annotated, over the reports whose targets are annotated. A found
 * target matches an annotated one with the same number (and range end) and unit whose metric is the
 * same under the canonical names, or one name contains the other.
 *
 * @param reports        reports with annotated targets
 * @param truePositives  found and annotated
 * @param falsePositives found, not annotated
 * @param falseNegatives annotated, not found
 * @param misses         per report, what was missed ("-") and what was found in excess ("+")
 */
public record TargetAgreement(int reports, int truePositives, int falsePositives, int falseNegatives,
                              List<Figure.Miss> misses) {
    public TargetAgreement {
        misses = List.copyOf(misses);
    }

    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1 : (double) truePositives / found;
    }

    public double recall() {
        int annotated = truePositives + falseNegatives;
        return annotated == 0 ? 1 : (double) truePositives / annotated;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
