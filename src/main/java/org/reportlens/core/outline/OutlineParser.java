package org.reportlens.core.outline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reportlens.core.text.NormalizedText;
import org.reportlens.core.text.Span;

/**
 * Builds the outline of a normalized report. Each paragraph either opens a numbered heading, opens
 * with a topic lead, or continues the open node. A heading's title is the whole paragraph when it
 * stands on its own line, else the text up to the first 。, with the paragraph's rest as body
 * (which may open with a lead of its own). A text repeated whole yields its headings twice: this
 * parser reports what is there, it does not merge.
 */
public final class OutlineParser {
    private static final String TITLE_END = "。！？!?";
    private static final String TITLE_TRAILING = ":,; ";

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

        Run(NormalizedText text) {
            this.text = text;
            this.folded = text.folded();
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
            List<OutlineNode> nodes = new ArrayList<>();
            for (int i = 0; i < roots.size(); i++) {
                nodes.add(roots.get(i).build(String.valueOf(i + 1), null));
            }
            return List.copyOf(nodes);
        }

        private void readParagraph(int start, int end) {
            Optional<Heading> heading = Heading.match(folded.subSequence(start, end));
            int bodyStart = start;
            if (heading.isPresent()) {
                bodyStart = openHeading(heading.get(), start, end);
            }
            int leadLength = bodyStart < end ? TopicLead.lengthAt(folded, bodyStart, end) : -1;
            if (leadLength > 0) {
                openLead(bodyStart, bodyStart + leadLength);
            }
        }

        /** Opens a heading node; returns where its body starts within the paragraph. */
        private int openHeading(Heading heading, int start, int end) {
            while (!open.isEmpty() && (open.peek().lead || open.peek().level >= heading.level())) {
                close(open.pop());
            }
            int titleStart = skipSpaces(start + heading.markerEnd(), end);
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
            Builder node = new Builder(heading.level(), heading.number(), title(titleStart, titleEnd),
                    false, start, headingEnd);
            attach(node);
            return skipSpaces(headingEnd, end);
        }

        private void openLead(int start, int phraseEnd) {
            while (!open.isEmpty() && open.peek().lead) {
                close(open.pop());
            }
            int level = open.isEmpty() ? 1 : open.peek().level + 1;
            attach(new Builder(level, null, title(start, phraseEnd), true, start, phraseEnd + 1));
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

        /** The title as displayed: the original text of the range, whitespace folded. */
        private String title(int start, int end) {
            Span span = text.toOriginal(start, end);
            return span.of(text.original()).replaceAll("[\\s\u3000]+", " ").strip();
        }

        private int skipSpaces(int i, int end) {
            while (i < end && folded.charAt(i) == ' ') {
                i++;
            }
            return i;
        }

        private final class Builder {
            final int level;
            final String number;
            final String title;
            final boolean lead;
            final int start;
            final int headingEnd;
            int end;
            final List<Builder> children = new ArrayList<>();

            Builder(int level, String number, String title, boolean lead, int start, int headingEnd) {
                this.level = level;
                this.number = number;
                this.title = title;
                this.lead = lead;
                this.start = start;
                this.headingEnd = headingEnd;
            }

            OutlineNode build(String id, Part inheritedPart) {
                Part part = level == 1 && !lead ? Part.classify(title) : inheritedPart;
                List<OutlineNode> built = new ArrayList<>(children.size());
                for (int i = 0; i < children.size(); i++) {
                    built.add(children.get(i).build(id + "." + (i + 1), part));
                }
                Span span = text.toOriginal(start, end);
                int originalHeadingEnd = text.toOriginalEnd(headingEnd);
                return new OutlineNode(id, level, number, title, lead, part, span.start(),
                        Math.min(originalHeadingEnd, span.end()), span.end(), built);
            }
        }
    }
}
