package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the annotations' scorer reads a pair it has no line for. */
class AlignmentScoreTest {

    @Test
    void aPartsOwnTextAndASectionOfItsPartnerAreSaidByThePartsPairNotJudgedApart() {
        Set<List<String>> truth = Set.of(List.of("1", "1"), List.of("1.2", "1.2"));
        assertThat(AlignmentScore.impliedByParts(List.of("1", "1.3"), truth)).isTrue();
        assertThat(AlignmentScore.impliedByParts(List.of("1.3", "1"), truth)).isTrue();
        // not the partner of its part: the line would say so, and none does
        assertThat(AlignmentScore.impliedByParts(List.of("2", "1.3"), truth)).isFalse();
        // two sections, or two parts, are judged by their own lines
        assertThat(AlignmentScore.impliedByParts(List.of("1.2", "1.3"), truth)).isFalse();
        assertThat(AlignmentScore.impliedByParts(List.of("1", "2"), truth)).isFalse();
    }
}
