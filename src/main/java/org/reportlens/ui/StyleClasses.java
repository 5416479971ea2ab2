package org.reportlens.ui;

/** Every CSS style class the viewer sets on text, in one place (rules in {@code reportlens.css}). */
final class StyleClasses {
    /** Text with no mark; the marks' classes are {@code MarkKind.id()}. */
    static final String PLAIN = "plain";
    /** The one-line stub standing for text folded away ("only the changes"). */
    static final String FOLD_STUB = "fold-stub";

    private StyleClasses() {
    }
}
