package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportlens.core.report.Report;

/** How two readers' annotations of one pair are set against each other: only on what both judge. */
class ReaderAgreementTest {
    static final Report Y2023 = SplitMergeTest.report("r1", RewrittenSectionTest.Y2023);
    static final Report Y2024 = SplitMergeTest.report("r2", RewrittenSectionTest.Y2024);

    static AlignmentScore.Truth truth(String... lines) {
        List<String> all = new java.util.ArrayList<>(List.of("a 2023.txt", "b 2024.txt"));
        all.addAll(List.of(lines));
        return AlignmentScore.Truth.of(AlignmentAnnotation.parse("test", all), Y2023, Y2024);
    }

    @Test
    void countsThePairsBothReadersJudgeAndNamesTheOnesTheyDisagreeOn() {
        AlignmentScore.Truth one = truth(
                "= 2023年工作安排 | 2024年工作安排",
                "= 发展现代农业 | 推进乡村振兴",
                "= 丰富群众文化生活 | 推动文化繁荣",
                "~ 丰富群众文化生活 | 畅通城市交通",
                "? 改善城市交通");
        AlignmentScore.Truth two = truth(
                "= 2023年工作安排 | 2024年工作安排",
                "= 发展现代农业 | 推进乡村振兴",
                // a part's own text and a section of its partner: the first reader leaves it to the parts' pair
                "~ 2023年工作安排 | 推动文化繁荣",
                "< 丰富群众文化生活",
                "= 改善城市交通 | 畅通城市交通");

        ReaderAgreement agreement = ReaderAgreement.ofReaders("test", one, two);

        // 改善城市交通's pair is not counted: the first reader left the section unjudged
        assertThat(agreement.both()).isEqualTo(2);
        assertThat(agreement.firstOnly()).containsExactly("丰富群众文化生活 | 推动文化繁荣", "丰富群众文化生活 | 畅通城市交通");
        assertThat(agreement.secondOnly()).isEmpty();
        assertThat(agreement.f1()).isEqualTo(4.0 / 6);
        // symmetric: which reader is the truth does not matter
        assertThat(ReaderAgreement.ofReaders("test", two, one).f1()).isEqualTo(agreement.f1());
    }

    @Test
    void setsTheProgramsPairsAgainstAReaderOnThePairsBothReadersJudge() {
        AlignmentScore.Truth one = truth("= 2023年工作安排 | 2024年工作安排", "= 发展现代农业 | 推进乡村振兴",
                "= 丰富群众文化生活 | 推动文化繁荣", "= 改善城市交通 | 畅通城市交通");
        AlignmentScore.Truth two = truth("= 2023年工作安排 | 2024年工作安排", "= 发展现代农业 | 推进乡村振兴",
                "? 丰富群众文化生活", "= 改善城市交通 | 畅通城市交通");
        Set<List<String>> program = Set.of(List.of("1", "1"), List.of("1.1", "1.1"), List.of("1.2", "1.3"),
                List.of("1.3", "1.3"));

        ReaderAgreement agreement = ReaderAgreement.of("test", one.pairs.keySet(), program, one, two);

        // 1.2's pairs, right or wrong, are the second reader's unjudged section: neither way
        assertThat(agreement.both()).isEqualTo(3);
        assertThat(agreement.firstOnly()).isEmpty();
        assertThat(agreement.secondOnly()).isEmpty();
        assertThat(ReaderAgreement.total("all", List.of(agreement, ReaderAgreement.ofReaders("t", one, two))).both())
                .isEqualTo(6);
    }
}
