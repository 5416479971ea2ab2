package org.reportlens.core.analysis;

/**
 * What a marked span of a report's text is; {@link #id()} is its CSS class in the viewer and the HTML
 * export. New and dropped blocks (whole sentences) are meant for a light tint; the changes inside an
 * edited sentence ({@code chg-*}) for a strong one; routine changes for a muted one.
 */
public enum MarkKind {
    HEADING_PART("heading-part"),
    HEADING("heading"),
    LEAD("lead"),
    FURNITURE("furniture"),
    /** A saved page's Markdown heading mark ("## " before "一、2024年工作回顾"): shown muted, not as the title. */
    MARKUP("markup"),
    INSERT("chg-insert"),
    DELETE("chg-delete"),
    REPLACE("chg-replace"),
    MOVE("chg-move"),
    /** Sentences only in this (newer) report: a new unit. */
    NEW_BLOCK("unit-new"),
    /** Sentences only in this (older) report: a dropped unit. */
    DROPPED_BLOCK("unit-dropped"),
    /** A change that only moves a year on by the years between the reports. */
    ROUTINE("chg-routine"),
    DUPLICATE("dup"),
    TARGET("target"),
    TARGET_CHANGED("target-changed");

    private final String id;

    MarkKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
