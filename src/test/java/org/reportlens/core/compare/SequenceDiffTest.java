package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The bounded Myers diff against java-diff-utils' Myers (the engine it replaced) over random
 * sequences of few distinct elements, where edits are dense: both find a shortest edit script, so
 * they change the same number of elements; the runs cover both sequences and equal runs are equal.
 */
class SequenceDiffTest {

    @Property(tries = 500, seed = "20261204")
    void aShortestEditScriptCoveringBothSequences(@ForAll @Size(max = 40) List<@IntRange(max = 4) Integer> a,
                                                  @ForAll @Size(max = 40) List<@IntRange(max = 4) Integer> b) {
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
        assertThat(changed).isEqualTo(expected);
    }
}
