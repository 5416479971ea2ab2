package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.ComparableText;
import org.reportlens.core.text.NormalizedText;

/**
 * What every pair's units must satisfy, whatever the input: spans inside their texts; every compared
 * character of either report in exactly one unit (a moved sentence in its moved unit on both sides);
 * units in the newer text's order; and applying each unit's changes to the older side gives the
 * newer side, so that the units, in order, turn report a into report b. Texts are compared as the
 * diff compares them: by comparison keys (width folded, whitespace and furniture left out). Spaces
 * are left out of the check even where the options keep them: those between sentences are never
 * compared (a sentence is trimmed).
 */
final class UnitInvariants {
    private UnitInvariants() {
    }

    /**
     * @param inOrderOnA also require the older sides of units that did not move to follow the older
     *                   text's order (true when no section moved)
     */
    static void check(PairComparison pair, Report a, Report b, CompareOptions options, boolean inOrderOnA) {
        Keys keysA = new Keys(a.text(), options);
        Keys keysB = new Keys(b.text(), options);
        for (DiffUnit u : pair.units()) {
            inside(u.placeInA(), a, pair.a());
            inside(u.placeInB(), b, pair.b());
            for (Change c : u.changes()) {
                inside(c.a(), a, pair.a());
                inside(c.b(), b, pair.b());
                if (u.a() != null && u.b() != null) {
                    assertThat(c.a().start()).as("a change inside its unit").isBetween(u.a().start(), u.a().end());
                    assertThat(c.a().end()).isBetween(u.a().start(), u.a().end());
                    assertThat(c.b().start()).isBetween(u.b().start(), u.b().end());
                    assertThat(c.b().end()).isBetween(u.b().start(), u.b().end());
                }
            }
        }
        covered(pair.units().stream().map(DiffUnit::a).filter(x -> x != null).toList(), keysA, "a");
        covered(pair.units().stream().map(DiffUnit::b).filter(x -> x != null).toList(), keysB, "b");
        int previous = -1;
        int previousA = -1;
        StringBuilder applied = new StringBuilder();
        for (DiffUnit u : pair.units()) {
            assertThat(u.placeInB().start()).as("units in the newer text's order").isGreaterThanOrEqualTo(previous);
            previous = u.placeInB().start();
            if (inOrderOnA && u.kind() != UnitKind.MOVED) {
                assertThat(u.placeInA().start()).as("units in the older text's order").isGreaterThanOrEqualTo(previousA);
                previousA = u.placeInA().end();
            }
            String result = switch (u.kind()) {
                case DROPPED -> "";
                case NEW -> keysB.of(u.b().start(), u.b().end());
                case SAME -> keysA.of(u.a().start(), u.a().end());
                case EDITED, ROUTINE, MOVED -> applied(u, keysA, keysB);
            };
            if (u.b() != null) {
                assertThat(result).as("%s unit %s applied gives its newer side", u.kind().id(), u)
                        .isEqualTo(keysB.of(u.b().start(), u.b().end()));
            }
            applied.append(result);
        }
        assertThat(applied.toString()).as("the units applied to report a give report b").isEqualTo(keysB.whole());
    }

    private static void inside(ChangeEnd end, Report report, String id) {
        assertThat(end.report()).isEqualTo(id);
        assertThat(end.end()).as("span inside its text").isLessThanOrEqualTo(report.original().length());
        assertThat(end.start()).isBetween(0, end.end());
    }

    /** Every compared character in exactly one of {@code sides}, which do not overlap. */
    private static void covered(List<ChangeEnd> sides, Keys keys, String side) {
        List<ChangeEnd> sorted = new ArrayList<>(sides);
        sorted.sort(Comparator.comparingInt(ChangeEnd::start));
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i).start()).as("units do not overlap on side %s", side)
                    .isGreaterThanOrEqualTo(sorted.get(i - 1).end());
        }
        int at = 0;
        for (int k = 0; k < keys.length(); k++) {
            if (Character.isWhitespace(keys.whole.key().charAt(k))) {
                continue;
            }
            int offset = keys.originalOffset(k);
            while (at < sorted.size() && sorted.get(at).end() <= offset) {
                at++;
            }
            assertThat(at < sorted.size() && sorted.get(at).start() <= offset)
                    .as("compared character '%s' at %d of side %s is in a unit", keys.whole.key().charAt(k), offset, side)
                    .isTrue();
        }
    }

    /** The unit's older side with each change's older text replaced by its newer text. */
    private static String applied(DiffUnit u, Keys keysA, Keys keysB) {
        List<Change> changes = new ArrayList<>(u.changes());
        changes.sort(Comparator.comparingInt((Change c) -> c.a().start()).thenComparingInt(c -> c.a().end()));
        StringBuilder out = new StringBuilder();
        int at = u.a().start();
        for (Change c : changes) {
            assertThat(c.a().start()).as("changes of a unit do not overlap").isGreaterThanOrEqualTo(at);
            out.append(keysA.of(at, c.a().start())).append(keysB.of(c.b().start(), c.b().end()));
            at = c.a().end();
        }
        return out.append(keysA.of(at, u.a().end())).toString();
    }

    /** A report's comparison key, read by original offsets. */
    private static final class Keys {
        private final NormalizedText text;
        private final CompareOptions options;
        private final ComparableText whole;

        Keys(NormalizedText text, CompareOptions options) {
            this.text = text;
            this.options = options;
            this.whole = ComparableText.of(text, 0, text.length(), options.ignoreWidth(), options.ignorePunctuation());
        }

        String whole() {
            return withoutSpaces(whole.key());
        }

        int length() {
            return whole.length();
        }

        int originalOffset(int k) {
            return whole.originalAt(k, -1);
        }

        /** The key of original text {@code [start, end)}. */
        String of(int start, int end) {
            int from = text.fromOriginal(start);
            int to = Math.max(from, text.fromOriginal(end));
            return withoutSpaces(ComparableText.of(text, from, to, options.ignoreWidth(), options.ignorePunctuation()).key());
        }

        private static String withoutSpaces(String key) {
            return key.replaceAll("\\s", "");
        }
    }
}
