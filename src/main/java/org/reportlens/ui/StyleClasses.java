package org.reportlens.ui;

/** Every CSS style class the viewer sets on text, in one place (rules in {@code reportlens.css}). */
final class StyleClasses {
    static final String HEADING = "heading";
    static final String HEADING_PART = "heading-part";
    static final String LEAD = "lead";
    static final String FURNITURE = "furniture";
    static final String PLAIN = "plain";
    static final String INSERT = "chg-insert";
    static final String DELETE = "chg-delete";
    static final String REPLACE = "chg-replace";
    static final String MOVE = "chg-move";
    static final String DUPLICATE = "dup";
    static final String TARGET = "target";
    static final String TARGET_CHANGED = "target-changed";
    static final String FOUND = "found";

    private StyleClasses() {
    }
}
