package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportLoader;

/**
 * The annotated pairs that chain (国务院 2015→2016→…→2026, 北京 2020→2021→2022→2023, …), each chain compared as one
 * comparison of all its years, as a user opens them in the window: every two consecutive years must score as when
 * the two are compared alone. Needs the corpus, as {@link AlignmentAnnotationsTest}; {@link #main} prints both
 * figures.
 */
class AnnotatedChainsTest {

    @Test
    void everyPairOfAChainScoresAsThePairComparedAlone() throws IOException {
        Path corpus = AlignmentAnnotationsTest.corpus();
        Assumptions.assumeTrue(corpus != null, "the corpus is not here");
        Map<String, AlignmentScore[]> scores = score(corpus);
        assertThat(scores).hasSizeGreaterThanOrEqualTo(20);
        for (Map.Entry<String, AlignmentScore[]> pair : scores.entrySet()) {
            AlignmentScore inChain = pair.getValue()[0];
            AlignmentScore alone = pair.getValue()[1];
            assertThat(inChain.wrong()).as(pair.getKey()).containsExactlyInAnyOrderElementsOf(alone.wrong());
            assertThat(inChain.missed()).as(pair.getKey()).containsExactlyInAnyOrderElementsOf(alone.missed());
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, AlignmentScore[]> scores = score(AlignmentAnnotationsTest.corpus());
        List<AlignmentScore> chains = scores.values().stream().map(s -> s[0]).toList();
        List<AlignmentScore> alone = scores.values().stream().map(s -> s[1]).toList();
        for (Map.Entry<String, AlignmentScore[]> e : scores.entrySet()) {
            System.out.println(AlignmentAnnotationsTest.line(e.getValue()[0]) + "   alone: "
                    + AlignmentAnnotationsTest.line(e.getValue()[1]).substring(27));
        }
        System.out.println(AlignmentAnnotationsTest.line(AlignmentScore.total("in chains", chains)));
        System.out.println(AlignmentAnnotationsTest.line(AlignmentScore.total("alone", alone)));
    }

    /** For each annotated pair of a chain, by name: its score in the chain's comparison, and alone. */
    static Map<String, AlignmentScore[]> score(Path corpus) throws IOException {
        Map<String, AlignmentScore[]> out = new LinkedHashMap<>();
        for (List<AlignmentAnnotation> chain : chains()) {
            List<String> files = new ArrayList<>();
            files.add(corpus.resolve(chain.get(0).fileA()).toString());
            chain.forEach(a -> files.add(corpus.resolve(a.fileB()).toString()));
            LoadResult loaded = new ReportLoader().load(files);
            assertThat(loaded.problems()).isEmpty();
            List<Report> reports = loaded.reports();
            Comparison all = Comparer.compare(reports, CompareOptions.DEFAULTS);
            for (int i = 0; i < chain.size(); i++) {
                Report a = reports.get(i);
                Report b = reports.get(i + 1);
                out.put(chain.get(i).name(), new AlignmentScore[] {
                        AlignmentScore.of(chain.get(i), a, b, between(all, i)),
                        AlignmentScore.of(chain.get(i), a, b, Comparer.compare(List.of(a, b), CompareOptions.DEFAULTS))});
            }
        }
        return out;
    }

    /** The chains of two or more annotated pairs, each pair's newer report the next one's older. */
    private static List<List<AlignmentAnnotation>> chains() throws IOException {
        List<AlignmentAnnotation> annotations = new ArrayList<>();
        for (String line : AlignmentAnnotationsTest.resource("index.txt")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 2) {
                annotations.add(AlignmentAnnotation.parse(parts[0], AlignmentAnnotationsTest.resource(parts[0])));
            }
        }
        List<List<AlignmentAnnotation>> chains = new ArrayList<>();
        for (AlignmentAnnotation first : annotations) {
            if (annotations.stream().anyMatch(o -> o.fileB().equals(first.fileA()))) {
                continue; // not the first of its chain
            }
            List<AlignmentAnnotation> chain = new ArrayList<>(List.of(first));
            for (Optional<AlignmentAnnotation> next = following(annotations, first); next.isPresent();
                 next = following(annotations, next.get())) {
                chain.add(next.get());
            }
            if (chain.size() > 1) {
                chains.add(chain);
            }
        }
        return chains;
    }

    private static Optional<AlignmentAnnotation> following(List<AlignmentAnnotation> annotations, AlignmentAnnotation a) {
        return annotations.stream().filter(o -> o.fileA().equals(a.fileB())).findFirst();
    }

    /** What a comparison of several years says of years {@code i} and {@code i + 1}: a comparison of the two. */
    private static Comparison between(Comparison all, int i) {
        List<AlignmentRow> rows = new ArrayList<>();
        for (AlignmentRow row : all.alignment()) {
            String a = row.sections().get(i);
            String b = row.sections().get(i + 1);
            List<AlsoIn> also = new ArrayList<>();
            for (AlsoIn x : row.alsoIn()) {
                if (x.from() == i && x.report() == i + 1 || x.from() == i + 1 && x.report() == i) {
                    also.add(new AlsoIn(x.from() - i, x.report() - i, x.section(), x.share(), x.here(), x.there(),
                            x.confidence(), x.shareHere(), x.shareThere()));
                }
            }
            if (a != null || b != null) {
                rows.add(new AlignmentRow(row.level(), Arrays.asList(a, b), row.similarity(), row.confidence(), List.of(),
                        also));
            }
        }
        return new Comparison(all.reports().subList(i, i + 2), rows, List.of());
    }
}
