package org.reportlens.core.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.outline.Part;
import org.reportlens.core.report.Report;

/**
 * Years of the previous cycle left in a draft. A year is only found where the wording says it is
 * the draft's own year — the year a plan is for ("2024年是…之年", "2024年主要预期目标", "做好2024年工作"),
 * the year a review looks back on ("2023年，我们…" opening a review sentence), a sentence that says
 * 今年 — never after a word that compares or dates ("比2024年", "到2024年底", "自2024年以来"), since
 * a plan rightly names last year there.
 */
final class StaleYears {
    /** A year as a plan names its own: followed by 是, by the work or goals of the year, or opening a sentence with a comma. */
    private static final Pattern PLAN_YEAR = Pattern.compile(
            "(\\d{4})年(?=是|(?:的|全年)?(?:全[市省区县]|政府|经济社会发展|主要|预期|发展|重点)*(?:目标|任务|工作|安排|计划))");
    private static final Pattern ANY_YEAR = Pattern.compile("(\\d{4})年(?![底末初中])");
    /** What comes before a year that a plan names rightly: a comparison, a date, a span of years. */
    private static final String COMPARING = "比较与同自从在至到于止—-~～";
    /** Words that list years ("2023、2024年", "2023年和2024年") but also join a heading's words ("主要目标和2026年…"). */
    private static final String LISTING = "、和及";
    private static final int EVIDENCE_CHARS = 24;

    private StaleYears() {
    }

    static List<Finding> find(Report draft, Report last, DraftYears years) {
        if (years == null) {
            return List.of();
        }
        Map<Integer, Finding> found = new LinkedHashMap<>();
        String text = draft.original();
        Parts parts = new Parts(draft);
        String stalePlan = String.valueOf(years.stalePlan());
        for (OutlineNode part : parts.top()) {
            if (part.part() == Part.PLAN) {
                Matcher m = PLAN_YEAR.matcher(text).region(part.start(), part.end());
                while (m.find()) {
                    if (m.group(1).equals(stalePlan) && !compared(text, m.start())) {
                        put(found, finding(draft, last, m.start(), m.end(), years.plan(),
                                "the plan names " + stalePlan + " as its year; this draft plans " + years.plan()));
                    }
                }
            }
        }
        for (int[] s : Sentences.of(text)) {
            Part part = parts.at(s[0]);
            String sentence = text.substring(s[0], s[1]);
            if (part != Part.REVIEW && part != Part.OUTLOOK && sentence.contains("今年")) {
                yearsIn(found, draft, last, text, s, stalePlan, years.plan(),
                        "a sentence about 今年 names " + stalePlan + "; this draft's year is " + years.plan());
            }
            if (part == Part.REVIEW) {
                reviewOpening(found, draft, last, text, s, years);
            }
        }
        title(found, draft, last);
        return new ArrayList<>(found.values());
    }

    private static void yearsIn(Map<Integer, Finding> found, Report draft, Report last, String text, int[] s, String stale,
                                int expected, String message) {
        Matcher m = ANY_YEAR.matcher(text).region(s[0], s[1]);
        while (m.find()) {
            if (m.group(1).equals(stale) && !compared(text, m.start())) {
                put(found, finding(draft, last, m.start(), m.end(), expected, message));
            }
        }
    }

    /** A review sentence opening with the previous review's year: "2023年，我们…" in a review of 2024. */
    private static void reviewOpening(Map<Integer, Finding> found, Report draft, Report last, String text, int[] s, DraftYears years) {
        int at = s[0];
        while (at < s[1] && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        String stale = years.staleReview() + "年";
        if (text.startsWith(stale, at) && at + stale.length() < s[1]) {
            char next = text.charAt(at + stale.length());
            if (next == '，' || next == ',' || next == '是' || next == '我') {
                put(found, finding(draft, last, at, at + stale.length(), years.review(),
                        "the review opens a sentence with " + years.staleReview() + "; this draft looks back on "
                                + years.review()));
            }
        }
    }

    /** The draft's title line kept word for word from the previous report, year and all. */
    private static void title(Map<Integer, Finding> found, Report draft, Report last) {
        String title = draft.metadata().title();
        if (title == null || !title.equals(last.metadata().title()) || !ANY_YEAR.matcher(title).find()) {
            return;
        }
        int at = draft.original().indexOf(title);
        int lastAt = last.original().indexOf(title);
        if (at >= 0 && lastAt >= 0) {
            put(found, new Finding(FindingKind.STALE_YEAR, at, at + title.length(), title, null,
                    new Evidence(last.id(), lastAt, lastAt + title.length()),
                    "the title is the previous report's, year and all"));
        }
    }

    /** Whether the year follows a word that compares or dates ("比", "到", "自", "2023、"), spaces aside. */
    private static boolean compared(String text, int yearStart) {
        int i = yearStart - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        if (LISTING.indexOf(c) >= 0) {
            // a list of years, not a heading's number ("二、2024年") nor its words ("目标和2026年")
            return i > 0 && (Character.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '年');
        }
        return COMPARING.indexOf(c) >= 0;
    }

    /**
     * The finding, its evidence where the previous report says the same: the draft's words from the
     * year on (up to {@value #EVIDENCE_CHARS} characters, within the sentence) found in it; else the
     * first place it names the year; else the year in the draft.
     */
    private static Finding finding(Report draft, Report last, int start, int end, int expected, String message) {
        String text = draft.original();
        int sentenceEnd = end;
        while (sentenceEnd < text.length() && sentenceEnd - start < EVIDENCE_CHARS && !Sentences.isStop(text.charAt(sentenceEnd))) {
            sentenceEnd++;
        }
        String words = text.substring(start, sentenceEnd);
        int at = last.original().indexOf(words);
        Evidence evidence = at >= 0 ? new Evidence(last.id(), at, at + words.length()) : null;
        if (evidence == null) {
            int year = last.original().indexOf(text.substring(start, end));
            evidence = year >= 0 ? new Evidence(last.id(), year, year + end - start) : new Evidence(draft.id(), start, end);
        }
        return new Finding(FindingKind.STALE_YEAR, start, end, text.substring(start, end), expected + "年", evidence, message);
    }

    private static void put(Map<Integer, Finding> found, Finding f) {
        found.putIfAbsent(f.start(), f);
    }
}
