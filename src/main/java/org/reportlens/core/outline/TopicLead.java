package org.reportlens.core.outline;

import java.util.regex.Pattern;

/**
 * A topic lead: a short phrase closed by 。 that opens a paragraph and names what it is about
 * ("积极盘活闲置资源。"). It has no commas, colons or semicolons — a short sentence that has them
 * is ordinary prose — and the paragraph must go on after it.
 */
final class TopicLead {
    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 30;
    private static final Pattern NOT_IN_LEAD = Pattern.compile("[,;:，；：!?！？]");
    /**
     * What a year or period was or is, or that it was hard won: "2020年是极不平凡的一年", "今年是“十五五”开局之年",
     * "“十四五”时期是我市…关键时期", "“十二五”是我市发展极不平凡的五年".
     */
    private static final Pattern STATEMENT = Pattern.compile("^.{0,12}?(?:年|时期|”)是|来之不易$");

    /** A headline bullet: "——国民经济平稳发展". */
    private static final Pattern DASHED = Pattern.compile("^[—―－-]{1,2}");

    private TopicLead() {
    }

    /** Whether a lead phrase is a dashed headline bullet ("——对外开放取得新成果"). */
    static boolean isDashed(String phrase) {
        return DASHED.matcher(phrase).find();
    }

    /**
     * Whether a lead phrase states what a year or a period was ("2015年是“十二五”收官之年", "过去一年是…",
     * "过去五年的成绩来之不易") rather than naming a topic ({@link LeadSections}).
     */
    static boolean isStatement(String phrase) {
        return STATEMENT.matcher(phrase).find();
    }

    /**
     * The length of the lead phrase (without 。) at {@code from} in {@code folded}, or -1.
     *
     * @param paragraphEnd end of the paragraph (exclusive) that {@code from} is in
     */
    static int lengthAt(String folded, int from, int paragraphEnd) {
        int limit = Math.min(paragraphEnd, from + MAX_LENGTH + 1);
        int stop = -1;
        for (int i = from; i < limit; i++) {
            if (folded.charAt(i) == '。') {
                stop = i;
                break;
            }
        }
        if (stop < 0) {
            return -1;
        }
        int length = stop - from;
        boolean continues = stop + 1 < paragraphEnd;
        if (length < MIN_LENGTH || !continues
                || NOT_IN_LEAD.matcher(folded.substring(from, stop)).find()) {
            return -1;
        }
        return length;
    }
}
