package org.reportlens.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The values of one try of a randomized test, drawn from a seeded {@link SplittableRandom}: the same
 * seed and try index give the same values on every run and machine. Bounded draws take one of their
 * bounds now and then (one draw in {@value #EDGE_ONE_IN}), because the bounds are where readers and
 * diffs break (an empty list, a cut at the very start, the longest run) and a uniform draw seldom
 * lands on them.
 */
public final class Draw {
    static final int EDGE_ONE_IN = 16;
    private static final byte[] EDGE_BYTES = {0, 1, -1, Byte.MAX_VALUE, Byte.MIN_VALUE};
    private final SplittableRandom random;

    private Draw(SplittableRandom random) {
        this.random = random;
    }

    /**
     * The draw of try {@code number} (from 1, as JUnit numbers dynamic tests) under {@code seed}: the
     * number-th generator split off one seeded with {@code seed}, so each try has its own stream and
     * one try can be drawn again alone.
     */
    public static Draw forTry(long seed, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("try number " + number + " < 1");
        }
        SplittableRandom tries = new SplittableRandom(seed);
        SplittableRandom own = tries.split();
        for (int i = 1; i < number; i++) {
            own = tries.split();
        }
        return new Draw(own);
    }

    /** An int in {@code [min, max]}, both included. */
    public int between(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
        }
        if (edge()) {
            return random.nextBoolean() ? min : max;
        }
        return (int) random.nextLong(min, (long) max + 1);
    }

    /** A share in {@code [0, 1]}, both included. */
    public double share() {
        if (edge()) {
            return random.nextBoolean() ? 0 : 1;
        }
        return random.nextDouble();
    }

    /** Any byte; now and then 0, 1, -1 or an extreme. */
    public byte anyByte() {
        if (edge()) {
            return EDGE_BYTES[random.nextInt(EDGE_BYTES.length)];
        }
        return (byte) random.nextInt(256);
    }

    /** True or false, evenly. */
    public boolean coin() {
        return random.nextBoolean();
    }

    /** One of the constants of {@code type}, evenly. */
    public <E extends Enum<E>> E of(Class<E> type) {
        E[] constants = type.getEnumConstants();
        return constants[random.nextInt(constants.length)];
    }

    /** A list of {@code min} to {@code max} elements (both included), each drawn by {@code element}. */
    public <T> List<T> list(int min, int max, Supplier<T> element) {
        int size = between(min, max);
        List<T> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(element.get());
        }
        return out;
    }

    private boolean edge() {
        return random.nextInt(EDGE_ONE_IN) == 0;
    }
}
