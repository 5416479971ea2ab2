package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A pair of reports read section by section by hand (format: {@code src/test/resources/alignment/README.md}):
 * the two files and one entry per line naming sections by title.
 */
record AlignmentAnnotation(String name, String fileA, String fileB, List<Entry> entries) {

    enum Kind {
        /** The two sections are main partners. */
        MAIN('='),
        /** One continues partly in the other: a split or a merge. */
        ALSO('~'),
        /** Only in the older report. */
        ONLY_A('<'),
        /** Only in the newer report. */
        ONLY_B('>'),
        /** Any pair with this section is left unjudged. */
        UNJUDGED('?');

        final char mark;

        Kind(char mark) {
            this.mark = mark;
        }

        boolean pair() {
            return this == MAIN || this == ALSO;
        }

        static Kind of(char mark, String where) {
            for (Kind k : values()) {
                if (k.mark == mark) {
                    return k;
                }
            }
            throw new IllegalArgumentException(where + ": unknown mark '" + mark + "'");
        }
    }

    /** One line: for a pair both titles, otherwise {@code titleB} is null. */
    record Entry(Kind kind, String titleA, String titleB, int line) {
        Entry {
            Objects.requireNonNull(titleA, "titleA must not be null");
            if (kind.pair() != (titleB != null)) {
                throw new IllegalArgumentException("line " + line + ": a pair needs two titles, the rest one");
            }
        }
    }

    AlignmentAnnotation {
        entries = List.copyOf(entries);
    }

    static AlignmentAnnotation parse(String name, List<String> lines) {
        String a = null;
        String b = null;
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = name + ":" + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String rest = line.substring(1).strip();
            if (line.startsWith("a ")) {
                a = rest;
            } else if (line.startsWith("b ")) {
                b = rest;
            } else {
                Kind kind = Kind.of(line.charAt(0), where);
                if (kind.pair()) {
                    int bar = rest.indexOf('|');
                    if (bar < 0) {
                        throw new IllegalArgumentException(where + ": a pair is written 'title | title'");
                    }
                    entries.add(new Entry(kind, rest.substring(0, bar).strip(), rest.substring(bar + 1).strip(), i + 1));
                } else {
                    entries.add(new Entry(kind, rest, null, i + 1));
                }
            }
        }
        if (a == null || b == null) {
            throw new IllegalArgumentException(name + ": needs an 'a' and a 'b' line");
        }
        return new AlignmentAnnotation(name, a, b, entries);
    }
}
