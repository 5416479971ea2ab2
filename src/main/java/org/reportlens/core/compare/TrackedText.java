package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The newer report's text with the older one's differences inline, as a word processor's tracked
 * changes hold them: one run through both texts, in the order of both, every character of the
 * newer text in exactly one piece that is kept, inserted or moved to, every character of the older
 * text in exactly one piece that is kept, deleted or moved from. So taking the kept, inserted and
 * moved-to pieces gives the newer text exactly ({@link #accepted()}), and the kept, deleted and
 * moved-from ones the older text ({@link #rejected()}).
 *
 * <p>It is made from the pair's {@link DiffUnit units}: paired units (same, edited, routine) in
 * the order of both texts are the backbone, their word changes the insertions and deletions; new
 * and dropped units are inserted and deleted whole; moved units, and paired units out of order in
 * the older text (a section that moved), are moves. What no unit covers — line breaks, indentation,
 * page furniture — and what only width folding hid inside kept sentences (， against ,) is matched
 * character by character; every such diff is bounded, and over its budget a stretch is deleted and
 * inserted whole, which is still exact.
 */
public record TrackedText(String older, String newer, List<TrackedPiece> pieces) {
    /** Steps of character diffs for one whole pair; a real pair takes well under a tenth. */
    private static final long STEPS = 40_000_000L;

    public TrackedText {
        Objects.requireNonNull(older, "older must not be null");
        Objects.requireNonNull(newer, "newer must not be null");
        pieces = List.copyOf(pieces);
    }

    /**
     * The tracked text of a compared pair.
     *
     * @param older the original text of {@code pair.a()}
     * @param newer the original text of {@code pair.b()}
     */
    public static TrackedText of(PairComparison pair, String older, String newer, Cancellation cancellation) {
        Objects.requireNonNull(pair, "pair must not be null");
        return new Builder(pair.units(), older, newer, cancellation).build();
    }

    /** The text of a piece, from the report its span is in. */
    public String text(TrackedPiece piece) {
        return (piece.kind().older() ? older : newer).substring(piece.start(), piece.end());
    }

    /** The text with every change accepted: the newer report's. */
    public String accepted() {
        return joined(true);
    }

    /** The text with every change rejected: the older report's. */
    public String rejected() {
        return joined(false);
    }

    private String joined(boolean accept) {
        StringBuilder out = new StringBuilder();
        for (TrackedPiece p : pieces) {
            if (p.kind() == TrackedPiece.Kind.KEPT || p.kind().newer() == accept) {
                out.append(p.kind().older() ? older : newer, p.start(), p.end());
            }
        }
        return out.toString();
    }

    private static final class Builder {
        private final List<DiffUnit> units;
        private final String older;
        private final String newer;
        private final Cancellation cancellation;
        private final SequenceDiff.Steps steps = new SequenceDiff.Steps(STEPS);
        /** The unit whose side covers each character outside the backbone, -1 for none. */
        private final int[] ownerA;
        private final int[] ownerB;
        private final boolean[] moved;
        private final List<TrackedPiece> out = new ArrayList<>();
        private final Map<Integer, Integer> moveNumbers = new HashMap<>();

        Builder(List<DiffUnit> units, String older, String newer, Cancellation cancellation) {
            this.units = units;
            this.older = Objects.requireNonNull(older, "older must not be null");
            this.newer = Objects.requireNonNull(newer, "newer must not be null");
            this.cancellation = Objects.requireNonNull(cancellation, "cancellation must not be null");
            ownerA = new int[older.length()];
            ownerB = new int[newer.length()];
            moved = new boolean[units.size()];
        }

        TrackedText build() {
            List<Integer> backbone = backbone();
            Set<Integer> inBackbone = new HashSet<>(backbone);
            Arrays.fill(ownerA, -1);
            Arrays.fill(ownerB, -1);
            for (int i = 0; i < units.size(); i++) {
                if (inBackbone.contains(i)) {
                    continue;
                }
                DiffUnit u = units.get(i);
                moved[i] = u.a() != null && u.b() != null;
                own(ownerA, u.a(), i, older.length());
                own(ownerB, u.b(), i, newer.length());
            }
            int a = 0;
            int b = 0;
            for (int i : backbone) {
                DiffUnit u = units.get(i);
                gap(a, u.a().start(), b, u.b().start());
                inside(u);
                a = u.a().end();
                b = u.b().end();
            }
            gap(a, older.length(), b, newer.length());
            return new TrackedText(older, newer, merged(movedWithBreaks(unpaired(out))));
        }

        /**
         * The paired units that stay in place: the longest run of them in the order of both texts
         * (units come in the newer text's order; the longest increasing run of their older starts).
         */
        private List<Integer> backbone() {
            List<Integer> paired = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                DiffUnit u = units.get(i);
                if ((u.kind() == UnitKind.SAME || u.kind() == UnitKind.EDITED || u.kind() == UnitKind.ROUTINE)
                        && u.a().end() <= older.length() && u.b().end() <= newer.length()) {
                    paired.add(i);
                }
            }
            List<Integer> run = new ArrayList<>();
            for (int p : LongestIncreasing.of(paired.stream().mapToInt(i -> units.get(i).a().start()).toArray())) {
                run.add(paired.get(p));
            }
            // units never overlap; should two, the later one leaves the backbone rather than break the order
            List<Integer> kept = new ArrayList<>();
            int aEnd = 0;
            int bEnd = 0;
            for (int i : run) {
                DiffUnit u = units.get(i);
                if (u.a().start() >= aEnd && u.b().start() >= bEnd) {
                    kept.add(i);
                    aEnd = u.a().end();
                    bEnd = u.b().end();
                }
            }
            return kept;
        }

        private static void own(int[] owner, ChangeEnd side, int unit, int length) {
            if (side != null) {
                Arrays.fill(owner, Math.min(side.start(), length), Math.min(side.end(), length), unit);
            }
        }

        /** A backbone unit: its unchanged stretches kept, each change a deletion and an insertion. */
        private void inside(DiffUnit u) {
            List<Change> changes = new ArrayList<>(u.changes());
            changes.sort(Comparator.comparingInt((Change c) -> c.b().start()).thenComparingInt(c -> c.a().start()));
            int a = u.a().start();
            int b = u.b().start();
            for (Change c : changes) {
                if (c.a().start() < a || c.b().start() < b || c.a().end() > u.a().end() || c.b().end() > u.b().end()) {
                    // changes out of order cannot be written in one run: the whole unit by characters
                    out.subList(firstPieceAt(u), out.size()).clear();
                    alike(u.a().start(), u.a().end(), u.b().start(), u.b().end());
                    return;
                }
                alike(a, c.a().start(), b, c.b().start());
                add(TrackedPiece.Kind.DELETED, c.a().start(), c.a().end(), 0);
                add(TrackedPiece.Kind.INSERTED, c.b().start(), c.b().end(), 0);
                a = c.a().end();
                b = c.b().end();
            }
            alike(a, u.a().end(), b, u.b().end());
        }

        private int firstPieceAt(DiffUnit u) {
            int i = out.size();
            while (i > 0 && covers(out.get(i - 1), u)) {
                i--;
            }
            return i;
        }

        private static boolean covers(TrackedPiece p, DiffUnit u) {
            ChangeEnd side = p.kind().older() ? u.a() : u.b();
            return p.start() >= side.start() && p.end() <= side.end();
        }

        /** Stretches alike but for width or spacing: kept where the characters are the same, else changed. */
        private void alike(int aFrom, int aTo, int bFrom, int bTo) {
            if (aTo - aFrom == bTo - bFrom && older.regionMatches(aFrom, newer, bFrom, aTo - aFrom)) {
                add(TrackedPiece.Kind.KEPT, bFrom, bTo, 0);
                return;
            }
            diff(aFrom, aTo, bFrom, bTo);
        }

        /** Between backbone units: the other units' sides whole, what no unit covers matched by characters. */
        private void gap(int aFrom, int aTo, int bFrom, int bTo) {
            if (aFrom >= aTo && bFrom >= bTo) {
                return;
            }
            diff(aFrom, aTo, bFrom, bTo);
        }

        /**
         * A character diff of {@code older[aFrom, aTo)} and {@code newer[bFrom, bTo)}; a unit's side is
         * one token that matches nothing, so units stay whole and the diff stays short.
         */
        private void diff(int aFrom, int aTo, int bFrom, int bTo) {
            cancellation.check();
            Tokens a = new Tokens(older, ownerA, aFrom, aTo, -1);
            Tokens b = new Tokens(newer, ownerB, bFrom, bTo, -1 - a.size());
            for (SequenceDiff.Run run : SequenceDiff.bounded(a.tokens(), b.tokens(), steps, cancellation).runs()) {
                if (run.equal()) {
                    add(TrackedPiece.Kind.KEPT, b.start(run.bFrom()), b.start(run.bTo()), 0);
                } else {
                    sides(ownerA, a.start(run.aFrom()), a.start(run.aTo()), true);
                    sides(ownerB, b.start(run.bFrom()), b.start(run.bTo()), false);
                }
            }
        }

        /**
         * A stretch of text as tokens: a character outside every unit as itself, a unit's side (or the
         * part of it in the stretch) as one number no other token has; {@code start(i)} is where the
         * i-th token begins, {@code start(size())} the stretch's end.
         */
        private static final class Tokens {
            private final int[] tokens;
            private final int[] starts;
            private final int size;

            Tokens(String text, int[] owner, int from, int to, int unique) {
                int[] t = new int[to - from];
                int[] s = new int[to - from + 1];
                int n = 0;
                for (int i = from; i < to; i++) {
                    if (owner[i] >= 0 && i > from && owner[i - 1] == owner[i]) {
                        continue;
                    }
                    t[n] = owner[i] >= 0 ? unique - n : text.charAt(i);
                    s[n++] = i;
                }
                s[n] = to;
                tokens = Arrays.copyOf(t, n);
                starts = s;
                size = n;
            }

            int[] tokens() {
                return tokens;
            }

            int size() {
                return size;
            }

            int start(int token) {
                return starts[token];
            }
        }

        /** A changed stretch of one side, cut where the unit it belongs to changes. */
        private void sides(int[] owner, int from, int to, boolean olderSide) {
            int start = from;
            for (int i = from + 1; i <= to; i++) {
                if (i == to || owner[i] != owner[start]) {
                    int unit = owner[start];
                    if (unit >= 0 && moved[unit]) { // every paired unit off the backbone, MOVED ones among them
                        int number = moveNumbers.computeIfAbsent(unit, k -> moveNumbers.size() + 1);
                        add(olderSide ? TrackedPiece.Kind.MOVED_FROM : TrackedPiece.Kind.MOVED_TO, start, i, number);
                    } else {
                        add(olderSide ? TrackedPiece.Kind.DELETED : TrackedPiece.Kind.INSERTED, start, i, 0);
                    }
                    start = i;
                }
            }
        }

        private void add(TrackedPiece.Kind kind, int start, int end, int move) {
            if (end > start) {
                out.add(new TrackedPiece(kind, start, end, move));
            }
        }

        /** A move with only one place written (two units sharing text) is a plain deletion or insertion. */
        private static List<TrackedPiece> unpaired(List<TrackedPiece> pieces) {
            Set<Integer> from = new HashSet<>();
            Set<Integer> to = new HashSet<>();
            for (TrackedPiece p : pieces) {
                (p.kind() == TrackedPiece.Kind.MOVED_FROM ? from : to).add(p.move());
            }
            List<TrackedPiece> out = new ArrayList<>(pieces.size());
            for (TrackedPiece p : pieces) {
                boolean lonely = p.kind() == TrackedPiece.Kind.MOVED_FROM && !to.contains(p.move())
                        || p.kind() == TrackedPiece.Kind.MOVED_TO && !from.contains(p.move());
                out.add(!lonely ? p : new TrackedPiece(p.kind() == TrackedPiece.Kind.MOVED_FROM
                        ? TrackedPiece.Kind.DELETED : TrackedPiece.Kind.INSERTED, p.start(), p.end(), 0));
            }
            return out;
        }

        /**
         * Spacing and line breaks deleted or inserted right after a moved passage go with it, so that
         * a moved paragraph moves with its paragraph mark.
         */
        private List<TrackedPiece> movedWithBreaks(List<TrackedPiece> pieces) {
            List<TrackedPiece> out = new ArrayList<>(pieces);
            for (int i = 1; i < out.size(); i++) {
                TrackedPiece before = out.get(i - 1);
                TrackedPiece p = out.get(i);
                boolean follows = before.end() == p.start()
                        && (before.kind() == TrackedPiece.Kind.MOVED_FROM && p.kind() == TrackedPiece.Kind.DELETED
                        || before.kind() == TrackedPiece.Kind.MOVED_TO && p.kind() == TrackedPiece.Kind.INSERTED);
                if (follows && (p.kind().older() ? older : newer).substring(p.start(), p.end()).isBlank()) {
                    out.set(i, new TrackedPiece(before.kind(), p.start(), p.end(), before.move()));
                }
            }
            return out;
        }

        /** Neighbours of the same kind (and move) and contiguous spans as one piece. */
        private static List<TrackedPiece> merged(List<TrackedPiece> pieces) {
            List<TrackedPiece> out = new ArrayList<>(pieces.size());
            for (TrackedPiece p : pieces) {
                TrackedPiece last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && last.kind() == p.kind() && last.move() == p.move() && last.end() == p.start()) {
                    out.set(out.size() - 1, new TrackedPiece(p.kind(), last.start(), p.end(), p.move()));
                } else {
                    out.add(p);
                }
            }
            return out;
        }
    }
}
