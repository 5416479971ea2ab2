package org.reportlens.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.reportlens.core.analysis.MarkKind;
import org.reportlens.core.compare.UnitKind;
import org.reportlens.core.text.Span;

/**
 * The text a column shows: its report's original text, or — with only the changes shown — that
 * text with stretches folded away, each replaced by a one-line stub. It maps offsets both ways, so
 * that marks, selections and jumps, all made on the original text, land exactly: an original offset
 * inside a fold maps to its stub, a shown offset inside a stub to the fold's start. A stub stands
 * inline where the fold lies inside a paragraph, on a line of its own where the fold spans lines.
 */
public final class ShownText {
    /**
     * A stretch of the original text folded away.
     *
     * @param span   its span in the original text
     * @param hidden how many characters it hides, not counting spaces and line breaks
     */
    public record Fold(Span span, int hidden) {
        public Fold {
            Objects.requireNonNull(span, "span must not be null");
            if (hidden < 0 || hidden > span.length()) {
                throw new IllegalArgumentException("a fold of " + span.length() + " characters cannot hide " + hidden);
            }
        }
    }

    /**
     * A stretch of the shown text: of the original text, or a stub.
     *
     * @param original the span it shows of the original text, or the fold a stub stands for
     * @param shown    its span in the shown text
     * @param fold     the fold, for a stub; null for original text
     */
    public record Segment(Span original, Span shown, Fold fold) {
        public Segment {
            Objects.requireNonNull(original, "original must not be null");
            Objects.requireNonNull(shown, "shown must not be null");
            if (fold == null && original.length() != shown.length()) {
                throw new IllegalArgumentException("original text shown as it is keeps its length: " + original + " → " + shown);
            }
            if (fold != null && !fold.span().equals(original)) {
                throw new IllegalArgumentException("a stub stands for its fold's span " + fold.span() + ", not " + original);
            }
        }

        public boolean stub() {
            return fold != null;
        }
    }

    /**
     * A run of the shown text with its marks, as {@link StyleRun}, or a stub.
     *
     * @param length at least one character
     * @param kinds  the marks on it; none on a stub
     * @param stub   whether it is a stub
     */
    public record Run(int length, Set<MarkKind> kinds, boolean stub) {
        public Run {
            if (length <= 0) {
                throw new IllegalArgumentException("a run needs at least one character, got " + length);
            }
            kinds = Set.copyOf(kinds);
        }
    }

    /** The bars of the margin, strongest first. */
    private static final List<UnitKind> STRENGTH = List.of(UnitKind.NEW, UnitKind.DROPPED, UnitKind.MOVED, UnitKind.EDITED);
    private final String original;
    private final String text;
    private final List<Segment> segments;

    private ShownText(String original, String text, List<Segment> segments) {
        this.original = original;
        this.text = text;
        this.segments = List.copyOf(segments);
    }

    /** The whole text, nothing folded. */
    public static ShownText whole(String original) {
        Span all = new Span(0, original.length());
        return new ShownText(original, original, original.isEmpty() ? List.of() : List.of(new Segment(all, all, null)));
    }

    /**
     * The text with {@code folds} folded, each shown as {@code stub} of its fold; folds must not
     * overlap and must lie inside the text.
     */
    public static ShownText folded(String original, List<Fold> folds, IntFunction<String> stub) {
        List<Fold> sorted = folds.stream().sorted((x, y) -> Integer.compare(x.span().start(), y.span().start())).toList();
        StringBuilder text = new StringBuilder();
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (Fold f : sorted) {
            Span s = f.span();
            if (s.start() < at || s.end() > original.length() || s.length() == 0) {
                throw new IllegalArgumentException("fold " + s + " overlaps another or lies outside the text of " + original.length());
            }
            keep(original, at, s.start(), text, segments);
            boolean spansLines = original.substring(s.start(), s.end()).indexOf('\n') >= 0;
            if (spansLines && s.start() > 0 && original.charAt(s.start() - 1) != '\n') {
                text.append('\n'); // the stub gets a line of its own
            }
            int stubStart = text.length();
            text.append(stub.apply(f.hidden()).replace('\n', ' '));
            segments.add(new Segment(s, new Span(stubStart, text.length()), f));
            if (spansLines && s.end() < original.length()) {
                text.append('\n');
            }
            at = s.end();
        }
        keep(original, at, original.length(), text, segments);
        return new ShownText(original, text.toString(), segments);
    }

    private static void keep(String original, int from, int to, StringBuilder text, List<Segment> segments) {
        if (to > from) {
            int start = text.length();
            text.append(original, from, to);
            segments.add(new Segment(new Span(from, to), new Span(start, text.length()), null));
        }
    }

    /** The folds of a column: the stretches outside {@code kept} that hide at least {@code least} characters (spaces not counted). */
    public static List<Fold> gaps(String original, List<Span> kept, int least) {
        List<Span> sorted = kept.stream().sorted((x, y) -> Integer.compare(x.start(), y.start())).toList();
        List<Fold> folds = new ArrayList<>();
        int at = 0;
        for (Span k : sorted) {
            addGap(original, at, Math.min(k.start(), original.length()), least, folds);
            at = Math.max(at, Math.min(k.end(), original.length()));
        }
        addGap(original, at, original.length(), least, folds);
        return folds;
    }

    private static void addGap(String original, int from, int to, int least, List<Fold> folds) {
        int hidden = 0;
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(original.charAt(i)) && original.charAt(i) != '\u3000') {
                hidden++;
            }
        }
        if (to > from && hidden >= Math.max(1, least)) {
            folds.add(new Fold(new Span(from, to), hidden));
        }
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    public List<Segment> segments() {
        return segments;
    }

    /** Whether something is folded. */
    public boolean folded() {
        return segments.stream().anyMatch(Segment::stub);
    }

    /** The shown offset of an original one; inside a fold, its stub's start; the end of the text, the end of the shown text. */
    public int toShown(int offset) {
        int i = firstEndingAfter(offset, true);
        if (i == segments.size()) {
            return text.length();
        }
        Segment s = segments.get(i);
        return s.stub() || offset < s.original().start() ? s.shown().start() : s.shown().start() + offset - s.original().start();
    }

    /** The original offset of a shown one; inside a stub, the fold's start. */
    public int toOriginal(int shown) {
        int i = firstEndingAfter(shown, false);
        if (i == segments.size()) {
            return original.length();
        }
        Segment s = segments.get(i);
        return s.stub() || shown < s.shown().start() ? s.original().start() : s.original().start() + shown - s.shown().start();
    }

    /**
     * The first segment ending after {@code offset} (of the original text, or of the shown one);
     * {@code segments.size()} if none. Segments come in order in both texts, so a binary search: the
     * gutters map every paragraph on screen this way each frame.
     */
    private int firstEndingAfter(int offset, boolean inOriginal) {
        int low = 0;
        int high = segments.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            Segment s = segments.get(mid);
            if ((inOriginal ? s.original().end() : s.shown().end()) > offset) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** The fold whose stub is at this shown offset. */
    public Optional<Fold> foldAt(int shown) {
        return segments.stream().filter(s -> s.stub() && shown >= s.shown().start() && shown < s.shown().end())
                .map(Segment::fold).findFirst();
    }

    /** The folded stretch holding this original span, if it is folded away. */
    public Optional<Fold> foldOver(Span span) {
        return segments.stream().filter(s -> s.stub() && span.start() < s.original().end() && span.end() > s.original().start())
                .map(Segment::fold).findFirst();
    }

    /** The runs of the shown text: those of the original text cut to what is shown, and the stubs. */
    public List<Run> runs(List<StyleRun> originalRuns) {
        List<Run> out = new ArrayList<>();
        int[] starts = new int[originalRuns.size() + 1];
        for (int i = 0; i < originalRuns.size(); i++) {
            starts[i + 1] = starts[i] + originalRuns.get(i).length();
        }
        int gapStart = 0;
        for (Segment s : segments) {
            addPlain(out, s.shown().start() - gapStart); // the line breaks put around a stub
            if (s.stub()) {
                out.add(new Run(s.shown().length(), Set.of(), true));
            } else {
                for (int i = 0; i < originalRuns.size(); i++) {
                    int from = Math.max(starts[i], s.original().start());
                    int to = Math.min(starts[i + 1], s.original().end());
                    if (to > from) {
                        out.add(new Run(to - from, originalRuns.get(i).kinds(), false));
                    }
                }
                addPlain(out, s.original().length() - covered(starts, s.original()));
            }
            gapStart = s.shown().end();
        }
        addPlain(out, text.length() - gapStart);
        return out;
    }

    private static int covered(int[] starts, Span span) {
        int last = starts[starts.length - 1];
        return Math.max(0, Math.min(last, span.end()) - Math.min(last, span.start()));
    }

    private static void addPlain(List<Run> out, int length) {
        if (length > 0) {
            out.add(new Run(length, Set.of(), false));
        }
    }

    /**
     * The bar in the margin of each shown paragraph (line): the strongest change in it — new,
     * dropped, moved, edited — or null for none (routine changes get none: they are not news).
     */
    public List<UnitKind> bars(List<Run> runs) {
        List<UnitKind> bars = new ArrayList<>();
        UnitKind bar = null;
        int runIndex = 0;
        int runEnd = runs.isEmpty() ? 0 : runs.get(0).length();
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                bars.add(bar);
                bar = null;
                continue;
            }
            while (runIndex < runs.size() && i >= runEnd) {
                runIndex++;
                runEnd += runIndex < runs.size() ? runs.get(runIndex).length() : 0;
            }
            if (runIndex < runs.size()) {
                bar = stronger(bar, runs.get(runIndex).kinds());
            }
        }
        return bars;
    }

    private static UnitKind stronger(UnitKind bar, Set<MarkKind> kinds) {
        UnitKind here = null;
        if (kinds.contains(MarkKind.NEW_BLOCK)) {
            here = UnitKind.NEW;
        } else if (kinds.contains(MarkKind.DROPPED_BLOCK)) {
            here = UnitKind.DROPPED;
        } else if (kinds.contains(MarkKind.MOVE)) {
            here = UnitKind.MOVED;
        } else if (kinds.contains(MarkKind.INSERT) || kinds.contains(MarkKind.DELETE) || kinds.contains(MarkKind.REPLACE)) {
            here = UnitKind.EDITED;
        }
        if (here == null) {
            return bar;
        }
        return bar == null || STRENGTH.indexOf(here) < STRENGTH.indexOf(bar) ? here : bar;
    }
}
