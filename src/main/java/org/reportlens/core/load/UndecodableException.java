package org.reportlens.core.load;

/** Bytes that are not a text we can read; the message says why, in a few words. */
public final class UndecodableException extends Exception {
    public UndecodableException(String problem) {
        super(problem);
    }
}
