package org.reportlens.core.dups;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.ComparableText;
import org.reportlens.core.text.Span;

/**
 * Finds duplicated passages inside and across reports and measures how much of each report is
 * reused. Passages are read as comparable characters: punctuation and digit width folded,
 * whitespace and line breaks left out, so a passage may run across paragraphs.
 */
public final class DuplicateFinder {
    /**
     * Exact pieces of a near repeat may be this short, so an edit every dozen characters still
     * joins; shorter pieces would join common words.
     */
    static final int NEAR_PIECE_LENGTH = 10;

    private final List<Report> reports;
    private final DuplicateOptions options;
    private final List<ComparableText> keys = new ArrayList<>();
    private final KeyCorpus corpus;

    private DuplicateFinder(List<Report> reports, DuplicateOptions options) {
        this.reports = List.copyOf(reports);
        this.options = options;
        List<String> texts = new ArrayList<>();
        for (Report r : this.reports) {
            ComparableText key = ComparableText.of(r.text(), 0, r.text().length(), true, false);
            keys.add(key);
            texts.add(key.key());
        }
        corpus = new KeyCorpus(texts);
    }

    public static DuplicateAnalysis find(List<Report> reports, DuplicateOptions options) {
        return find(reports, options, message -> { });
    }

    /** As {@link #find(List, DuplicateOptions)}, telling {@code progress} what it is doing. */
    public static DuplicateAnalysis find(List<Report> reports, DuplicateOptions options, Consumer<String> progress) {
        return new DuplicateFinder(reports, options).run(progress);
    }

    private DuplicateAnalysis run(Consumer<String> progress) {
        int length = options.minLength();
        progress.accept("indexing " + corpus.length() + " characters of " + reports.size() + " reports");
        List<RepeatFinder.Repeat> repeats = RepeatFinder.find(corpus, length);
        progress.accept(repeats.size() + " repeated passages of " + length + " or more characters");
        List<Passage> exact = new ArrayList<>(repeats.size());
        for (RepeatFinder.Repeat repeat : repeats) {
            exact.add(trimmed(repeat, length));
        }
        List<Passage> near = List.of();
        if (options.nearRepeats()) {
            List<RepeatFinder.Repeat> pieces = length <= NEAR_PIECE_LENGTH ? repeats
                    : RepeatFinder.find(corpus, NEAR_PIECE_LENGTH);
            near = NearGrouper.group(corpus, NearRepeatChainer.chain(corpus, pieces, length), length);
            progress.accept(near.size() + " near repeats");
        }
        List<Passage> shown = RedundancyFilter.filter(exact, near);
        shown.sort(Comparator.comparingInt(Passage::longest).reversed().thenComparingInt(p -> p.starts()[0]));
        List<Duplicate> duplicates = new ArrayList<>(shown.size());
        Reuse reuse = new Reuse();
        for (Passage p : shown) {
            duplicates.add(duplicate(p, reuse));
        }
        progress.accept(duplicates.size() + " duplicates, " + duplicates.stream().filter(Duplicate::near).count()
                + " of them near repeats");
        return new DuplicateAnalysis(duplicates, reuse.shares());
    }

    /** The repeat without the punctuation it begins with (the same in every occurrence). */
    private Passage trimmed(RepeatFinder.Repeat repeat, int minLength) {
        int[] starts = repeat.starts();
        int cut = Passage.startAfterPunctuation(corpus.chars(), starts[0], starts[0] + repeat.length(), minLength)
                - starts[0];
        if (cut == 0) {
            return Passage.exact(starts, repeat.length());
        }
        int[] moved = starts.clone();
        for (int i = 0; i < moved.length; i++) {
            moved[i] += cut;
        }
        return Passage.exact(moved, repeat.length() - cut);
    }

    private Duplicate duplicate(Passage p, Reuse reuse) {
        List<Occurrence> occurrences = new ArrayList<>(p.occurrences());
        for (int i = 0; i < p.occurrences(); i++) {
            occurrences.add(occurrence(p.starts()[i], p.ends()[i]));
        }
        List<NearEdit> edits = new ArrayList<>(p.edits().size());
        for (int[] e : p.edits()) {
            edits.add(new NearEdit(occurrence(e[0], e[1]), originalText(e[0], e[1]), occurrence(e[2], e[3]),
                    originalText(e[2], e[3])));
        }
        boolean stock = options.stockPhrases().isStock(corpus.substring(p.starts()[0], p.ends()[0]));
        if (!stock) {
            reuse.add(p);
        }
        return new Duplicate(p.longest(), originalText(p.starts()[0], p.ends()[0]), p.near(), stock, occurrences,
                edits);
    }

    /** The original span of corpus range {@code [from, to)}; an empty range sits where its text resumes. */
    private Occurrence occurrence(int from, int to) {
        int text = corpus.textAt(from);
        int local = from - corpus.start(text);
        ComparableText key = keys.get(text);
        int at = key.originalAt(local, reports.get(text).original().length());
        Span span = key.span(local, local + (to - from), at);
        return new Occurrence(reports.get(text).id(), span.start(), span.end());
    }

    /** The original text of corpus range {@code [from, to)}. */
    private String originalText(int from, int to) {
        Occurrence o = occurrence(from, to);
        return reports.get(corpus.textAt(from)).original().substring(o.start(), o.end());
    }

    /** Characters of each report also found in another report, and elsewhere in the same one. */
    private final class Reuse {
        private final BitSet[] other = new BitSet[reports.size()];
        private final BitSet[] same = new BitSet[reports.size()];

        Reuse() {
            for (int i = 0; i < reports.size(); i++) {
                other[i] = new BitSet();
                same[i] = new BitSet();
            }
        }

        void add(Passage p) {
            int n = p.occurrences();
            int[] text = new int[n];
            for (int i = 0; i < n; i++) {
                text[i] = corpus.textAt(p.starts()[i]);
            }
            // starts ascend, so occurrences in one text are neighbours
            boolean inOthers = text[0] != text[n - 1];
            for (int i = 0; i < n; i++) {
                int local = p.starts()[i] - corpus.start(text[i]);
                if (inOthers) {
                    other[text[i]].set(local, local + p.length(i));
                }
                if (i > 0 && text[i - 1] == text[i] || i + 1 < n && text[i + 1] == text[i]) {
                    same[text[i]].set(local, local + p.length(i));
                }
            }
        }

        List<ReuseShare> shares() {
            List<ReuseShare> shares = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                ComparableText key = keys.get(i);
                List<SectionReuse> sections = new ArrayList<>();
                addSections(i, reports.get(i).outline(), sections);
                shares.add(new ReuseShare(reports.get(i).id(), share(other[i], 0, key.length()),
                        share(same[i], 0, key.length()), sections));
            }
            return shares;
        }

        private void addSections(int report, List<OutlineNode> nodes, List<SectionReuse> out) {
            ComparableText key = keys.get(report);
            for (OutlineNode n : nodes) {
                if (n.lead()) {
                    continue;
                }
                int from = key.fromOriginal(n.start());
                int to = key.fromOriginal(n.end());
                out.add(new SectionReuse(n.id(), share(other[report], from, to), share(same[report], from, to)));
                addSections(report, n.children(), out);
            }
        }

        private double share(BitSet covered, int from, int to) {
            if (to <= from) {
                return 0;
            }
            return (double) covered.get(from, to).cardinality() / (to - from);
        }
    }
}
