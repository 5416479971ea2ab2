package org.reportlens.core.compare;

/**
 * Counts int keys in an open-addressing table: the document frequency of bigrams over a few
 * hundred thousand keys without boxing or sorting them.
 */
final class IntCounter {
    private static final int EMPTY = 0;
    private int[] keys;
    private int[] counts;
    private int size;
    private boolean zeroSeen;
    private int zeroCount;

    IntCounter(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        counts = new int[capacity];
    }

    void add(int key) {
        if (key == EMPTY) {
            zeroSeen = true;
            zeroCount++;
            return;
        }
        int i = slot(key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            if (++size * 2 > keys.length) {
                grow();
                i = slot(key);
            }
        }
        counts[i]++;
    }

    int get(int key) {
        if (key == EMPTY) {
            return zeroSeen ? zeroCount : 0;
        }
        int i = slot(key);
        return keys[i] == key ? counts[i] : 0;
    }

    /** The slot holding {@code key}, or the empty slot where it belongs. */
    private int slot(int key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new int[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
