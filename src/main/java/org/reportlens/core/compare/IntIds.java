package org.reportlens.core.compare;

/**
 * Dense ids for int keys, in order of first sight, in an open-addressing table: the bigrams of the
 * reports being compared numbered 0, 1, 2 … so that they index plain arrays.
 */
final class IntIds {
    private int[] keys;
    private int[] ids;
    private int size;

    IntIds(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        ids = new int[capacity];
        java.util.Arrays.fill(ids, -1);
    }

    /** The id of {@code key}, given it now if it has none. */
    int idOf(int key) {
        int i = slot(key);
        if (ids[i] < 0) {
            keys[i] = key;
            ids[i] = size++;
            if (size * 2 > keys.length) {
                grow();
                i = slot(key);
            }
        }
        return ids[i];
    }

    int size() {
        return size;
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (ids[i] >= 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new int[oldKeys.length * 2];
        ids = new int[oldKeys.length * 2];
        java.util.Arrays.fill(ids, -1);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldIds[j] >= 0) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                ids[i] = oldIds[j];
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
