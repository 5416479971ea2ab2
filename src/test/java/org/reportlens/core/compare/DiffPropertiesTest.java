package org.reportlens.core.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.testing.Draw;
import org.reportlens.testing.SeededTries;
import org.reportlens.testing.Seeds;

/**
 * The invariants of the diff ({@link UnitInvariants}) over random edits of real sentences — from the
 * sample reports — at every granularity and punctuation option: sentences dropped, added, replaced,
 * moved, joined and split, edited inside (characters cut, words put in, figures and years changed),
 * and years moved on a year with the titles saying so. The seeds are fixed so that a run is the same
 * every time; change them to explore further. A failed try names its index, the options, the edits
 * and both texts.
 */
class DiffPropertiesTest {
    private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\\d+[.、．])");
    private static final List<String> SENTENCES = sentences(false);
    private static final List<String> HEADINGS = sentences(true);

    /** Sentences (or section headings) of two sample reports, 4 to 90 characters long. */
    private static List<String> sentences(boolean headings) {
        List<String> out = new ArrayList<>();
        for (var file : List.of(Seeds.DALIAN_2024, Seeds.GAOXIN_2026)) {
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            for (String line : text.split("\n")) {
                String trimmed = line.strip();
                if (headings) {
                    if (trimmed.startsWith("(") && HEADING.matcher(trimmed).find()) {
                        out.add(trimmed.split("。")[0]); // a section's title runs to its first 。
                    }
                    continue;
                }
                for (int[] r : Sentences.split(trimmed, 0, trimmed.length())) {
                    String s = trimmed.substring(r[0], r[1]);
                    if (s.length() >= 4 && s.length() <= 90 && !HEADING.matcher(s).find()) {
                        out.add(s);
                    }
                }
            }
        }
        return List.copyOf(out.stream().distinct().toList());
    }

    enum Kind { DROP, ADD, REPLACE, MOVE, JOIN, SPLIT, CUT, PUT_IN, FIGURE, YEAR }

    /** One edit: its kind, two places (taken modulo the sentences there are) and a sentence of the pool. */
    record Edit(Kind kind, int at, int to, int pooled) {
    }

    /** An older text and the newer one made from it. */
    record TextPair(String a, String b) {
        @Override
        public String toString() {
            return "a: " + a + "\nb: " + b;
        }
    }

    /** One try: the texts, the edits that made b from a, and the options they are compared with. */
    record Tried(TextPair pair, List<Edit> edits, Granularity granularity, boolean ignorePunctuation) {
        @Override
        public String toString() {
            return granularity + (ignorePunctuation ? ", punctuation ignored" : "") + ", edits " + edits + "\n" + pair;
        }
    }

    /**
     * One to 24 sentences of the pool, then up to 8 edits of them; titled or not, and a layout of
     * paragraphs (and sections when asked).
     */
    private static Tried edited(Draw draw, boolean sections, Granularity granularity, boolean ignorePunctuation) {
        List<Integer> older = draw.list(1, 24, () -> draw.between(0, SENTENCES.size() - 1));
        List<Edit> edits = draw.list(0, 8, () -> new Edit(draw.of(Kind.class), draw.between(0, 999), draw.between(0, 999),
                draw.between(0, SENTENCES.size() - 1)));
        boolean titled = draw.coin();
        int layout = draw.between(0, 999);
        return new Tried(make(older, edits, titled, layout, sections), edits, granularity, ignorePunctuation);
    }

    private static TextPair make(List<Integer> indexes, List<Edit> edits, boolean titled, int layout, boolean sections) {
        List<String> a = new ArrayList<>(indexes.stream().map(SENTENCES::get).toList());
        List<String> b = new ArrayList<>(a);
        for (Edit e : edits) {
            apply(b, e);
        }
        return new TextPair(text(a, titled ? "2023年东港市政府工作报告" : null, layout, sections),
                text(b, titled ? "2024年东港市政府工作报告" : null, layout + 1, sections));
    }

    private static void apply(List<String> s, Edit e) {
        String pooled = SENTENCES.get(e.pooled());
        if (s.isEmpty()) {
            s.add(pooled);
            return;
        }
        int i = e.at() % s.size();
        String old = s.get(i);
        int cut = e.to() % (old.length() + 1);
        switch (e.kind()) {
            case DROP -> s.remove(i);
            case ADD -> s.add(i, pooled);
            case REPLACE -> s.set(i, pooled);
            case MOVE -> s.add(e.to() % s.size(), s.remove(i));
            case JOIN -> s.set(i, old.replaceAll("[。；]$", "，") + (i + 1 < s.size() ? s.remove(i + 1) : pooled));
            case SPLIT -> s.set(i, old.substring(0, cut) + "。" + old.substring(cut));
            case CUT -> s.set(i, old.substring(0, cut) + old.substring(Math.min(old.length(), cut + 1 + e.pooled() % 6)));
            case PUT_IN -> s.set(i, old.substring(0, cut) + pooled.substring(0, Math.min(pooled.length(), 2 + e.pooled() % 8))
                    + old.substring(cut));
            case FIGURE -> s.set(i, old.replaceFirst("\\d+", String.valueOf(e.to())));
            case YEAR -> s.set(i, old.replaceAll("20(\\d\\d)年", "20" + (e.to() % 2 == 0 ? "$1" : "2" + (e.to() % 10)) + "年")
                    .replace("2024年", "2025年").replace("2023年", "2024年"));
        }
    }

    /** Sentences laid out in paragraphs (a break after some, by {@code layout}), in sections when asked. */
    private static String text(List<String> sentences, String title, int layout, boolean sections) {
        StringBuilder out = new StringBuilder(title == null ? "" : title + "\n");
        for (int i = 0; i < sentences.size(); i++) {
            if (sections && i % 6 == 0) {
                out.append('\n').append(HEADINGS.get((i / 6 + layout) % HEADINGS.size())).append('\n');
            }
            out.append(sentences.get(i));
            if ((i * 7 + layout) % 3 == 0) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static Report report(String id, String text) {
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    private static void check(Tried tried, boolean inOrder) {
        Report a = report("r1", tried.pair().a());
        Report b = report("r2", tried.pair().b());
        CompareOptions options = CompareOptions.DEFAULTS.withGranularity(tried.granularity())
                .withIgnorePunctuation(tried.ignorePunctuation());
        Comparison c = Comparer.compare(List.of(a, b), options);
        boolean aFirst = c.reports().get(0).equals("r1");
        UnitInvariants.check(c.pairs().get(0), aFirst ? a : b, aFirst ? b : a, options, inOrder);
    }

    @TestFactory
    Stream<DynamicTest> unitsCoverBothTextsInOrderAndTurnTheOlderIntoTheNewer() {
        return SeededTries.of(20261204, 400, draw -> edited(draw, false, draw.of(Granularity.class), draw.coin()),
                tried -> check(tried, true));
    }

    @TestFactory
    Stream<DynamicTest> withSectionsToAlignTheUnitsStillCoverAndTurnTheOlderIntoTheNewer() {
        return SeededTries.of(20261205, 200, draw -> edited(draw, true, draw.of(Granularity.class), false),
                tried -> check(tried, false));
    }
}
