package org.reportlens.core.load;

import com.openhtmltopdf.util.XRLog;

/**
 * Keeps the logging of the libraries that read documents (POI logs through the Log4j API, PDFBox
 * through Commons Logging, which hands over to the Log4j API when it is there) off stdout, which
 * carries only the requested output: off by default — a damaged PDF would otherwise print hundreds
 * of lines of stack traces, and a Log4j API without a back end prints that it found none — and to
 * stderr with {@code --debug}. The libraries read these settings once, when they first log, so
 * they are set before any document is opened: by the reader's class and by the program's entry.
 * The PDF layout engine (Open HTML to PDF) logs through its own switch, set here too: unset, it
 * prints a line for every style rule it skips.
 */
public final class LibraryLogging {
    private static final String PROVIDER = "log4j.provider";
    /** Set by {@code --debug}; a later {@link #quiet()} (a reader's class loading) keeps it. */
    private static volatile boolean toStderr;

    private LibraryLogging() {
    }

    /** Library logging off, unless the user or {@link #toStderr()} chose otherwise. */
    public static void quiet() {
        configure("OFF");
        if (!toStderr) {
            XRLog.setLoggingEnabled(false);
        }
    }

    /** Library warnings and errors to stderr, for {@code --debug}. */
    public static void toStderr() {
        System.setProperty("log4j2.simplelogLevel", "WARN");
        toStderr = true;
        configure("WARN");
        XRLog.setLoggingEnabled(true);
    }

    private static void configure(String level) {
        setIfAbsent(PROVIDER, "org.apache.logging.log4j.simple.internal.SimpleProvider");
        setIfAbsent("log4j2.simplelogLevel", level);
        setIfAbsent("log4j2.simplelogLogFile", "system.err");
        setIfAbsent("log4j2.simplelogStatusLoggerLevel", "OFF");
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
