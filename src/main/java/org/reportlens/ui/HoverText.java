package org.reportlens.ui;

import java.util.ArrayList;
import java.util.List;
import org.reportlens.core.report.Report;
import org.reportlens.session.HoverFacts;

/** Puts the facts behind a tooltip into words: where else a passage stands, a metric across the years. */
final class HoverText {
    private final Messages messages;
    private final ReportDescriptions descriptions;

    HoverText(Messages messages, ReportDescriptions descriptions) {
        this.messages = messages;
        this.descriptions = descriptions;
    }

    /** The tooltip's lines; null when there is nothing to say. */
    String of(HoverFacts facts) {
        if (facts.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        HoverFacts.DuplicateFacts d = facts.duplicate();
        if (d != null) {
            lines.add(messages.format(d.near() ? "tooltip.nearDuplicate" : "tooltip.duplicate", d.length()));
            for (HoverFacts.Elsewhere e : d.elsewhere()) {
                lines.add("  " + messages.format("tooltip.alsoAt", name(e), e.start()));
            }
            lines.add(messages.get("tooltip.jump"));
        }
        for (HoverFacts.TargetFacts t : facts.targets()) {
            lines.add(messages.format("tooltip.target", messages.get("kind." + t.kind().id()), t.metric(), t.figure()));
            for (HoverFacts.YearFigure y : t.years()) {
                lines.add("  " + (y.year() == null ? "?" : y.year()) + "  " + y.figure()
                        + (y.change() == null ? "" : "  (" + messages.get("change.target." + y.change().id()) + ")"));
            }
        }
        return String.join("\n", lines);
    }

    private String name(HoverFacts.Elsewhere e) {
        Report r = e.report();
        return r == null ? e.reportId() : descriptions.facts(r) + " · " + ReportDescriptions.fileName(r);
    }
}
