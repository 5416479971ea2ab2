package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How two sets of section pairs of one pair of reports agree — a second reader's against the first's, or the
 * program's against either — counted only on the pairs both readers judge: neither leaves one of its sections
 * unjudged ({@code ?}), both name both sections, and neither leaves the pair to its parts' pair ("a section and
 * the partner of its part are not listed", {@link AlignmentScore#impliedByParts}). F1 is symmetric: it does not
 * matter which set is taken as the truth.
 *
 * @param both       pairs in both sets
 * @param firstOnly  pairs only the first set holds, by title ("a | b")
 * @param secondOnly pairs only the second set holds
 */
record ReaderAgreement(String name, int both, List<String> firstOnly, List<String> secondOnly) {

    ReaderAgreement {
        firstOnly = List.copyOf(firstOnly);
        secondOnly = List.copyOf(secondOnly);
    }

    /**
     * The agreement of {@code first} and {@code second}, pairs by node ids, on the pairs both readers judge
     * (the two annotations resolved against the same two reports).
     */
    static ReaderAgreement of(String name, Set<List<String>> first, Set<List<String>> second,
                              AlignmentScore.Truth readerOne, AlignmentScore.Truth readerTwo) {
        Set<List<String>> all = new LinkedHashSet<>(first);
        all.addAll(second);
        int both = 0;
        List<String> firstOnly = new ArrayList<>();
        List<String> secondOnly = new ArrayList<>();
        for (List<String> pair : all) {
            if (!judged(pair, readerOne) || !judged(pair, readerTwo)) {
                continue;
            }
            String label = readerOne.titlesA.title(pair.get(0)) + " | " + readerOne.titlesB.title(pair.get(1));
            if (first.contains(pair) && second.contains(pair)) {
                both++;
            } else if (first.contains(pair)) {
                firstOnly.add(label);
            } else {
                secondOnly.add(label);
            }
        }
        return new ReaderAgreement(name, both, firstOnly, secondOnly);
    }

    /** The two readers' own pairs. */
    static ReaderAgreement ofReaders(String name, AlignmentScore.Truth one, AlignmentScore.Truth two) {
        return of(name, one.pairs.keySet(), two.pairs.keySet(), one, two);
    }

    /** Whether {@code reader} judges the pair: both sections named, neither unjudged, not left to the parts' pair. */
    private static boolean judged(List<String> pair, AlignmentScore.Truth reader) {
        String a = pair.get(0);
        String b = pair.get(1);
        if (reader.unjudgedA.contains(a) || reader.unjudgedB.contains(b)
                || !reader.judgedA.contains(a) || !reader.judgedB.contains(b)) {
            return false;
        }
        return reader.pairs.containsKey(pair) || !AlignmentScore.impliedByParts(pair, reader.pairs.keySet());
    }

    /** 2 × both / (2 × both + the pairs of one set only); 1 where neither set has a judged pair. */
    double f1() {
        int total = 2 * both + firstOnly.size() + secondOnly.size();
        return total == 0 ? 1 : 2.0 * both / total;
    }

    static ReaderAgreement total(String name, List<ReaderAgreement> agreements) {
        int both = 0;
        List<String> firstOnly = new ArrayList<>();
        List<String> secondOnly = new ArrayList<>();
        for (ReaderAgreement a : agreements) {
            both += a.both;
            firstOnly.addAll(a.firstOnly);
            secondOnly.addAll(a.secondOnly);
        }
        return new ReaderAgreement(name, both, firstOnly, secondOnly);
    }
}
