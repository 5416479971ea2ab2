package org.reportlens.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reportlens.core.meta.ReportMetadata;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;

/** The short texts that name a report or an outline node in lists, trees and headers. */
final class ReportDescriptions {
    private final Messages messages;

    ReportDescriptions(Messages messages) {
        this.messages = messages;
    }

    String title(Report report) {
        String title = report.metadata().title();
        return title != null ? title : fileName(report);
    }

    static String fileName(Report report) {
        Path name = Path.of(report.file()).getFileName();
        return name == null ? report.file() : name.toString();
    }

    /** The report's year, or its file's name when the year is unknown: how a line names a report in brief. */
    static String yearOrName(Report report) {
        Integer year = report.metadata().year();
        return year != null ? String.valueOf(year) : fileName(report);
    }

    /** "大连市 · 2024年 · 回顾 2023 · 计划 2024", leaving out what is unknown. */
    String facts(Report report) {
        ReportMetadata m = report.metadata();
        List<String> parts = new ArrayList<>();
        parts.add(m.government() != null ? m.government() : messages.get("report.unknownGovernment"));
        if (m.year() != null) {
            parts.add(messages.format("report.year", String.valueOf(m.year())));
        }
        if (m.reviewYear() != null) {
            parts.add(messages.format("report.reviewYear", String.valueOf(m.reviewYear())));
        }
        if (m.planYear() != null) {
            parts.add(messages.format("report.planYear", String.valueOf(m.planYear())));
        }
        return String.join(" · ", parts);
    }

    /** "一、2023年工作回顾", "(二)…", "1.…"; a lead is its phrase alone. */
    static String nodeLabel(OutlineNode node) {
        return nodeNumber(node) + node.title();
    }

    /** The number a label begins with: "一、", "(二)", "1. "; empty for a lead or a node without one. */
    static String nodeNumber(OutlineNode node) {
        if (node.lead() || node.number() == null) {
            return "";
        }
        return switch (node.level()) {
            case 1 -> node.number() + "、";
            case 2, 4 -> "(" + node.number() + ")";
            default -> node.number() + ". ";
        };
    }
}
