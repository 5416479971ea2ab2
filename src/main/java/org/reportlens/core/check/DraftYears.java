package org.reportlens.core.check;

import org.reportlens.core.report.Report;

/**
 * The years a draft should speak of, and the stale ones it may have kept: the previous report's
 * plan year is stale in the draft's plan, its review year in the draft's review. A draft checked
 * against a report is the next cycle's, so when the draft's own metadata still say the previous
 * report's year (a heading left unchanged decides them) the next year is expected.
 *
 * @param plan        the year the draft's plan should plan
 * @param stalePlan   the previous report's plan year
 * @param staleReview the previous report's review year (the year before its plan when it does not say)
 */
record DraftYears(int plan, int stalePlan, int staleReview) {
    /** Null when neither report's years are known: no year rule can then run. */
    static DraftYears of(Report draft, Report last) {
        Integer lastPlan = last.metadata().targetYear();
        Integer draftPlan = draft.metadata().targetYear();
        if (lastPlan == null && draftPlan == null) {
            return null;
        }
        int stalePlan = lastPlan != null ? lastPlan : draftPlan - 1;
        int plan = draftPlan != null && draftPlan > stalePlan ? draftPlan : stalePlan + 1;
        int staleReview = last.metadata().reviewYear() != null ? last.metadata().reviewYear() : stalePlan - 1;
        return new DraftYears(plan, stalePlan, staleReview);
    }

    /** The year the draft's review should look back on: the one before its plan. */
    int review() {
        return plan - 1;
    }
}
