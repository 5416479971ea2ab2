package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.reportlens.testing.Draw;
import org.reportlens.testing.SeededTries;

/**
 * The bounded Myers diff against java-diff-utils' Myers (the engine it replaced) over random
 * sequences of few distinct elements, where edits are dense: both find a shortest edit script, so
 * they change the same number of elements; the runs cover both sequences and equal runs are equal.
 */
class SequenceDiffTest {

    /** Two sequences of up to 40 elements from 0 to 4. */
    record Sequences(List<Integer> a, List<Integer> b) {
        static Sequences draw(Draw draw) {
            return new Sequences(draw.list(0, 40, () -> draw.between(0, 4)), draw.list(0, 40, () -> draw.between(0, 4)));
        }
    }

    @TestFactory
    Stream<DynamicTest> aShortestEditScriptCoveringBothSequences() {
        return SeededTries.of(20261204, 500, Sequences::draw, s -> shortestAndCovering(s.a(), s.b()));
    }

    private static void shortestAndCovering(List<Integer> a, List<Integer> b) {
        int[] x = a.stream().mapToInt(Integer::intValue).toArray();
        int[] y = b.stream().mapToInt(Integer::intValue).toArray();
        List<SequenceDiff.Run> runs = SequenceDiff.myers(x, y, 0, x.length, 0, y.length,
                new SequenceDiff.Steps(Long.MAX_VALUE), Cancellation.NEVER);
        int atA = 0;
        int atB = 0;
        int changed = 0;
        for (SequenceDiff.Run run : runs) {
            assertThat(run.aFrom()).isEqualTo(atA);
            assertThat(run.bFrom()).isEqualTo(atB);
            if (run.equal()) {
                assertThat(Arrays.copyOfRange(x, run.aFrom(), run.aTo())).isEqualTo(Arrays.copyOfRange(y, run.bFrom(), run.bTo()));
            } else {
                changed += run.aLength() + run.bLength();
            }
            atA = run.aTo();
            atB = run.bTo();
        }
        assertThat(atA).isEqualTo(x.length);
        assertThat(atB).isEqualTo(y.length);
        int expected = 0;
        for (AbstractDelta<Integer> delta : DiffUtils.diff(a, b).getDeltas()) {
            expected += delta.getSource().size() + delta.getTarget().size();
        }
        assertThat(changed).as("elements changed, as many as in java-diff-utils' shortest edit script").isEqualTo(expected);
    }
}
