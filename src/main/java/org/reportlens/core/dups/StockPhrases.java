package org.reportlens.core.dups;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reportlens.core.load.InputFile;
import org.reportlens.core.text.ComparableText;
import org.reportlens.core.text.TextNormalizer;

/**
 * Phrases so common in government reports (坚持以习近平新时代中国特色社会主义思想为指导 …) that their
 * repeats say nothing about copying. A repeat is stock when at least {@value #STOCK_SHARE_PERCENT}%
 * of it lies inside such phrases, counting a phrase cut off at either end of the repeat.
 */
public final class StockPhrases {
    static final int STOCK_SHARE_PERCENT = 80;
    /** A phrase cut off at a repeat's end counts only from this many characters on. */
    private static final int SHORTEST_CUT = 6;
    private static final String DEFAULT_RESOURCE = "/org/reportlens/core/dups/stock-phrases.txt";

    private final List<String> phrases;
    private final List<String> keys;

    private StockPhrases(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        List<String> k = new ArrayList<>();
        for (String p : this.phrases) {
            String key = keyOf(p);
            if (!key.isEmpty()) {
                k.add(key);
            }
        }
        this.keys = List.copyOf(k);
    }

    public static StockPhrases of(List<String> phrases) {
        return new StockPhrases(phrases);
    }

    public static StockPhrases none() {
        return new StockPhrases(List.of());
    }

    /** The list shipped with ReportLens. */
    public static StockPhrases defaults() {
        try (InputStream in = StockPhrases.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing");
            }
            return new StockPhrases(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A user's list: UTF-8 (a byte order mark allowed), one phrase per line, lines starting with #
     * ignored; a regular file of at most {@link InputFile#MAX_OPTION_FILE_BYTES}.
     *
     * @throws IOException a {@link org.reportlens.core.load.FileReadException} naming the file and the reason
     */
    public static StockPhrases read(Path file) throws IOException {
        return new StockPhrases(parse(InputFile.readUtf8(file)));
    }

    static List<String> parse(String text) {
        List<String> phrases = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String p = line.strip();
            if (!p.isEmpty() && !p.startsWith("#")) {
                phrases.add(p);
            }
        }
        return phrases;
    }

    public List<String> phrases() {
        return phrases;
    }

    /** Whether a repeat whose comparable characters are {@code key} is mostly stock phrases. */
    boolean isStock(String key) {
        if (keys.isEmpty() || key.isEmpty()) {
            return false;
        }
        boolean[] covered = new boolean[key.length()];
        // a phrase cut off at an end shares at least the key's first (or last) few characters
        String head = key.length() >= SHORTEST_CUT ? key.substring(0, SHORTEST_CUT) : null;
        String tail = key.length() >= SHORTEST_CUT ? key.substring(key.length() - SHORTEST_CUT) : null;
        for (String phrase : keys) {
            if (phrase.contains(key)) {
                return true;
            }
            for (int at = key.indexOf(phrase); at >= 0; at = key.indexOf(phrase, at + 1)) {
                Arrays.fill(covered, at, at + phrase.length(), true);
            }
            if (head != null && phrase.contains(head)) {
                Arrays.fill(covered, 0, cutAtStart(key, phrase), true);
            }
            if (tail != null && phrase.contains(tail)) {
                Arrays.fill(covered, key.length() - cutAtEnd(key, phrase), key.length(), true);
            }
        }
        int count = 0;
        for (boolean c : covered) {
            count += c ? 1 : 0;
        }
        return count * 100 >= key.length() * STOCK_SHARE_PERCENT;
    }

    /** Length of the longest end of {@code phrase} that {@code key} starts with. */
    private static int cutAtStart(String key, String phrase) {
        for (int n = Math.min(key.length(), phrase.length() - 1); n >= SHORTEST_CUT; n--) {
            if (key.regionMatches(0, phrase, phrase.length() - n, n)) {
                return n;
            }
        }
        return 0;
    }

    /** Length of the longest beginning of {@code phrase} that {@code key} ends with. */
    private static int cutAtEnd(String key, String phrase) {
        for (int n = Math.min(key.length(), phrase.length() - 1); n >= SHORTEST_CUT; n--) {
            if (key.regionMatches(key.length() - n, phrase, 0, n)) {
                return n;
            }
        }
        return 0;
    }


    static String keyOf(String phrase) {
        var normalized = TextNormalizer.normalize(phrase);
        return ComparableText.of(normalized, 0, normalized.length(), true, false).key();
    }
}
