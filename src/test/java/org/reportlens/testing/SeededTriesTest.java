package org.reportlens.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/** The seeded tries the randomized tests run on: repeatable, in range, edges reached, failures that say what failed. */
class SeededTriesTest {

    private static List<Integer> tenDraws(Draw draw) {
        return IntStream.range(0, 10).mapToObj(i -> draw.between(0, 1_000_000)).toList();
    }

    @Test
    void aTryDrawsTheSameValuesEveryTimeAndEachTryItsOwn() {
        assertThat(tenDraws(Draw.forTry(16, 5))).isEqualTo(tenDraws(Draw.forTry(16, 5)));
        Set<List<Integer>> distinct = new HashSet<>();
        for (int number = 1; number <= 50; number++) {
            distinct.add(tenDraws(Draw.forTry(16, number)));
            distinct.add(tenDraws(Draw.forTry(17, number)));
        }
        assertThat(distinct).as("100 tries of two neighbouring seeds, none alike").hasSize(100);
    }

    @Test
    void boundedDrawsStayInsideAndReachBothBounds() {
        Draw draw = Draw.forTry(1, 1);
        Set<Integer> ints = new HashSet<>();
        Set<Double> shares = new HashSet<>();
        Set<Integer> sizes = new HashSet<>();
        Set<Byte> bytes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            ints.add(draw.between(-3, 40));
            shares.add(draw.share());
            sizes.add(draw.list(1, 4, draw::coin).size());
            bytes.add(draw.anyByte());
        }
        assertThat(ints).allMatch(x -> x >= -3 && x <= 40).contains(-3, 40);
        assertThat(shares).allMatch(x -> x >= 0 && x <= 1).contains(0.0, 1.0);
        assertThat(sizes).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(bytes).contains((byte) 0, (byte) -1, Byte.MIN_VALUE, Byte.MAX_VALUE).hasSizeGreaterThan(200);
        assertThat(Draw.forTry(1, 1).between(7, 7)).isEqualTo(7);
    }

    @Test
    void aFailedTryNamesItsNumberSeedAndInput() throws Throwable {
        List<DynamicTest> tries = SeededTries.of(7, 40, draw -> draw.between(0, 9), x -> assertThat(x).isNotEqualTo(3)).toList();
        List<String> failures = new ArrayList<>();
        for (DynamicTest t : tries) {
            Throwable failure = catchThrowable(() -> t.getExecutable().execute());
            if (failure != null) {
                failures.add(failure.getMessage());
            }
        }
        List<String> expected = new ArrayList<>();
        for (int number = 1; number <= 40; number++) {
            if (Draw.forTry(7, number).between(0, 9) == 3) {
                expected.add("try " + number + " of 40 (seed 7) failed: ");
            }
        }
        assertThat(tries).hasSize(40);
        assertThat(tries.get(4).getDisplayName()).isEqualTo("try 5 of 40, seed 7");
        assertThat(expected).isNotEmpty();
        assertThat(failures).hasSameSizeAs(expected).allMatch(m -> m.endsWith("\ninput: 3"));
        for (int i = 0; i < expected.size(); i++) {
            assertThat(failures.get(i)).startsWith(expected.get(i));
        }
    }
}
