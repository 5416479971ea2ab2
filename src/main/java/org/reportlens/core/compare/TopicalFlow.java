package org.reportlens.core.compare;

import java.util.List;
import java.util.function.Predicate;

/**
 * Where each paragraph's topic went: for every chunk of one report, the unit of the other report whose
 * whole text is most alike to it (the cosine of the chunk's bigrams with the unit's body). A chunk's best
 * match ({@link ChunkFlow#bestMatches}) needs a paragraph kept in some of its words; a split or a merge of
 * sections mostly rewrites its paragraphs, and what is left of them is their topic: a paragraph on 养老
 * rewritten from scratch is still most alike to the section that speaks of 养老 the most.
 *
 * <p>Candidates are the units that hold text of their own and no sections (sections, parts without
 * sections), of a kind that may pair with the chunk's unit. The units' bodies are indexed by bigram; a
 * bigram in more than {@link #CROWDED} of them is left out, so the work per chunk stays bounded however many
 * units there are.
 */
final class TopicalFlow {
    /**
     * A bigram in more units than this is not looked up: it tells little apart (its IDF weight is low) and
     * would cost the most. Reports of a few dozen units lose no bigram to it.
     */
    static final int CROWDED = 40;

    private final AlignUnit[] candidates;
    private final TermPostings index;

    /** Where topics may go among {@code units}, one report's, by their vectors as last weighed ({@link ChunkFlow#weigh}). */
    TopicalFlow(List<AlignUnit> units) {
        candidates = units.stream().filter(u -> u.leaf && u.body != null).toArray(AlignUnit[]::new);
        index = bodies(candidates);
    }

    /** For each chunk of {@code chunks} (another report's), the unit of this report its topic went to, or null. */
    AlignUnit[] destinations(List<ChunkFlow.Chunk> chunks, CompareOptions options) {
        return destinations(chunks, options, u -> true);
    }

    /** As above, for the chunks of units {@code matched} accepts; the others' topics go nowhere. */
    AlignUnit[] destinations(List<ChunkFlow.Chunk> chunks, CompareOptions options, Predicate<AlignUnit> matched) {
        AlignUnit[] destination = new AlignUnit[chunks.size()];
        double[] scores = new double[candidates.length];
        int[] touched = new int[candidates.length];
        for (int c = 0; c < chunks.size(); c++) {
            ChunkFlow.Chunk chunk = chunks.get(c);
            if (!chunk.matchable() || !matched.test(chunk.unit)) {
                continue;
            }
            int n = index.accumulate(chunk.terms, chunk.weights, scores, touched);
            double top = 0;
            for (int t = 0; t < n; t++) {
                int u = touched[t];
                boolean better = scores[u] > top + ChunkFlow.TIE
                        || scores[u] >= top - ChunkFlow.TIE && nearer(candidates[u], destination[c], chunk.unit);
                // the score first: whether the two may pair costs more, and most candidates lose anyway
                if (better && SectionAligner.mayPair(chunk.unit, candidates[u], options)) {
                    top = Math.max(top, scores[u]);
                    destination[c] = candidates[u];
                }
                scores[u] = 0;
            }
        }
        return destination;
    }

    /** Equal text (a report saved twice): the copy at the same place wins. */
    private static boolean nearer(AlignUnit candidate, AlignUnit best, AlignUnit from) {
        return best != null && Math.abs(candidate.position - from.position) < Math.abs(best.position - from.position);
    }

    /** The candidates' body vectors by bigram. */
    private static TermPostings bodies(AlignUnit[] units) {
        int vocabulary = 0;
        int[][] terms = new int[units.length][];
        double[][] weights = new double[units.length][];
        for (int u = 0; u < units.length; u++) {
            terms[u] = units[u].body.keys();
            weights[u] = units[u].body.weights();
            vocabulary = terms[u].length == 0 ? vocabulary : Math.max(vocabulary, terms[u][terms[u].length - 1] + 1);
        }
        return new TermPostings(terms, weights, vocabulary, CROWDED);
    }
}
