package org.reportlens.core.text;

import java.util.regex.Pattern;

/** A stretch of a report shown on one line: its line breaks and runs of spaces as one space, cut with "…". */
public final class OneLine {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private OneLine() {
    }

    /** {@code text} on one line, at most {@code max} characters and "…" after a cut. */
    public static String of(String text, int max) {
        String one = SPACES.matcher(text).replaceAll(" ").strip();
        return one.length() <= max ? one : one.substring(0, max) + "…";
    }
}
