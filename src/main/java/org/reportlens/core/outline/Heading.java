package org.reportlens.core.outline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.core.text.SmallNumbers;

/**
 * A numbered heading marker at the start of a paragraph, matched on width-folded text so that
 * {@code （一）} and {@code (一)}, {@code １．} and {@code 1.} are the same.
 *
 * @param level       1–4
 * @param number      the numeral alone
 * @param markerEnd   index just past the marker ("一、", "第一部分", "(一)", "1.", "(1)"), counted from where
 *                    the marker starts: the paragraph's start, or past its Markdown marks ("## ")
 */
record Heading(int level, String number, int markerEnd) {
    private static final String CN = "[一二三四五六七八九十]{1,3}";
    /** "一、二季度…" and "一、二是…" enumerate numerals; they do not open a part. */
    private static final Pattern PART = Pattern.compile(
            "^(?:(" + CN + ")、(?![一二三四五六七八九十]+[、季月是])|第(" + CN + ")部分)");
    private static final Pattern SECTION = Pattern.compile("^\\((" + CN + ")\\)");
    /** "1.5万人" and "3.1%" are numbers, not items. */
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})[、.](?![\\d%])");
    private static final Pattern SUB_ITEM = Pattern.compile("^\\((\\d{1,2})\\)");
    private static final Pattern[] BY_LEVEL = {PART, SECTION, ITEM, SUB_ITEM};
    /** "三）不失时机地…": a section marker that lost its opening bracket in the saved page. */
    private static final Pattern UNOPENED_SECTION = Pattern.compile("^(" + CN + ")\\)");

    static Optional<Heading> match(CharSequence foldedParagraph) {
        for (int i = 0; i < BY_LEVEL.length; i++) {
            Matcher m = BY_LEVEL[i].matcher(foldedParagraph);
            if (m.find()) {
                String number = m.group(1) != null ? m.group(1) : m.group(2);
                return Optional.of(new Heading(i + 1, number, m.end()));
            }
        }
        return Optional.empty();
    }

    /**
     * A section marker without its opening bracket ("三）"), read as a section only where it is the next
     * number after {@code previous} (the last section's numeral in the same part): alone, "三）" may be
     * anything.
     */
    static Optional<Heading> unopenedSection(CharSequence foldedParagraph, String previous) {
        Matcher m = UNOPENED_SECTION.matcher(foldedParagraph);
        if (previous == null || !m.find() || SmallNumbers.parse(m.group(1)) != SmallNumbers.parse(previous) + 1) {
            return Optional.empty();
        }
        return Optional.of(new Heading(2, m.group(1), m.end()));
    }
}
