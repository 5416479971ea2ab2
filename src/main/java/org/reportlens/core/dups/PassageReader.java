package org.reportlens.core.dups;

import java.util.ArrayList;
import java.util.List;

/** Reads passages found in corpus positions back as duplicates in their reports' original text. */
final class PassageReader {
    private final KeyCorpus corpus;
    private final List<KeyedReport> reports;

    PassageReader(KeyCorpus corpus, List<KeyedReport> reports) {
        this.corpus = corpus;
        this.reports = reports;
    }

    Duplicate duplicate(Passage p) {
        List<Occurrence> occurrences = new ArrayList<>(p.occurrences());
        for (int i = 0; i < p.occurrences(); i++) {
            occurrences.add(occurrence(p.starts()[i], p.ends()[i]));
        }
        List<NearEdit> edits = new ArrayList<>(p.edits().size());
        for (int[] e : p.edits()) {
            edits.add(new NearEdit(occurrence(e[0], e[1]), originalText(e[0], e[1]), occurrence(e[2], e[3]),
                    originalText(e[2], e[3])));
        }
        return new Duplicate(p.longest(), originalText(p.starts()[0], p.ends()[0]), p.near(), p.stock(), occurrences,
                edits);
    }

    /** The original span of corpus range {@code [from, to)}; an empty range sits where its text resumes. */
    Occurrence occurrence(int from, int to) {
        int text = corpus.textAt(from);
        KeyedReport report = reports.get(text);
        int local = from - corpus.start(text);
        int at = report.offsets().at(local, report.original().length());
        if (to <= from) {
            return new Occurrence(report.id(), at, at);
        }
        return new Occurrence(report.id(), at, report.offsets().at(local + (to - from) - 1, -1) + 1);
    }

    /** The original text of corpus range {@code [from, to)}. */
    String originalText(int from, int to) {
        Occurrence o = occurrence(from, to);
        return reports.get(corpus.textAt(from)).original().substring(o.start(), o.end());
    }
}
