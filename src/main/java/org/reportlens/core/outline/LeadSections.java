package org.reportlens.core.outline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.reportlens.core.text.CharFolding;

/**
 * Which topic leads of a part are its sections. A review or plan part written as a run of topic leads,
 * with no numbered section — "交通瓶颈有效破解。…", "产业动能持续增强。…" (甘肃 2023) — is sectioned by
 * them, as a reader of the report takes it (and the readers who annotated our pairs did). A part of
 * {@link Part#OTHER} kind, on one topic ("把改革开放扎实推向纵深"), is where another year has a section,
 * and its leads are what that section's leads are; one to three leads are more often an opening
 * sentence than a structure.
 *
 * <p>A lead stating what a year or period was ({@link TopicLead#isStatement}) names no topic: before
 * the first topic it opens the part and stays in the part's own text; after the last it closes the
 * last section and becomes its lead; between two topics it opens what follows, and is a section.
 * Where the topics are "——" bullets, nearly all of them, a lead without the dash is a sentence of the
 * bullet before it (铁岭 2014: "向上争取各类无偿资金133亿元" under "——发展保障能力得到增强"), and stays a lead there.
 * Where the part numbers its topics in prose, "一是…", "二是…" or "第一，…" up to at least four, each the next
 * number or the one after, those are its sections from "一是" on (a "一是" before the fourth starts the run
 * again), and any lead after "一是" that is not in the run is a sentence of the topic before it
 * (国务院 2015: "扎实推动重点改革。" under "二是深化改革开放，激发经济社会发展活力。"). Headline bullets before
 * "一是" open the part: they sum up in a sentence each what the numbered topics then tell (国务院 2019's six
 * "——" bullets, then "一是…八是" over 3,000 characters; {@link #headlines}), as do fewer than
 * {@link #MIN_SECTIONS} other leads (国务院 2025's "“稳”的态势巩固延续。" and "“进”的步伐坚实有力。"); more are
 * what they would be without it (德阳 2022 reviews five years in seventeen topics, then the last year in
 * "一是…"). A run right after a plain topic and followed by as many lists points of that topic
 * ({@link #subPoints}); lessons the years taught, numbered after a paragraph that says so, are no topics and
 * after the last stay the part's text ({@link #lessons}). Leads opening alike ("一年来，我们…",
 * {@link TopicLead#ANAPHORA}) are topics like any, unless plain topics stand between them
 * ({@link #headersOfTopics}) or they sum up in a sentence or two before "一是".
 *
 * <p>Leads that do not divide the part are not its sections: a review that opens with a few "——"
 * headline bullets and goes on in prose over 3,000 characters would make the last bullet a section
 * holding the whole review. Bullets of a few paragraphs each do divide it, though the last may run on
 * into the part's summary.
 */
final class LeadSections {
    /**
     * What a child of the part becomes: a section; a lead of the part's own text (opening it, before the
     * first section, or closing it: lessons after the last); a lead inside the section before it (a
     * statement closing the last, a sentence between bullets).
     */
    enum Role { SECTION, OPENING, INSIDE }

    /**
     * A child of the part as this rule sees it.
     *
     * @param start  where it begins (any consistent offsets)
     * @param end    where its text ends, before the next child
     * @param before the paragraph before it ("" when none)
     * @param afterClosing whether it opens, or follows, a paragraph that speaks for the whole part
     *               ({@link ClosingParagraph}: the thanks, the shortcomings) since the child before it
     */
    record Child(String title, boolean lead, int start, int end, String before, boolean afterClosing) {
    }

    /** The fewest topic leads that make a part without numbered sections read as sectioned by them. */
    static final int MIN_SECTIONS = 4;
    /** At least this share of the topic leads "——" bullets, and the others are sentences inside them. */
    static final double DASHED_SHARE = 0.75;
    /** A section this many times the median of the part's sections … */
    static final int SWALLOWING_RATIO = 6;
    /** … and this long (characters) holds what follows the run of leads, not one topic … */
    static final int SWALLOWING_LENGTH = 1500;
    /**
     * … where the others are headlines of a sentence or two (国务院's "——" bullets, 101–176 characters at
     * the median): sections of a few paragraphs each (铁岭 2016's ten review bullets, 395) divide the part
     * even when the last runs on into the part's summary and thanks.
     */
    static final int HEADLINE_LENGTH = 250;

    /** What the years taught, named in the sentence before a numbered run: "四年的体会与经验…" (银川 2017). */
    private static final Pattern LESSON = Pattern.compile("体会|经验|启示");
    /**
     * … and that sentence announcing them: "…弥足珍贵，需要在今后工作中牢牢汲取", "…深刻启示：" — not a
     * sentence that only mentions experience ("认真总结推广试点经验，重点抓了以下工作").
     */
    private static final Pattern ANNOUNCED = Pattern.compile("弥足珍贵|深刻|宝贵|汲取|主要是|主要有|[：:]$");

    private LeadSections() {
    }

    /** Each child's role, in order, or empty when the part is not sectioned by its leads. */
    static Optional<List<Role>> of(Part kind, List<Child> children) {
        if (kind == null || kind == Part.OTHER || children.stream().anyMatch(c -> !c.lead())) {
            return Optional.empty();
        }
        List<Boolean> lessons = lessons(children);
        List<Boolean> topic = new ArrayList<>(topics(children));
        for (int i = 0; i < topic.size(); i++) {
            topic.set(i, topic.get(i) && !lessons.get(i));
        }
        headersOfTopics(children, topic);
        List<Boolean> numbered = numberedTopics(children, lessons);
        int firstNumbered = numbered.indexOf(true);
        boolean byNumbers = firstNumbered >= 0 && !subPoints(children, topic, numbered);
        if (byNumbers) {
            topic.subList(firstNumbered, topic.size()).clear();
            topic.addAll(numbered.subList(firstNumbered, numbered.size()));
            openWithHeadlines(children.subList(0, firstNumbered), topic, TopicLead::isDashed);
            // "这一年，我们…" summing up in a sentence or two before "一是…" tells it (南昌 2025); five years in
            // "五年来，我们…" of several paragraphs each before the year's "一是…" stay sections (绍兴 2016)
            openWithHeadlines(children.subList(0, firstNumbered), topic, TopicLead::isAnaphoric);
            if (topic.subList(0, firstNumbered).stream().filter(t -> t).count() < MIN_SECTIONS) {
                Collections.fill(topic.subList(0, firstNumbered), false);
            }
        } else { // numbered leads that are leads only for their number ("一是…，…") are no topics of their own
            for (int i = 0; i < topic.size(); i++) {
                topic.set(i, topic.get(i) && !(firstNumbered >= 0 && numbered.get(i)) && !TopicLead.byNumberOnly(children.get(i).title()));
            }
        }
        int first = topic.indexOf(true);
        int last = topic.lastIndexOf(true);
        long topics = topic.stream().filter(t -> t).count();
        if (topics < MIN_SECTIONS) {
            return Optional.empty();
        }
        List<Role> roles = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        boolean closed = false;
        for (int i = 0; i < children.size(); i++) {
            // after the last topic, lessons and all that follows the part's closing words are the part's own text
            // (国务院 2026's "2025年是“十四五”收官之年。过去5年，…" after 七是, 铁岭 2016's "四是…" shortcomings,
            // 林芝 2023's four leads on the government after "各位代表！新形势、新任务，对政府自身建设提出了更高要求")
            closed |= i > last && children.get(i).afterClosing();
            Role role = i < first || i > last && (lessons.get(i) || closed) ? Role.OPENING
                    : i > last || !topic.get(i)
                            && (byNumbers && i > firstNumbered || !TopicLead.isStatement(children.get(i).title()))
                    ? Role.INSIDE
                    : Role.SECTION;
            roles.add(role);
            if (role == Role.SECTION) {
                lengths.add(children.get(i).end() - children.get(i).start());
            } else if (role == Role.INSIDE) { // the section runs on over the leads inside it
                int section = lengths.size() - 1;
                lengths.set(section, lengths.get(section) + children.get(i).end() - children.get(i).start());
            }
        }
        return swallows(lengths) ? Optional.empty() : Optional.of(List.copyOf(roles));
    }

    /**
     * Whether each child names a topic: not a statement, and a "——" bullet where nearly all topics are
     * ({@link #DASHED_SHARE}).
     */
    private static List<Boolean> topics(List<Child> children) {
        List<String> named = children.stream().map(Child::title).filter(t -> !TopicLead.isStatement(t)).toList();
        long dashed = named.stream().filter(TopicLead::isDashed).count();
        boolean bullets = dashed >= MIN_SECTIONS && dashed >= DASHED_SHARE * named.size();
        return children.stream()
                .map(c -> !TopicLead.isStatement(c.title()) && (!bullets || TopicLead.isDashed(c.title())))
                .toList();
    }

    /**
     * Whether each child is a topic the part numbers in prose: the run "一是", "二是", … from a "一是", each
     * the next number or the one after (a topic whose first sentence is no lead, "五是：…"), when it reaches
     * {@link #MIN_SECTIONS}; a "一是" before then starts the run again (three features listed, then the
     * year's work "一是…六是"). Empty when there is no such run.
     */
    private static List<Boolean> numberedTopics(List<Child> children, List<Boolean> lessons) {
        List<Boolean> topic = new ArrayList<>(Collections.nCopies(children.size(), false));
        List<Integer> run = new ArrayList<>();
        int next = 1;
        for (int i = 0; i < children.size(); i++) {
            int ordinal = lessons.get(i) ? 0 : TopicLead.ordinal(children.get(i).title());
            if (ordinal == 1 && run.size() < MIN_SECTIONS) {
                run.forEach(r -> topic.set(r, false));
                run.clear();
                next = 1;
            }
            if (ordinal > 0 && (ordinal == next || ordinal == next + 1 && !run.isEmpty())) {
                topic.set(i, true);
                run.add(i);
                next = ordinal + 1;
            }
        }
        return run.size() >= MIN_SECTIONS ? topic : List.of();
    }

    /**
     * Takes leads opening on a repeated opener ("这一年，我们聚力攻坚，大事要事实现新突破", 达州 2023) off the topics
     * where plain topics stand between them: they head groups of the part's topics then, which are its sections.
     */
    private static void headersOfTopics(List<Child> children, List<Boolean> topic) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < children.size(); i++) {
            if (TopicLead.isAnaphoric(children.get(i).title())) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        boolean between = false;
        for (int i = first + 1; first >= 0 && i < last; i++) {
            between |= topic.get(i) && !TopicLead.isAnaphoric(children.get(i).title());
        }
        for (int i = 0; between && i < children.size(); i++) {
            topic.set(i, topic.get(i) && !TopicLead.isAnaphoric(children.get(i).title()));
        }
    }

    /**
     * Whether the numbered run lists points of a plain topic: one after the other, right after that topic,
     * with at least {@link #MIN_SECTIONS} plain topics after them (six topics, the second of which lists
     * "一是…四是"; not "五是加强政府自身建设" whose own topics follow it). Plain
     * topics between the numbered ones are theirs instead (林芝 2023: "第一，开足马力抓项目…" heads three topics).
     */
    private static boolean subPoints(List<Child> children, List<Boolean> topic, List<Boolean> numbered) {
        int first = numbered.indexOf(true);
        int last = numbered.lastIndexOf(true);
        if (first == 0 || !topic.get(first - 1) || TopicLead.ordinal(children.get(first - 1).title()) > 0) {
            return false; // no plain topic for them to be the points of
        }
        for (int i = first; i <= last; i++) {
            if (!numbered.get(i) && topic.get(i)) {
                return false;
            }
        }
        int after = 0;
        for (int i = last + 1; i < children.size(); i++) {
            after += topic.get(i) && TopicLead.ordinal(children.get(i).title()) == 0 ? 1 : 0;
        }
        return after >= MIN_SECTIONS;
    }

    /**
     * Takes the leads of one kind ({@code kind}: "——" bullets, "这一年，我们…") before the numbered topics off
     * the topics where they are headlines, a sentence or two each (国务院's bullets, 101–176 characters at the
     * median), that sum up what the numbered topics then tell — not topics of several paragraphs (江西 2023's
     * review of 2022 in five bullets of 425–648 characters, then five years in "一是…").
     */
    private static void openWithHeadlines(List<Child> before, List<Boolean> topic, Predicate<String> kind) {
        List<Integer> lengths = before.stream().filter(c -> kind.test(c.title())).map(c -> c.end() - c.start()).toList();
        if (lengths.isEmpty() || median(lengths) >= HEADLINE_LENGTH) {
            return;
        }
        for (int i = 0; i < before.size(); i++) {
            topic.set(i, topic.get(i) && !kind.test(before.get(i).title()));
        }
    }

    private static int median(List<Integer> lengths) {
        List<Integer> sorted = lengths.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /**
     * Whether each child is a lesson the years taught, numbered after a paragraph that says so: "一是必须坚持以
     * 新发展理念为指导…" after "四年的体会与经验弥足珍贵…" (银川 2017) closes a review, it is no topic of it; nor is
     * a lead announcing them itself ("五年来积累的经验难能可贵。", 孝感 2016, after five "一年来，我们…" topics).
     */
    private static List<Boolean> lessons(List<Child> children) {
        List<Boolean> lesson = new ArrayList<>(children.size());
        boolean inLessons = false;
        for (Child child : children) {
            int ordinal = TopicLead.ordinal(child.title());
            boolean announces = ClosingParagraph.teaches(CharFolding.fold(child.title()));
            inLessons = announces || (ordinal == 1 ? announcesLessons(child.before()) : inLessons && ordinal > 1);
            lesson.add(inLessons);
        }
        return lesson;
    }

    /** Whether the last sentence of {@code paragraph} announces what the years taught ({@link #LESSON}, {@link #ANNOUNCED}). */
    private static boolean announcesLessons(String paragraph) {
        String text = paragraph.strip();
        text = text.endsWith("。") ? text.substring(0, text.length() - 1) : text;
        String last = text.substring(text.lastIndexOf('。') + 1);
        return LESSON.matcher(last).find() && ANNOUNCED.matcher(last).find();
    }

    private static boolean swallows(List<Integer> lengths) {
        int median = median(lengths);
        int longest = lengths.stream().mapToInt(Integer::intValue).max().orElse(0);
        return median < HEADLINE_LENGTH && longest > Math.max(SWALLOWING_LENGTH, SWALLOWING_RATIO * median);
    }
}
