package org.reportlens.core.dups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Learns stock wording from a corpus: wording found in the reports of at least
 * {@code minGovernments} different governments is what governments share — the political formulas,
 * the opening, the closing thanks — not one government copying itself.
 *
 * <p>The unit is the run of {@value PhraseMatcher#RUN} characters that {@link PhraseMatcher} looks
 * for (clause punctuation left out, runs holding a digit never: a figure is content). Every run is
 * counted by the governments whose reports hold it; in each report, consecutive runs that count
 * enough governments make one phrase, written as the report reads there. So the list, read back
 * by the matcher, holds exactly the runs learned. A phrase whose runs longer phrases already hold
 * is left out, which keeps the list short enough to read and edit.
 */
final class StockLearner {
    /** A line break with the spaces around it: a phrase is read across lines. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");
    private static final int RUN = PhraseMatcher.RUN;
    /** Low bits of a packed window that hold the government; the run's hash fills the rest. */
    private static final int GOVERNMENT_BITS = 24;
    private static final long GOVERNMENT_MASK = (1L << GOVERNMENT_BITS) - 1;

    /** A phrase as learned: how many reports hold it, the runs it is made of and its text as written. */
    private record Candidate(int reports, long[] runs, String words, String text) {
    }

    private StockLearner() {
    }

    /**
     * @param governmentOf for each text of the corpus, a number standing for its government
     *                     (reports of an unknown government share one)
     * @return the phrases, those found in most reports first
     */
    static List<String> learn(KeyCorpus corpus, List<KeyedReport> reports, int[] governmentOf, int minGovernments) {
        if (Arrays.stream(governmentOf).anyMatch(g -> g > GOVERNMENT_MASK)) {
            throw new IllegalArgumentException("more than " + GOVERNMENT_MASK + " governments");
        }
        long[] stock = stockRuns(corpus, governmentOf, minGovernments);
        Map<String, Candidate> candidates = new HashMap<>();
        for (int t = 0; t < corpus.texts(); t++) {
            Words w = new Words(corpus, t);
            boolean[] covered = w.covered(stock);
            Set<String> here = new HashSet<>();
            // a phrase is a run of whole clauses every word of which lies in a stock run: it reads
            // as wording, where a run cut at any word would read as a fragment
            int phraseStart = -1;
            int clauseStart = 0;
            for (int end : w.clauseEnds()) {
                boolean whole = end > clauseStart;
                for (int x = clauseStart; x < end && whole; x++) {
                    whole = covered[x];
                }
                if (whole && phraseStart < 0) {
                    phraseStart = clauseStart;
                } else if (!whole && phraseStart >= 0) {
                    add(candidates, here, w, reports.get(t), phraseStart, clauseStart);
                    phraseStart = -1;
                }
                clauseStart = end;
            }
            if (phraseStart >= 0) {
                add(candidates, here, w, reports.get(t), phraseStart, clauseStart);
            }
        }
        return withoutRedundant(candidates.values());
    }

    /** The phrases that add runs to longer ones, ordered by how many reports hold them. */
    private static List<String> withoutRedundant(Collection<Candidate> candidates) {
        List<Candidate> longestFirst = new ArrayList<>(candidates);
        longestFirst.sort(Comparator.comparingInt((Candidate c) -> c.words().length()).reversed()
                .thenComparing(Candidate::words));
        Set<Long> held = new HashSet<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : longestFirst) {
            boolean adds = false;
            for (long r : c.runs()) {
                adds |= held.add(r);
            }
            if (adds) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::reports).reversed()
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.words().length()).reversed())
                .thenComparing(Candidate::words));
        List<String> phrases = new ArrayList<>(kept.size());
        kept.forEach(c -> phrases.add(c.text()));
        return phrases;
    }

    /** Adds words {@code [from, to)} of a report as a phrase, one per paragraph: a phrase is one line of the list. */
    private static void add(Map<String, Candidate> candidates, Set<String> here, Words w, KeyedReport report, int from,
                            int to) {
        int lineStart = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || w.lineBreakBefore(report, i)) {
                addLine(candidates, here, w, report, lineStart, i);
                lineStart = i;
            }
        }
    }

    private static void addLine(Map<String, Candidate> candidates, Set<String> here, Words w, KeyedReport report,
                                int from, int to) {
        String words = w.words.substring(from, to);
        if (words.length() < RUN || !here.add(words)) { // shorter: a common word (人工智能), not wording
            return;
        }
        long[] runs = new long[to - from - RUN + 1];
        for (int j = from; j + RUN <= to; j++) {
            runs[j - from] = PhraseMatcher.runHash(w.words, j, j + RUN);
        }
        candidates.merge(words, new Candidate(1, runs, words, w.text(report, from, to)),
                (a, b) -> new Candidate(a.reports() + 1, a.runs(), a.words(), a.text()));
    }

    /** The hashes of the runs found in the reports of at least {@code minGovernments} governments, ascending. */
    private static long[] stockRuns(KeyCorpus corpus, int[] governmentOf, int minGovernments) {
        long[] packed = new long[Math.max(16, corpus.length())];
        int count = 0;
        for (int t = 0; t < corpus.texts(); t++) {
            for (long run : new Words(corpus, t).runs()) {
                if (run != Words.NO_RUN) {
                    packed[count++] = (run & ~GOVERNMENT_MASK) | governmentOf[t];
                }
            }
        }
        Arrays.sort(packed, 0, count);
        long[] stock = new long[16];
        int found = 0;
        int i = 0;
        while (i < count) {
            long hash = packed[i] & ~GOVERNMENT_MASK;
            int governments = 0;
            long lastGovernment = -1;
            for (; i < count && (packed[i] & ~GOVERNMENT_MASK) == hash; i++) {
                long government = packed[i] & GOVERNMENT_MASK;
                if (government != lastGovernment) {
                    governments++;
                    lastGovernment = government;
                }
            }
            if (governments >= minGovernments) {
                if (found == stock.length) {
                    stock = Arrays.copyOf(stock, found * 2);
                }
                stock[found++] = hash;
            }
        }
        return Arrays.copyOf(stock, found);
    }

    private static boolean isStock(long[] stock, long run) {
        return run != Words.NO_RUN && Arrays.binarySearch(stock, run & ~GOVERNMENT_MASK) >= 0;
    }

    /** A text's words (its comparable characters without clause punctuation) and their runs. */
    private static final class Words {
        static final long NO_RUN = 0;
        final String words;
        /** For each word, its comparable character within the text. */
        final int[] keyAt;
        private final KeyCorpus corpus;
        private final int start;

        Words(KeyCorpus corpus, int text) {
            this.corpus = corpus;
            this.start = corpus.start(text);
            int length = corpus.textLength(text);
            StringBuilder w = new StringBuilder(length);
            int[] at = new int[length];
            char[] chars = corpus.chars();
            for (int i = 0; i < length; i++) {
                char c = chars[start + i];
                if (!ClauseBoundaries.isClauseEnd(c)) {
                    at[w.length()] = i;
                    w.append(c);
                }
            }
            words = w.toString();
            keyAt = Arrays.copyOf(at, words.length());
        }

        /** The hash of the run starting at each word, or {@link #NO_RUN} where it holds a digit or the text ends. */
        long[] runs() {
            long[] runs = new long[Math.max(0, words.length() - RUN + 1)];
            int lastDigit = -1;
            for (int i = 0; i < words.length(); i++) {
                if (Character.isDigit(words.charAt(i))) {
                    lastDigit = i;
                }
                int from = i - RUN + 1;
                if (from >= 0) {
                    runs[from] = lastDigit >= from ? NO_RUN : PhraseMatcher.runHash(words, from, i + 1) | 1;
                }
            }
            return runs;
        }

        /** Which words lie in a run of {@code stock}. */
        boolean[] covered(long[] stock) {
            long[] runs = runs();
            boolean[] covered = new boolean[words.length()];
            for (int j = 0; j < runs.length; j++) {
                if (isStock(stock, runs[j])) {
                    Arrays.fill(covered, j, j + RUN, true);
                }
            }
            return covered;
        }

        /** Where each clause ends, in words: where a clause boundary of the corpus lies between two words. */
        int[] clauseEnds() {
            List<Integer> ends = new ArrayList<>();
            for (int i = 1; i < words.length(); i++) {
                for (int q = keyAt[i - 1] + 1; q <= keyAt[i]; q++) {
                    if (corpus.isBoundary(start + q)) {
                        ends.add(i);
                        break;
                    }
                }
            }
            ends.add(words.length());
            return ends.stream().mapToInt(Integer::intValue).toArray();
        }

        /** Whether a line break stands in the original text between word {@code i - 1} and word {@code i}. */
        boolean lineBreakBefore(KeyedReport report, int i) {
            int from = report.offsets().at(keyAt[i - 1], report.original().length());
            int to = report.offsets().at(keyAt[i], report.original().length());
            for (int at = from + 1; at < to; at++) {
                if (report.original().charAt(at) == '\n' || report.original().charAt(at) == '\r') {
                    return true;
                }
            }
            return false;
        }

        /** The original text of words {@code [from, to)}, on one line. */
        String text(KeyedReport report, int from, int to) {
            int start = report.offsets().at(keyAt[from], report.original().length());
            int end = report.offsets().at(keyAt[to - 1], report.original().length() - 1) + 1;
            return LINE_BREAK.matcher(report.original().substring(start, end)).replaceAll("").strip();
        }
    }
}
