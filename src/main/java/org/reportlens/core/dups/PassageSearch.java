package org.reportlens.core.dups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The search itself, on a corpus of comparable characters: exact repeats narrowed to clause
 * boundaries, near repeats if asked, those a longer finding already shows dropped, each marked
 * stock or not. Ranked as a reviewer reads them: passages that are not stock wording longest
 * first, then stock wording longest first.
 */
final class PassageSearch {
    /**
     * Exact pieces of a near repeat may be this short, so an edit every dozen characters still
     * joins; shorter pieces would join common words.
     */
    static final int NEAR_PIECE_LENGTH = 10;

    /** Not stock before stock, then longest first, then in corpus order. */
    static final Comparator<Passage> RANKING = Comparator.comparing(Passage::stock)
            .thenComparing(Comparator.comparingInt(Passage::longest).reversed())
            .thenComparingInt(p -> p.starts()[0]);

    private PassageSearch() {
    }

    /**
     * @param openings for each text of the corpus, how many of its first characters make its
     *                 opening (see {@link ReportOpening}); a passage inside them is stock, and
     *                 one that starts inside counts its part there as stock wording
     */
    private static boolean inOpenings(KeyCorpus corpus, Passage p, int[] openings) {
        for (int i = 0; i < p.occurrences(); i++) {
            int text = corpus.textAt(p.starts()[i]);
            if (p.ends()[i] - corpus.start(text) > openings[text]) {
                return false;
            }
        }
        return true;
    }

    static List<Passage> find(KeyCorpus corpus, DuplicateOptions options, int[] openings, Consumer<String> progress) {
        int length = options.minLength();
        List<RepeatFinder.Repeat> repeats = RepeatFinder.find(corpus, length);
        List<Passage> exact = new ArrayList<>(repeats.size());
        for (RepeatFinder.Repeat r : repeats) {
            Passage p = Passage.exactBetweenBoundaries(corpus, r.starts(), r.length(), length);
            if (p != null) {
                exact.add(p);
            }
        }
        progress.accept(String.format("%,d repeated passages of %d or more characters between clause boundaries",
                exact.size(), length));
        List<Passage> near = List.of();
        if (options.nearRepeats()) {
            List<RepeatFinder.Repeat> pieces = length <= NEAR_PIECE_LENGTH ? repeats
                    : RepeatFinder.find(corpus, NEAR_PIECE_LENGTH, NearRepeatChainer.MAX_OCCURRENCES);
            repeats = null; // the exact repeats are passages now; let them go before the pieces are paired
            progress.accept(String.format("%,d pieces of %d or more characters for near repeats", pieces.size(),
                    Math.min(length, NEAR_PIECE_LENGTH)));
            near = NearGrouper.group(corpus, NearRepeatChainer.chain(corpus, pieces, length));
            progress.accept(String.format("%,d near repeats", near.size()));
        }
        List<Passage> shown = RedundancyFilter.filter(exact, near);
        List<Passage> marked = new ArrayList<>(shown.size());
        for (Passage p : shown) {
            int text = corpus.textAt(p.starts()[0]);
            int opening = corpus.start(text) + openings[text] - p.starts()[0];
            marked.add(p.withStock(inOpenings(corpus, p, openings)
                    || options.stockPhrases().isStock(corpus.substring(p.starts()[0], p.ends()[0]), opening)));
        }
        marked.sort(RANKING);
        return marked;
    }
}
