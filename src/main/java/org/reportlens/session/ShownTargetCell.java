package org.reportlens.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.reportlens.core.targets.AchievementStatus;
import org.reportlens.core.targets.TargetChange;
import org.reportlens.core.targets.TargetTable;

/**
 * What the targets tab shows of one cell: the figure, its change against the year before, and —
 * for a target whose year the next report reviews — whether it was met and with what figure. The
 * view puts it into words with {@link #text} and styles it with {@link #styleClasses}.
 *
 * @param figure         "增长6%左右", or a qualitative target's words; "" for a dropped target
 * @param change         against the same government's previous report; null when nothing to compare
 * @param qualifierFlag  the qualifier changed as well as the number ("↓ 调低 · 限定词变化")
 * @param status         met, missed, unknown or not reviewed; null for no target or a qualitative one
 * @param achieved       the achieved figure ("增长5.6%"); null when none was found
 * @param achievedReport the report the achieved figure was read from; null with {@code achieved}
 */
public record ShownTargetCell(String figure, TargetChange change, boolean qualifierFlag, AchievementStatus status,
                              String achieved, String achievedReport) {
    /** Every figure cell has this style class; the change and the status add their own. */
    public static final String CELL_CLASS = "target-cell";

    public ShownTargetCell {
        Objects.requireNonNull(figure, "figure must not be null");
        if (achieved != null && status == null) {
            throw new IllegalArgumentException("an achieved figure needs a status");
        }
    }

    /** What to show of {@code cell}; null when the cell is empty (no target now or the year before). */
    public static ShownTargetCell of(TargetTable.Cell cell) {
        if (cell == null || cell.target() == null && cell.change() == null) {
            return null;
        }
        return new ShownTargetCell(cell.target() == null ? "" : cell.target().figure(), cell.change(),
                cell.qualifierChanged() && cell.change() != TargetChange.QUALIFIER_CHANGED,
                cell.target() == null ? null : cell.status(),
                cell.actual() == null ? null : cell.actual().figure(),
                cell.actual() == null ? null : cell.actual().report());
    }

    /**
     * The cell's text: "增长6%左右  ↓ 调低 · 限定词变化", then on a line of its own "✓ 已完成：增长6.3%",
     * "✗ 未完成：增长4.7%" or "完成情况未知". {@code message} turns a message key into words.
     */
    public String text(Function<String, String> message) {
        StringBuilder s = new StringBuilder(figure);
        if (change != null && change != TargetChange.FIRST) {
            s.append(s.length() > 0 ? "  " : "").append(arrow()).append(message.apply("change.target." + change.id()));
        }
        if (qualifierFlag) {
            s.append(" · ").append(message.apply("change.target.qualifier-changed"));
        }
        if (status != null) {
            s.append('\n').append(mark()).append(message.apply("status.target." + status.id()));
            if (achieved != null) {
                s.append(message.apply("status.target.separator")).append(achieved);
            }
        }
        return s.toString();
    }

    /** {@link #CELL_CLASS}, {@code target-cell-<change>} and {@code target-<status>} as they apply. */
    public List<String> styleClasses() {
        List<String> classes = new ArrayList<>();
        classes.add(CELL_CLASS);
        if (change != null) {
            classes.add(CELL_CLASS + "-" + change.id());
        }
        if (status != null) {
            classes.add("target-" + status.id());
        }
        return classes;
    }

    private String arrow() {
        return switch (change) {
            case RAISED -> "↑ ";
            case LOWERED -> "↓ ";
            case NEW -> "+ ";
            case DROPPED -> "− ";
            case REWORDED -> "≈ ";
            default -> "";
        };
    }

    /** A mark besides the colour, for a reader who does not tell colours apart or prints in grey. */
    private String mark() {
        return switch (status) {
            case MET -> "✓ ";
            case MISSED -> "✗ ";
            default -> "";
        };
    }
}
