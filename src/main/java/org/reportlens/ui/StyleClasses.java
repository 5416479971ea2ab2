package org.reportlens.ui;

/** Every CSS style class the viewer sets on text, in one place (rules in {@code reportlens.css}). */
final class StyleClasses {
    static final String HEADING = "heading";
    static final String HEADING_PART = "heading-part";
    static final String LEAD = "lead";
    static final String FURNITURE = "furniture";
    static final String PLAIN = "plain";

    private StyleClasses() {
    }
}
