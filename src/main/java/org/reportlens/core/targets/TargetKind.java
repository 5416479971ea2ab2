package org.reportlens.core.targets;

import java.util.Locale;

/** What a figure in a report is. */
public enum TargetKind {
    /** One of the year's main targets, from the paragraph that states them. */
    TARGET,
    /** A figure achieved in the reviewed year, from a review part. */
    ACTUAL,
    /** A quantified promise in a plan section ("新增高新技术企业500家"). */
    COMMITMENT,
    /** A better result hoped for beyond a target ("在实际工作中争取实现7%的更好结果"). */
    STRETCH,
    /** A main target with no number ("城乡居民收入增长与经济增长基本同步"). */
    QUALITATIVE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
