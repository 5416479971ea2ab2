package org.reportlens.testing;

import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * A randomized test as a fixed number of seeded tries, each a JUnit dynamic test named by its number
 * and seed (return the stream from a {@code @TestFactory}). Try {@code n} (from 1, the number JUnit
 * and surefire show as {@code [n]}) draws its input from {@link Draw#forTry(long, int)
 * Draw.forTry(seed, n)}, so a run is the same every time and a failed try is repeated by running the
 * test again, or alone by drawing its input with that call. There is no shrinking: a failure says
 * which try and seed failed, why, and the whole input, so the input's {@code toString} is the report.
 */
public final class SeededTries {
    private SeededTries() {
    }

    /**
     * @param input draws one try's input; its {@code toString} is what a failure shows
     * @param check fails (throws) when the input breaks the property
     */
    public static <T> Stream<DynamicTest> of(long seed, int tries, Function<Draw, T> input, ThrowingConsumer<T> check) {
        if (tries < 1) {
            throw new IllegalArgumentException("tries " + tries + " < 1");
        }
        return IntStream.rangeClosed(1, tries).mapToObj(number -> DynamicTest.dynamicTest(
                "try " + number + " of " + tries + ", seed " + seed, () -> tryOnce(seed, number, tries, input, check)));
    }

    private static <T> void tryOnce(long seed, int number, int tries, Function<Draw, T> input, ThrowingConsumer<T> check) {
        T tried = null;
        try {
            tried = input.apply(Draw.forTry(seed, number));
            check.accept(tried);
        } catch (Throwable failure) {
            // Any throwable is a finding here (a reader's StackOverflowError too): report it with the input.
            throw new AssertionError("try " + number + " of " + tries + " (seed " + seed + ") failed: " + failure
                    + "\ninput: " + (tried == null ? "(failed while drawing it)" : tried), failure);
        }
    }
}
