package org.reportlens.core.analysis;

/** What a marked span of a report's text is; {@link #id()} is its CSS class in the viewer and the HTML export. */
public enum MarkKind {
    HEADING_PART("heading-part"),
    HEADING("heading"),
    LEAD("lead"),
    FURNITURE("furniture"),
    INSERT("chg-insert"),
    DELETE("chg-delete"),
    REPLACE("chg-replace"),
    MOVE("chg-move"),
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
