package org.reportlens.core.dups;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What is kept of the reports searched for duplicates, and their comparable characters end to end:
 * the one way in for the analysis of a few reports and the scan of a corpus.
 *
 * @param reports the reports, as much of them as the search needs
 * @param corpus  their keys, one after another
 */
record IndexedReports(List<KeyedReport> reports, KeyCorpus corpus) {
    IndexedReports {
        reports = List.copyOf(reports);
    }

    /** Copies the keys into one corpus; once this returns, nothing holds them twice. */
    static IndexedReports of(List<KeyedReport.Keyed> keyed) {
        List<KeyedReport> reports = new ArrayList<>(keyed.size());
        List<String> keys = new ArrayList<>(keyed.size());
        List<BitSet> boundaries = new ArrayList<>(keyed.size());
        for (KeyedReport.Keyed k : keyed) {
            reports.add(k.report());
            keys.add(k.key());
            boundaries.add(k.boundaries());
        }
        return new IndexedReports(reports, new KeyCorpus(keys, boundaries));
    }

    /** How long each report's opening is (title, date, greeting), in its key. */
    int[] openings() {
        return reports.stream().mapToInt(KeyedReport::opening).toArray();
    }
}
