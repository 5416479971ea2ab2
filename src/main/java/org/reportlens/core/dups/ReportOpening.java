package org.reportlens.core.dups;

/**
 * The ceremony a report opens with: its title block (title, the line naming the session, the
 * speaker) and the salutation with the request to deliberate — "各位代表：现在，我代表市人民政府向大会报告工作，
 * 请予审议，并请市政协委员提出意见。". Every report has one and they differ only in names and dates, so
 * a passage standing wholly inside the openings of its reports is stock wording whatever the list
 * says. The salutation must come early ({@value #SALUTATION_WITHIN} characters): later, 各位代表
 * opens a paragraph of the speech itself.
 */
final class ReportOpening {
    static final String SALUTATION = "各位代表";
    static final int SALUTATION_WITHIN = 1_500;
    /** The request to deliberate is one sentence; one longer than this is not it. */
    static final int REQUEST_WITHIN = 200;
    /** The request to deliberate: "请予审议". */
    static final String REQUEST = "审议";

    private ReportOpening() {
    }

    /**
     * Where the opening ends in the original text (after the request's 。 — the sentence asking to deliberate, 请予审议,
     * else the first after the salutation: 国务院 2023 says "本届政府任期即将结束。" before it), or 0 when there is none.
     */
    static int end(String original) {
        int salutation = original.indexOf(SALUTATION);
        if (salutation < 0 || salutation > SALUTATION_WITHIN) {
            return 0;
        }
        int from = salutation + SALUTATION.length();
        int limit = Math.min(original.length(), from + REQUEST_WITHIN);
        int request = original.indexOf(REQUEST, from);
        from = request >= 0 && request < limit ? request : from;
        for (int i = from; i < limit; i++) {
            if (original.charAt(i) == '。') {
                return i + 1;
            }
        }
        return from;
    }
}
