package org.reportlens.core.targets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which year the figures of a sentence are for, read sentence by sentence through a report (the
 * state runs on from one sentence to the next). In a review part about one year ("2023年工作回顾")
 * figures are that year's, except in a paragraph that turns to several years ("五年来，…"). In a
 * review part about a period ("“十三五”时期工作回顾", "过去五年工作回顾", "2025年和“十四五”时期工作回顾")
 * they are a year's only from a sentence naming the year just past ("2020年是极不平凡的一年", "刚刚过去的
 * 2006年", "过去一年", "初步统计，2025年全省…") up to one turning to several years again ("五年来"). Outside
 * review parts (a plan part, the opening) a sentence naming the year just past makes the rest of its
 * paragraph that year's ("过去一年，全市人民…取得了新成绩。全市地区生产总值增长6.9%，…"), until a
 * sentence about this year. A marker counts where it stands before the sentence's first figure; a
 * clause about several years inside a sentence ("年均增长9%", "累计…") is left out where it is read.
 */
final class FigureYear {
    /**
     * Several years: a sentence's opening about a period ("五年来", "过去五年", "这五年", "四年来",
     * "“十三五”时期", "党的十八大以来", "本届政府…", "今年以来"); "用好五年过渡期政策" and "疫情发生以来" are
     * none.
     */
    private static final Pattern PERIOD = Pattern.compile("五年(?:来|间|里|中)|(?:过去|这|近)的?五年|[两二三四六七八九十]年来"
            + "|十[一二三四五六七八九]五”?(?:时期|期间|以来)|十[一二三四五六七八九]大以来|本届政府|今年以来|(?:19|20)\\d\\d年以来");
    /** A review part's title about a period: "“十三五”时期工作回顾", "四年来的主要工作", "过去五年工作回顾". */
    private static final Pattern PERIOD_TITLE = Pattern.compile("五年|年来|十[一二三四五六七八九]五|时期|本届|以来");
    /** The year just past, named without its number. */
    private static final Pattern PAST_YEAR = Pattern.compile("过去一年|过去的一年|去年|一年来");
    /** "全年" opening a clause: the figure after it is the year's. */
    private static final Pattern FULL_YEAR = Pattern.compile("(?:^|[,;:])全年");
    /** A lead this short ("初步统计", "据初步核算") introduces the clause after it. */
    private static final int SHORT_LEAD = 6;
    /** This year: a plan's sentence, not a review's. */
    private static final Pattern THIS_YEAR = Pattern.compile("今年|明年");
    /** A number in a sentence; a year ("2020年") is no figure. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private final Integer reviewed;
    private final String reviewedYear;
    private boolean review;
    private boolean period;
    /** The year of the sentences to come in this paragraph. */
    private Integer current;
    /** In a review about a period, the year of the paragraphs to come. */
    private Integer lasting;
    private boolean paragraphOpening = true;

    /** @param reviewed the year just past that the report reviews; null when unknown (then no sentence has a year) */
    FigureYear(Integer reviewed) {
        this.reviewed = reviewed;
        this.reviewedYear = reviewed == null ? null : reviewed + "年";
    }

    /** A new part begins: a review ({@code review}) with this title, or any other part (title ignored). */
    void enterPart(boolean review, String title) {
        this.review = review;
        this.period = review && PERIOD_TITLE.matcher(title).find();
        this.current = review && !period ? reviewed : null;
        this.lasting = null;
        this.paragraphOpening = true;
    }

    /**
     * The year of this sentence's figures, null when they are of no single past year. A marker in
     * the sentence's lead (its first clause, or its second after a short one: "初步统计，2025年全省…")
     * holds for the sentences after it too; one further on, before the first figure ("扎实抓好安全生产，
     * 2020年全省各类安全生产事故…下降66%", "…上半年由负转正，全年地区生产总值增长3.7%"), for this
     * sentence only.
     */
    Integer of(String sentence) {
        String opening = opening(sentence);
        String lead = opening.substring(0, leadEnd(opening));
        boolean first = paragraphOpening;
        paragraphOpening = false;
        if (pastYear(lead)) {
            current = reviewed;
        } else if (PERIOD.matcher(lead).find() || !review && THIS_YEAR.matcher(lead).find()) {
            current = null;
        } else {
            return current == null && sentenceYear(opening) ? reviewed : current;
        }
        if (period && first) {
            // "各位代表！2020年是极不平凡的一年。" opening a paragraph: the paragraphs after it are that year's
            lasting = current;
        }
        return current;
    }

    /** A marker past the lead but before the first figure: this sentence's year alone. */
    private boolean sentenceYear(String opening) {
        return (pastYear(opening) || FULL_YEAR.matcher(opening).find()) && !PERIOD.matcher(opening).find();
    }

    private boolean pastYear(String text) {
        return reviewed != null && (PAST_YEAR.matcher(text).find() || namesReviewedYear(text));
    }

    /** Where the lead of a sentence's opening ends: after its first clause, or its second when the first is short. */
    private static int leadEnd(String opening) {
        int first = clauseEnd(opening, 0);
        return first <= SHORT_LEAD && first < opening.length() ? clauseEnd(opening, first + 1) : first;
    }

    private static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (",;:".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** A paragraph ends: in a review about one year its figures are that year's again; elsewhere no year's. */
    void endParagraph() {
        current = period ? lasting : review ? reviewed : null;
        paragraphOpening = true;
    }

    private boolean namesReviewedYear(String opening) {
        int at = opening.indexOf(reviewedYear);
        if (at < 0) {
            return false;
        }
        int after = at + reviewedYear.length();
        // "2020年底", "2020年以来", "2020年末" are points or spans, not the year
        return after >= opening.length() || "底末初以前后来".indexOf(opening.charAt(after)) < 0;
    }

    /** The sentence up to its first figure (a year like "2020年" is none). */
    private static String opening(String sentence) {
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            boolean year = m.end() - m.start() == 4 && m.end() < sentence.length() && sentence.charAt(m.end()) == '年'
                    && (sentence.startsWith("19", m.start()) || sentence.startsWith("20", m.start()));
            if (!year) {
                return sentence.substring(0, m.start());
            }
        }
        return sentence;
    }
}
