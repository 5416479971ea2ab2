package org.reportlens.core.dups;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reportlens.core.load.InputFile;
import org.reportlens.core.text.CharFolding;

/**
 * Wording so common in government reports (坚持以习近平新时代中国特色社会主义思想为指导，… the closing
 * thanks, the opening 各位代表) that its repeats say nothing about copying. A passage is stock when
 * at least {@value #STOCK_SHARE_PERCENT}% of its words — its comparable characters, clause
 * punctuation aside — lie in runs of {@value PhraseMatcher#RUN} characters that also stand in a
 * phrase of the list ({@link PhraseMatcher}), and it states no figure. Runs rather than whole
 * phrases, so wording with a local name in it ("我谨代表北京市人民政府" against "我代表市人民政府"), or
 * stock clauses strung together in a report's own order, still counts for all it shares.
 *
 * <p>The shipped list was learned from a corpus by {@code dups --write-stock-phrases}
 * ({@link StockLearner}): the wording found in the reports of many different governments (see
 * docs/duplicates.md). A user's list replaces it.
 */
public final class StockPhrases {
    static final int STOCK_SHARE_PERCENT = 70;
    private static final String DEFAULT_RESOURCE = "/org/reportlens/core/dups/stock-phrases.txt";

    private final List<String> phrases;
    private final PhraseMatcher matcher;

    private StockPhrases(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        List<String> keys = new ArrayList<>(this.phrases.size());
        this.phrases.forEach(p -> keys.add(keyOf(p)));
        this.matcher = new PhraseMatcher(keys);
    }

    public static StockPhrases of(List<String> phrases) {
        return new StockPhrases(phrases);
    }

    public static StockPhrases none() {
        return new StockPhrases(List.of());
    }

    /** The list shipped with ReportLens, read once. */
    public static StockPhrases defaults() {
        return Shipped.LIST;
    }

    /** Holds the shipped list, read when first asked for; the list is immutable, so one serves all. */
    private static final class Shipped {
        static final StockPhrases LIST = readShipped();
    }

    private static StockPhrases readShipped() {
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
        int from = 0;
        while (from <= text.length()) {
            int to = text.indexOf('\n', from);
            if (to < 0) {
                to = text.length();
            }
            String p = text.substring(from, to).strip();
            if (!p.isEmpty() && !p.startsWith("#")) {
                phrases.add(p);
            }
            from = to + 1;
        }
        return phrases;
    }

    public List<String> phrases() {
        return phrases;
    }

    /** Whether a passage whose comparable characters are {@code key} is mostly stock wording. */
    boolean isStock(String key) {
        return isStock(key, 0);
    }

    /**
     * As {@link #isStock(String)}, for a passage whose first {@code opening} characters lie in its
     * report's {@link ReportOpening opening}: they count as stock wording whatever the list says, so
     * the salutation running on into the first heading ("…请予审议。一、2023年工作回顾 过去一年，") is
     * stock when the rest is.
     */
    boolean isStock(String key, int opening) {
        if (key.isEmpty() || matcher.isEmpty() && opening == 0) {
            return false;
        }
        int inOpening = Math.max(0, Math.min(opening, key.length()));
        if (statesAFigure(key, inOpening)) {
            return false;
        }
        String words = PhraseMatcher.words(key);
        int openingWords = 0; // the words of the opening, counted without copying it: this runs for every passage found
        for (int i = 0; i < inOpening; i++) {
            openingWords += ClauseBoundaries.isClauseEnd(key.charAt(i)) ? 0 : 1;
        }
        return !words.isEmpty()
                && matcher.covered(words, openingWords) * 100L >= (long) words.length() * STOCK_SHARE_PERCENT;
    }

    /**
     * Whether the text states a figure — digits not followed by 年, 月 or 日 ("增长5%", "1200万人").
     * A passage with a figure in it is content, however common the wording around it (目标是：地区生产总值增长5%以上).
     */
    static boolean statesAFigure(String key) {
        return statesAFigure(key, 0);
    }

    /** As {@link #statesAFigure(String)}, for the text of {@code key} from {@code from} on. */
    private static boolean statesAFigure(String key, int from) {
        for (int i = from; i < key.length(); i++) {
            if (Character.isDigit(key.charAt(i)) && (i + 1 == key.length() || !isDigitOrPoint(key.charAt(i + 1))
                    && "年月日".indexOf(key.charAt(i + 1)) < 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigitOrPoint(char c) {
        return Character.isDigit(c) || c == '.';
    }

    /**
     * A phrase's comparable characters: width folded, whitespace left out, as a report's are. A
     * phrase is one line of plain wording, so it is folded directly rather than normalized as a
     * whole report (which, for a list of twenty thousand phrases, took seconds).
     */
    static String keyOf(String phrase) {
        String folded = CharFolding.fold(phrase);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
