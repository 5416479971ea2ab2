package org.reportlens.core.compare;

import java.util.Locale;

/** What happened to a piece of text between two reports. */
public enum ChangeKind {
    INSERT, DELETE, REPLACE, MOVE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
