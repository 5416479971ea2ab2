package org.reportlens.core.outline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph that speaks for a whole part after its last topic: the speaker turning to the delegates
 * ("各位代表！过去一年…"), the thanks for the year's results ("这些成绩的取得，根本在于…", "过去一年的成绩来之不易"),
 * its shortcomings ("在肯定成绩的同时，我们也清醒看到…"), a year summed up ("2025年是“十四五”收官之年。…"), what the
 * years taught ("五年来积累的经验难能可贵。…我们体会到：…"), or the year's other work listed ("…民族、宗教、审计、统计…等
 * 工作取得新成绩").
 * A review numbered in prose (国务院 2025) or whose
 * sections are a paragraph each (深圳 2026) goes on so without turning to the delegates, and its last topic took
 * it all — the thanks, the year's problems — into the reader's fold and the aligner's similarity. After a last
 * section on something else, a paragraph on the government's own conduct speaks for the part too
 * ({@link #onTheGovernment}, {@link #namesTheGovernment}). Matched on folded text ("，" is ",").
 */
final class ClosingParagraph {
    /** The speaker turning to the delegates, the oldest sign, and the one a part's sections may each close on. */
    static final String TO_THE_DELEGATES = "各位代表";
    /**
     * What the years taught, announced: "五年来积累的经验难能可贵。在政府工作实践中，我们体会到：…" (孝感 2016),
     * "五年的实践，使我们深刻体会到", "回顾一年来的工作，我们主要有以下几点体会" — not "积累了宝贵经验", a result.
     */
    private static final String LESSONS = "[^\n。]{0,30}(?:经验|体会)[^\n,。]{0,4}(?:难能可贵|弥足珍贵)"
            + "|[^\n。]{0,30}(?:深刻|深切)体会到|[^\n。]{0,30}我们(?:主要)?有以下几点体会";
    private static final Pattern TEACHES = Pattern.compile(LESSONS);
    private static final Pattern OPENING = Pattern.compile(TO_THE_DELEGATES
            // thanks: results owed to the leadership, hard won
            + "|[^\n。]{0,30}(?:成绩|成就)[^\n。]{0,12}(?:根本在于|得益于|归功于|来之不易)"
            // shortcomings: "在肯定成绩的同时", "同时，我们也清醒地认识到"; not "我们要清醒认识到" (a plan's warning)
            + "|(?:同时,)?在?(?:充分)?(?:肯定|看到|总结|梳理|回顾)[^\n,。]{0,6}(?:成绩|成就)的同时"
            + "|(?:同时,|但是?,?)?我们(?:也|还)?清醒地?(?:看到|认识到)"
            // a year summed up after the last topic: "2025年是“十四五”收官之年。过去5年，…" (国务院 2026)
            + "|(?:19|20)\\d{2}年是[^\n。]{0,20}(?:收官|开局|之年)");
    /**
     * The year's other work, listed: "过去一年，全市民族、宗教、审计、统计、外事…等工作取得新成绩，老龄、妇女儿童…" (南京 2024
     * and 2026, after a last section on risks and on livelihoods: the same list drew the two together), "五年来，全省老龄、
     * 妇女儿童…等事业取得新成效" (江苏 2021), "此外，…" — six items or more and a verb of the year's results; a plan's
     * "加强国家安全、宗教、史志…等工作" is not one.
     */
    private static final Pattern OTHER_WORK = Pattern.compile(
            "(?:[^\n。,]{1,8},)?[^\n。,]{0,6}(?:[^、。\n,]{1,12}、){5,}[^\n。]{0,40}?等(?:各项)?(?:工作|事业)"
            + "[^\n。,]{0,4}(?:取得|实现|扎实推进|健康发展|持续加强|得到)");
    /** A first sentence on what the years taught names them this early ({@link #LESSONS}) … */
    private static final int LESSONS_WITHIN = 48;
    /** … and one listing the year's other work says "等工作" or "等事业" this early ({@link #OTHER_WORK}). */
    private static final int OTHER_WORK_WITHIN = 400;

    /**
     * The government's own conduct, named in a paragraph's first sentence: "…加强政府自身建设", "把政治建设摆在首位",
     * "坚持和加强党的全面领导", "全面从严治党", "作风建设", "党风廉政建设", "法治政府建设" — not "数字政府建设", a
     * programme of services, nor "民主政治建设", a topic of its own in older reports.
     */
    private static final Pattern ON_THE_GOVERNMENT = Pattern.compile(
            "^[^\n。]*?(?:自身建设|(?<!民主)政治建设|党的全面领导|全面从严治党|作风建设|党风廉政建设|(?<!数字)政府建设)");
    /** … within this many characters of its start, in its first sentence. */
    static final int GOVERNMENT_WITHIN = 50;
    /** Not a paragraph the report numbers: "九是加强政府自身建设" is a topic of the plan. */
    private static final Pattern NUMBERED = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}[是要、]|第[一二三四五六七八九十]{1,3}|[(（\\d])");
    /** A heading on the government itself: its conduct, its functions, its style, its integrity, the Party's lead over it. */
    private static final Pattern GOVERNMENT_TITLE = Pattern.compile("自身|政府|作风|政风|治政|廉|履职|依法行政|职能|党的(?:建设|领导|全面领导)|从严治党");

    private ClosingParagraph() {
    }

    /**
     * Whether each paragraph of one folded text closes a part, its matchers reused. The lessons and the lists are
     * tried only where the first sentence names them ("体会", "经验"; "等工作", "等事业"): tried on every paragraph,
     * their patterns doubled the outline's time on the seeds (1.1 → 2.2 ms).
     */
    static final class Openings {
        private final String folded;
        private final Matcher opening;
        private final Matcher lessons;
        private final Matcher otherWork;

        Openings(String folded) {
            this.folded = folded;
            opening = OPENING.matcher(folded);
            lessons = TEACHES.matcher(folded);
            otherWork = OTHER_WORK.matcher(folded);
        }

        /** Whether the paragraph {@code [start, end)} opens so. */
        boolean at(int start, int end) {
            return opening.region(start, end).lookingAt()
                    || firstSentenceHas(start, Math.min(end, start + LESSONS_WITHIN), "体会", "经验")
                    && lessons.region(start, end).lookingAt()
                    || firstSentenceHas(start, Math.min(end, start + OTHER_WORK_WITHIN), "等工作", "等事业", "等各项")
                    && otherWork.region(start, end).lookingAt();
        }

        private boolean firstSentenceHas(int from, int to, String... words) {
            for (int i = from; i < to && folded.charAt(i) != '。'; i++) {
                for (String w : words) {
                    if (folded.startsWith(w, i)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** Whether a folded sentence opens on what the years taught ({@link #LESSONS}): a lead saying so is no topic. */
    static boolean teaches(String opening) {
        return TEACHES.matcher(opening).lookingAt();
    }

    /** Whether the opening of a folded paragraph reports on the government's own conduct, unnumbered. */
    static boolean onTheGovernment(String opening) {
        return ON_THE_GOVERNMENT.matcher(opening).find() && !NUMBERED.matcher(opening).find();
    }

    /** Whether a heading is about the government itself, so that a paragraph on its conduct is that section's. */
    static boolean namesTheGovernment(String title) {
        return GOVERNMENT_TITLE.matcher(title).find();
    }
}
