package org.reportlens.ui;

/** A styled span of a report's original text: {@code [start, end)} and its style class. */
record TextMark(int start, int end, String styleClass) {
}
