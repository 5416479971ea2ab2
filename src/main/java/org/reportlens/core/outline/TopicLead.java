package org.reportlens.core.outline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.core.text.CharFolding;
import org.reportlens.core.text.SmallNumbers;

/**
 * A topic lead: a short phrase closed by 。 that opens a paragraph and names what it is about
 * ("积极盘活闲置资源。"). It has no commas, colons or semicolons — a short sentence that has them
 * is ordinary prose — and the paragraph must go on after it. A paragraph that the report numbers in
 * prose, "一是聚焦扩大内需，经济循环持续畅通。" (南昌 2025), "第一，开足马力抓项目…" (林芝 2023), opens on a lead of up to
 * {@link #MAX_ORDINAL_LENGTH} characters that may have commas: the ordinal says it is a topic, and such
 * topics are often written as two clauses, a deed and its result.
 */
final class TopicLead {
    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 30;
    /** The longest lead opened by an ordinal (宁夏 2025: "一是突出全方位扩大内需主动力，奋力打好投资消费稳定增长攻坚战", 32). */
    static final int MAX_ORDINAL_LENGTH = 40;
    private static final Pattern NOT_IN_LEAD = Pattern.compile("[,;:，；：!?！？]");
    private static final Pattern NOT_IN_ORDINAL_LEAD = Pattern.compile("[;:；：!?！？]");
    /** A topic the report numbers in prose: "一是", "二要", "十一是", "第一，". */
    private static final Pattern ORDINAL = Pattern.compile("^(?:([一二三四五六七八九十]{1,3})[是要]|第([一二三四五六七八九十]{1,3})[，,、])");
    /**
     * What a year or period was or is, or that it was hard won: "2020年是极不平凡的一年", "今年是“十五五”开局之年",
     * "“十四五”时期是我市…关键时期", "“十二五”是我市发展极不平凡的五年".
     */
    private static final Pattern STATEMENT = Pattern.compile("^.{0,12}?(?:年|时期|”)是|来之不易$");

    /**
     * How a report may open each topic of a part in turn: "一年来，我们全力以赴拼经济、稳增长，经济回升向好态势更加
     * 巩固。" (长沙 2025), "五年来，我们…" (天津 2018). Where the report opens at least four leads so, outside
     * numbered sections ({@link OutlineParser}), the sentence it opens is the topic's lead, up to
     * {@link #MAX_ANAPHORA_LENGTH} characters, commas and all — not "五年来，我们也看到，…还存在不少问题" (绍兴 2016),
     * which turns from the topics to their shortcomings.
     */
    static final Pattern ANAPHORA = Pattern.compile(
            "^(?:一年来|过去一年|这一年|[二两三四五]年来|过去[两三四五]年|(?:19|20)\\d{2}年)[,，]我们(?!也|清醒)");
    /** The longest lead a repeated opener opens (四川 2017's run to 57: "五年来，我们始终坚持把建设人民满意政府作为…"). */
    static final int MAX_ANAPHORA_LENGTH = 60;

    /** A headline bullet: "——国民经济平稳发展". */
    private static final Pattern DASHED = Pattern.compile("^[—―－-]{1,2}");

    private TopicLead() {
    }

    /** Whether a lead opens on a repeated opener ("一年来，我们…", {@link #ANAPHORA}). */
    static boolean isAnaphoric(String phrase) {
        return ANAPHORA.matcher(CharFolding.fold(phrase)).find();
    }

    /**
     * The length of the first sentence (without 。) at {@code from}, when the paragraph opens on a repeated opener
     * ({@link #ANAPHORA}); -1 when it runs past {@link #MAX_ANAPHORA_LENGTH}, holds a colon or semicolon, or ends
     * the paragraph.
     */
    static int anaphoricLengthAt(String folded, int from, int paragraphEnd) {
        return sentenceLength(folded, from, paragraphEnd, MAX_ANAPHORA_LENGTH, NOT_IN_ORDINAL_LEAD);
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
     * Whether a lead is one only for the number opening it: it has a comma or runs past {@link #MAX_LENGTH}
     * ("一是聚焦扩大内需，经济循环持续畅通"), so without its number it would be prose.
     */
    static boolean byNumberOnly(String phrase) {
        return ordinal(phrase) > 0 && (phrase.length() > MAX_LENGTH || NOT_IN_LEAD.matcher(phrase).find());
    }

    /** {@code title} without an opening ordinal ("一是", "第一，") or repeated opener ("一年来，我们"). */
    static String withoutOpener(String title) {
        String folded = CharFolding.fold(title);
        Matcher m = ORDINAL.matcher(folded);
        if (number(m) > 0) {
            return title.substring(m.end());
        }
        m = ANAPHORA.matcher(folded);
        return m.find() ? title.substring(m.end()) : title;
    }

    /** The number of a lead opened by an ordinal ("三是…" is 3), or 0. */
    static int ordinal(String phrase) {
        return number(ORDINAL.matcher(phrase));
    }

    /** The number {@code m} finds ({@link #ORDINAL}: "三是" or "第三，"), or 0; {@code m.end()} is after it. */
    private static int number(Matcher m) {
        return m.find() ? SmallNumbers.parse(m.group(1) != null ? m.group(1) : m.group(2)) : 0;
    }

    /**
     * The length of the lead phrase (without 。) at {@code from} in {@code folded}, or -1.
     *
     * @param paragraphEnd end of the paragraph (exclusive) that {@code from} is in
     */
    static int lengthAt(String folded, int from, int paragraphEnd) {
        boolean ordinal = ordinal(folded.substring(from, Math.min(paragraphEnd, from + 5))) > 0;
        int length = sentenceLength(folded, from, paragraphEnd, ordinal ? MAX_ORDINAL_LENGTH : MAX_LENGTH,
                ordinal ? NOT_IN_ORDINAL_LEAD : NOT_IN_LEAD);
        return length < MIN_LENGTH ? -1 : length;
    }

    /**
     * The length (without 。) of the sentence at {@code from}: closed by 。 within {@code max} characters,
     * holding nothing {@code notIn} matches, with more of the paragraph after it; -1 otherwise.
     */
    private static int sentenceLength(String folded, int from, int paragraphEnd, int max, Pattern notIn) {
        int stop = folded.substring(from, Math.min(paragraphEnd, from + max + 1)).indexOf('。');
        if (stop < 0 || from + stop + 1 >= paragraphEnd || notIn.matcher(folded.substring(from, from + stop)).find()) {
            return -1;
        }
        return stop;
    }
}
