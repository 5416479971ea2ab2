package org.reportlens.core.outline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.reportlens.core.text.NormalizedText;
import org.reportlens.core.text.Span;

/**
 * Builds the outline of a normalized report. Each paragraph either opens a heading, opens with a
 * topic lead, or continues the open node. A heading is numbered (一、 (一) 1. (1)), or a part on a
 * line of its own found from its wording ({@link PartLine}: "2024年主要工作"), or a Markdown
 * heading ({@code ## 关于国内建设}, {@code ### 一、…}, whose marks are not part of the title).
 * Headings nest by rank — part line, 一、, (一), 1., (1) — so the 一、 sections under a part line
 * are level 2, and a node's level is its rank's or one below its parent, whichever is deeper. A
 * numbered heading's title is the whole paragraph when it stands on its own line, else the text up
 * to the first 。, with the paragraph's rest as body (which may open with a lead of its own). A lead is a
 * short phrase closed by 。 ({@link TopicLead}), or the first sentence of a paragraph opening as at least
 * three others do ("一年来，我们…"). Part
 * kinds are given to the level-1 headings together ({@link Part#classify(List)}). A text repeated
 * whole yields its headings twice: this parser reports what is there, it does not merge.
 */
public final class OutlineParser {
    private static final String TITLE_END = "。！？!?";
    private static final String TITLE_TRAILING = ":,; ";
    /** The rank of a part standing on its own line: above 一、, which is rank 1. */
    private static final int PART_LINE_RANK = 0;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\u3000]+");
    private static final java.util.regex.Pattern MARKDOWN = java.util.regex.Pattern.compile("^#{1,6} *");
    private static final java.util.regex.Pattern BARE_NUMERAL = java.util.regex.Pattern.compile("^([一二三四五六七八九十]{1,3})$");
    /**
     * The speaker's address to the assembly ("现在，我代表国务院，向大会报告工作，请予审议"; "向第一届全国人民代表大会
     * 第四次会议报告", 1957): a paragraph holding it
     * opens the report, and a short sentence before it is no topic — 国务院 2023's "本届政府任期即将结束。" stood as
     * a part of its own before the review (a tour).
     */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("向[^,，。]{0,12}大会[^,，。]{0,12}?(?:报告|作)");

    private OutlineParser() {
    }

    public static List<OutlineNode> parse(NormalizedText text) {
        Objects.requireNonNull(text, "text must not be null");
        return new Run(text).parse();
    }

    /** The mutable state of one parse; nodes are frozen into records when they close. */
    private static final class Run {
        private final NormalizedText text;
        private final String folded;
        private final List<Builder> roots = new ArrayList<>();
        private final Deque<Builder> open = new ArrayDeque<>();
        /** Normalized end of the content read so far: where closing nodes end. */
        private int contentEnd;
        /** After "附件" or "名词解释", only another appendix opens a part: the appendix's own headings are its. */
        private boolean inAppendix;
        /** The numeral of the last (一) section opened since the last part: what a "三）" must follow. */
        private String lastSection;

        /** Openers that start at least {@link LeadSections#MIN_SECTIONS} paragraphs ({@link TopicLead#ANAPHORA}). */
        private final Set<String> repeatedOpeners;

        /** Where each paragraph closing a part may begin (its "\n", {@link ClosingParagraph}), in order: found once, searched often. */
        private final int[] remarks;

        Run(NormalizedText text) {
            this.text = text;
            this.folded = text.folded();
            this.repeatedOpeners = repeatedOpeners(folded);
            List<Integer> found = new ArrayList<>();
            ClosingParagraph.Openings closing = new ClosingParagraph.Openings(folded);
            for (int at = folded.indexOf('\n'); at >= 0; at = folded.indexOf('\n', at + 1)) {
                int end = folded.indexOf('\n', at + 1);
                if (closing.at(at + 1, end < 0 ? folded.length() : end)) {
                    found.add(at);
                }
            }
            this.remarks = found.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The first paragraph closing a part at or after {@code from} (its "\n"), or -1. */
        private int remarksAfter(int from) {
            int i = Arrays.binarySearch(remarks, from);
            i = i >= 0 ? i : -i - 1;
            return i < remarks.length ? remarks[i] : -1;
        }

        /**
         * The paragraph openers of {@link TopicLead#ANAPHORA} that open enough paragraphs on a lead to mark
         * topics: "一年来，我们主要做了以下工作：" or a sentence of 80 characters opens none and counts for none.
         */
        private static Set<String> repeatedOpeners(String folded) {
            Map<String, Integer> counts = new HashMap<>();
            Matcher m = TopicLead.ANAPHORA.matcher(folded);
            for (int start = 0; start < folded.length(); ) {
                int end = folded.indexOf('\n', start);
                end = end < 0 ? folded.length() : end;
                if (m.region(start, end).lookingAt() && TopicLead.anaphoricLengthAt(folded, start, end) > 0) {
                    counts.merge(m.group(), 1, Integer::sum);
                }
                start = end + 1;
            }
            Set<String> repeated = new HashSet<>();
            counts.forEach((opener, count) -> {
                if (count >= LeadSections.MIN_SECTIONS) {
                    repeated.add(opener);
                }
            });
            return repeated;
        }

        List<OutlineNode> parse() {
            int n = folded.length();
            int paragraphStart = 0;
            while (paragraphStart < n) {
                int paragraphEnd = folded.indexOf('\n', paragraphStart);
                if (paragraphEnd < 0) {
                    paragraphEnd = n;
                }
                readParagraph(paragraphStart, paragraphEnd);
                contentEnd = paragraphEnd;
                paragraphStart = paragraphEnd + 1;
            }
            while (!open.isEmpty()) {
                close(open.pop());
            }
            List<String> partTitles = new ArrayList<>();
            for (Builder root : roots) {
                if (root.isPart()) {
                    partTitles.add(root.title);
                }
            }
            List<Part> classified = new ArrayList<>(Part.classify(partTitles));
            List<Builder> parts = roots.stream().filter(Builder::isPart).toList();
            PartContent.refine(parts.stream().map(b -> new int[] {b.headingEnd, b.end}).toList(), classified, folded);
            java.util.Iterator<Part> kinds = classified.iterator();
            List<OutlineNode> nodes = new ArrayList<>();
            for (int i = 0; i < roots.size(); i++) {
                Builder root = roots.get(i);
                Part kind = root.isPart() ? kinds.next() : null;
                if (root.isPart()) {
                    root.endBelowBeforeClosingRemarks(kind);
                }
                nodes.add(root.build(String.valueOf(i + 1), kind));
            }
            return List.copyOf(nodes);
        }

        private void readParagraph(int start, int end) {
            int markEnd = start;
            if (folded.charAt(start) == '#') {
                Matcher markdown = MARKDOWN.matcher(folded).region(start, end);
                markEnd = markdown.lookingAt() ? markdown.end() : start;
            }
            Optional<Heading> heading = Heading.match(folded.subSequence(markEnd, end));
            if (heading.isEmpty()) {
                heading = Heading.unopenedSection(folded.subSequence(markEnd, end), lastSection);
            }
            if (heading.isEmpty() && markEnd > start) {
                Matcher bare = BARE_NUMERAL.matcher(folded).region(markEnd, end);
                if (bare.matches()) {
                    heading = Optional.of(new Heading(1, bare.group(1), end - markEnd));
                }
            }
            int bodyStart = start;
            if (heading.isPresent()) {
                bodyStart = openHeading(heading.get(), start, markEnd, end);
            } else if (markEnd > start && markEnd < end && !folded.startsWith("# ", start)
                    || markEnd == start && end - start <= PartLine.MAX_LENGTH && partLine(folded.substring(start, end))) {
                openPartLine(start, markEnd, end);
                return;
            }
            int leadLength = bodyStart < end ? TopicLead.lengthAt(folded, bodyStart, end) : -1;
            if (leadLength < 0 && bodyStart == start && !inNumberedSection() && opensRepeatedly(start, end)) {
                leadLength = TopicLead.anaphoricLengthAt(folded, start, end);
            }
            if (leadLength > 0 && !ADDRESS.matcher(folded).region(bodyStart, end).find()) {
                openLead(bodyStart, bodyStart + leadLength);
            }
        }

        /**
         * Whether a numbered section or item is open: a repeated opener inside one ("一年来，我们…" under 合肥
         * 2025's 八、) is a sentence of it, not one of a run of topics.
         */
        private boolean inNumberedSection() {
            return open.stream().anyMatch(b -> !b.lead && b.level >= 2);
        }

        /** Whether the paragraph at {@code start} opens on a repeated opener ("一年来，我们…" down its part). */
        private boolean opensRepeatedly(int start, int end) {
            Matcher m = TopicLead.ANAPHORA.matcher(folded).region(start, end);
            return m.lookingAt() && repeatedOpeners.contains(m.group());
        }

        private boolean partLine(String line) {
            if (PartLine.isAppendix(line)) {
                inAppendix = true;
                return true;
            }
            return !inAppendix && PartLine.matches(line);
        }

        /** Opens a part standing on a line of its own (after any Markdown marks at {@code titleStart}). */
        private void openPartLine(int start, int titleStart, int end) {
            lastSection = null;
            while (!open.isEmpty()) {
                close(open.pop());
            }
            attach(new Builder(PART_LINE_RANK, 1, null, title(skipSpaces(titleStart, end), end), false, start, end));
        }

        /** Opens a numbered heading node; returns where its body starts within the paragraph. */
        private int openHeading(Heading heading, int start, int markerStart, int end) {
            int rank = heading.level();
            if (rank <= 2) {
                lastSection = rank == 2 ? heading.number() : null;
            }
            while (!open.isEmpty() && (open.peek().lead || open.peek().rank >= rank)) {
                close(open.pop());
            }
            int level = open.isEmpty() ? rank : Math.max(rank, open.peek().level + 1);
            int titleStart = skipSpaces(markerStart + heading.markerEnd(), end);
            int titleEnd = end;
            int headingEnd = end;
            for (int i = titleStart; i < end; i++) {
                if (TITLE_END.indexOf(folded.charAt(i)) >= 0) {
                    titleEnd = i;
                    headingEnd = i + 1;
                    break;
                }
            }
            // "(一)主要预期目标：" — a colon or comma closing a title is not part of it
            while (titleEnd > titleStart && TITLE_TRAILING.indexOf(folded.charAt(titleEnd - 1)) >= 0) {
                titleEnd--;
            }
            Builder node = new Builder(rank, level, heading.number(), title(titleStart, titleEnd),
                    false, start, headingEnd);
            attach(node);
            return skipSpaces(headingEnd, end);
        }

        private void openLead(int start, int phraseEnd) {
            while (!open.isEmpty() && open.peek().lead) {
                close(open.pop());
            }
            int level = open.isEmpty() ? 1 : open.peek().level + 1;
            attach(new Builder(Integer.MAX_VALUE, level, null, title(start, phraseEnd), true, start, phraseEnd + 1));
        }

        private void attach(Builder node) {
            if (open.isEmpty()) {
                roots.add(node);
            } else {
                open.peek().children.add(node);
            }
            open.push(node);
        }

        private void close(Builder node) {
            node.end = Math.max(contentEnd, node.headingEnd);
        }

        /** The last paragraph with text before {@code at} (folded), or "". */
        private String paragraphBefore(int at) {
            int end = textEnd(0, at);
            return folded.substring(folded.lastIndexOf('\n', end - 1) + 1, end);
        }

        /** {@code at} moved back over whitespace, not before {@code from}: where the text before it ends. */
        private int textEnd(int from, int at) {
            while (at > from && Character.isWhitespace(folded.charAt(at - 1))) {
                at--;
            }
            return at;
        }

        /** The title as displayed: the original text of the range, whitespace folded. */
        private String title(int start, int end) {
            Span span = text.toOriginal(start, end);
            return SPACES.matcher(span.of(text.original())).replaceAll(" ").strip();
        }

        private int skipSpaces(int i, int end) {
            while (i < end && folded.charAt(i) == ' ') {
                i++;
            }
            return i;
        }

        private final class Builder {
            /** Nesting order of the heading's kind: part line 0, 一、 1, (一) 2, 1. 3, (1) 4; leads last. */
            final int rank;
            final int level;
            final String number;
            final String title;
            final boolean lead;
            final int start;
            final int headingEnd;
            int end;
            final List<Builder> children = new ArrayList<>();

            Builder(int rank, int level, String number, String title, boolean lead, int start, int headingEnd) {
                this.rank = rank;
                this.level = level;
                this.number = number;
                this.title = title;
                this.lead = lead;
                this.start = start;
                this.headingEnd = headingEnd;
            }

            /** A level-1 heading: a part of the report, whose kind its title tells. */
            boolean isPart() {
                return level == 1 && !lead;
            }

            /**
             * Where the node's text ends before the closing remarks of its part, if they are in it: the
             * speaker turning to the delegates ("各位代表！过去一年…"), the thanks and the shortcomings
             * ({@link ClosingParagraph}) speak for the part, not the section.
             */
            private int beforeClosingRemarks(Builder node) {
                int remarks = remarksAfter(node.headingEnd);
                return remarks >= 0 && remarks < node.end ? remarks : node.end;
            }

            /**
             * Ends every node below this part before its closing remarks: "各位代表！…" after the part's
             * last heading speaks for the part (邢台 2023: the plan's government self-building, after
             * (八)维护社会大局稳定), and so do the thanks and the shortcomings (国务院 2025: "过去一年取得的成绩，
             * 根本在于…" after 七是…), so a reader folding or following the last section does not take
             * them with it, and the aligner credits them to the part. Topic leads in the remarks (宁夏
             * 2016: "坚持依法行政。…", "严守廉洁底线。…") are the part's too. Where the part's sections are its
             * leads, the remarks begin after the last of them, or after its last topic ({@link #lastTopic}) where
             * they come first. A paragraph on the government's own conduct after
             * a last section on something else opens them too ({@link #governmentAfter}).
             */
            void endBelowBeforeClosingRemarks(Part kind) {
                Builder lastHeading = lastDescendant(false);
                Builder from = lastHeading != this ? lastHeading : lastDescendant(true);
                if (from == this) {
                    return;
                }
                int cut = closingAfter(from);
                if (lastHeading == this) { // sectioned by its leads: the remarks may come before its last lead too
                    Optional<Builder> topic = lastTopic(kind);
                    cut = topic.isPresent() ? Math.min(cut, closingRemarksAfter(topic.get())) : cut;
                }
                if (cut < end) {
                    List<Builder> leadsInRemarks = new ArrayList<>();
                    cutAt(cut, leadsInRemarks);
                    leadsInRemarks.forEach(lead -> children.add(lead.at(level + 1)));
                }
            }

            /**
             * Where the part's closing remarks begin after {@code from}'s heading, or {@link #end}: a paragraph
             * closing the part ({@link #closingRemarksAfter}), or one on the government's own conduct before it.
             */
            private int closingAfter(Builder from) {
                int remarks = closingRemarksAfter(from);
                return Math.min(remarks, governmentAfter(from, remarks));
            }

            /** The first paragraph closing the part after {@code from}'s heading ({@link ClosingParagraph}), or {@link #end}. */
            private int closingRemarksAfter(Builder from) {
                int remarks = remarksAfter(from.headingEnd);
                return remarks >= 0 && remarks < end && !sectionsCloseWithRemarks(remarks) ? remarks : end;
            }

            /**
             * The first paragraph from {@code from} to {@code to} on the government's own conduct (its "\n";
             * {@link ClosingParagraph#onTheGovernment}), or {@code to}: after a review's last topic on people's
             * livelihoods, "过去一年，我们坚持和加强党的全面领导…" (深圳 2026) reports on the government for the
             * whole part, as a plan's "站在新起点上，我们要以更高要求加强政府自身建设。" does. Not where the last
             * heading or a section above it names the government (the paragraph is then that section's), nor a
             * numbered paragraph (成都 2016's "九是加强政府自身建设" is the last of the plan's nine).
             */
            private int governmentAfter(Builder from, int to) {
                for (Builder node = lastSection(); node != null; node = node.lastSection()) {
                    if (ClosingParagraph.namesTheGovernment(node.title)) {
                        return to;
                    }
                }
                if (ClosingParagraph.namesTheGovernment(from.title)) {
                    return to;
                }
                for (int at = folded.indexOf('\n', from.headingEnd); at >= 0 && at < to; at = folded.indexOf('\n', at + 1)) {
                    int paragraphEnd = folded.indexOf('\n', at + 1);
                    String opening = folded.substring(at + 1, Math.min(paragraphEnd < 0 ? folded.length() : paragraphEnd,
                            at + 1 + ClosingParagraph.GOVERNMENT_WITHIN));
                    if (ClosingParagraph.onTheGovernment(opening)) {
                        return at;
                    }
                }
                return to;
            }

            /**
             * Whether child {@code i} opens on a paragraph closing the part, or one stands between it and the child
             * before it ({@link ClosingParagraph}).
             */
            private boolean afterClosing(int i) {
                int from = i > 0 ? children.get(i - 1).headingEnd : headingEnd;
                int remarks = remarksAfter(from);
                return remarks >= 0 && remarks < children.get(i).start;
            }

            /**
             * The last of this part's leads that {@link LeadSections} makes a section, if it is sectioned by its
             * leads: the remarks closing the part begin after it (国务院 2016's "各位代表！…" thanks and shortcomings
             * after "六是…", before the year statement that is its last lead).
             */
            private Optional<Builder> lastTopic(Part kind) {
                Optional<List<LeadSections.Role>> roles = LeadSections.of(kind, leadChildren());
                if (roles.isEmpty()) {
                    return Optional.empty();
                }
                int last = roles.get().lastIndexOf(LeadSections.Role.SECTION);
                return last < 0 ? Optional.empty() : Optional.of(children.get(last));
            }

            /** The children as {@link LeadSections} sees them. */
            private List<LeadSections.Child> leadChildren() {
                List<LeadSections.Child> seen = new ArrayList<>(children.size());
                for (int i = 0; i < children.size(); i++) {
                    Builder c = children.get(i);
                    seen.add(new LeadSections.Child(c.title, c.lead, c.start, beforeClosingRemarks(c), paragraphBefore(c.start),
                            afterClosing(i)));
                }
                return seen;
            }

            /** The last child that is no lead, or null: leads in a section ("坚持依法行政依法履职。") are its topics, not its name. */
            private Builder lastSection() {
                Builder found = null;
                for (Builder child : children) {
                    found = child.lead ? found : child;
                }
                return found;
            }

            /**
             * Whether most other sections of the part end on a "各位代表" paragraph of their own (银川 2020 ends
             * each plan section so): then the one after the last section is its own too. One such paragraph
             * elsewhere (a transition between two runs of sections, 陕西 2023; a 双拥 paragraph, 江西 2023) is not.
             */
            private boolean sectionsCloseWithRemarks(int remarks) {
                int others = 0;
                int closing = 0;
                for (Builder child : children) {
                    if (child.lead || child.end > remarks) {
                        continue;
                    }
                    others++;
                    int contentEnd = textEnd(child.headingEnd, child.end);
                    int lastParagraph = folded.lastIndexOf('\n', contentEnd - 1) + 1;
                    if (lastParagraph > child.headingEnd && folded.startsWith(ClosingParagraph.TO_THE_DELEGATES, lastParagraph)) {
                        closing++;
                    }
                }
                return closing > 0 && 2 * closing >= others;
            }

            /** The last node below this one in reading order (this one when none), leads included or not. */
            private Builder lastDescendant(boolean leads) {
                Builder found = this;
                for (Builder child : children) {
                    if (leads || !child.lead) {
                        found = child.lastDescendant(leads);
                    }
                }
                return found;
            }

            /** Ends the nodes below this one at {@code at}; those that start there or later go to {@code after}. */
            private void cutAt(int at, List<Builder> after) {
                for (Iterator<Builder> it = children.iterator(); it.hasNext(); ) {
                    Builder child = it.next();
                    if (child.start >= at) {
                        it.remove();
                        after.add(child);
                    } else if (child.end > at) {
                        child.end = Math.max(at, child.headingEnd);
                        child.cutAt(at, after);
                    }
                }
            }

            /** This lead at another level, with its text and children. */
            private Builder at(int newLevel) {
                Builder moved = new Builder(rank, newLevel, number, title, lead, start, headingEnd);
                moved.end = end;
                moved.children.addAll(children);
                return moved;
            }

            /** The node and its children; {@code part} is its own kind for a part, else its parent's. */
            OutlineNode build(String id, Part part) {
                return build(id, part, lead, level, List.of());
            }

            /**
             * The node as a lead or not at a level, with the leads that {@link LeadSections} puts inside it (a
             * statement closing it, a sentence after a bullet) after its own children, its text running to theirs.
             */
            private OutlineNode build(String id, Part part, boolean asLead, int atLevel, List<Builder> inside) {
                Optional<List<LeadSections.Role>> roles = isPart() ? LeadSections.of(part, leadChildren()) : Optional.empty();
                List<OutlineNode> built = new ArrayList<>(children.size());
                for (int i = 0; i < children.size(); i++) {
                    LeadSections.Role role = roles.isPresent() ? roles.get().get(i) : null;
                    Builder child = children.get(i);
                    if (role == LeadSections.Role.INSIDE) {
                        continue;
                    }
                    int next = i + 1;
                    while (role == LeadSections.Role.SECTION && next < children.size()
                            && roles.get().get(next) == LeadSections.Role.INSIDE) {
                        next++;
                    }
                    built.add(child.build(id + "." + (built.size() + 1), part,
                            child.lead && role != LeadSections.Role.SECTION, child.level, children.subList(i + 1, next)));
                }
                int end = this.end;
                for (Builder lead : inside) {
                    built.add(lead.build(id + "." + (built.size() + 1), part, true, atLevel + 1, List.of()));
                    end = Math.max(end, lead.end);
                }
                Span span = text.toOriginal(start, end);
                int originalHeadingEnd = text.toOriginalEnd(headingEnd);
                return new OutlineNode(id, atLevel, number, title, asLead, part, span.start(),
                        Math.min(originalHeadingEnd, span.end()), span.end(), built);
            }
        }
    }
}
