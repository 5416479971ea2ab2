package org.reportlens.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The command line's stdout: UTF-8 whatever the locale (JSON and CSV are UTF-8 by their
 * documentation; under {@code LANG=C} Java would write every Chinese character as "?"), and the
 * error behind a failed write kept, so that "cannot write to standard output" can say why (a full
 * disk, a closed pipe). A {@link PrintStream} swallows write errors; {@link Cli} asks
 * {@link #checkError()} when a command is done.
 */
public final class StandardOutput extends PrintStream {
    private final Recorder recorder;

    private StandardOutput(Recorder recorder) {
        super(recorder, false, StandardCharsets.UTF_8);
        this.recorder = recorder;
    }

    public static StandardOutput open() {
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        return new StandardOutput(new Recorder(new BufferedOutputStream(stdout, 1 << 16)));
    }

    /** Why the last write failed ("No space left on device"), or null. */
    String failure() {
        return recorder.failure == null ? null : String.valueOf(recorder.failure.getMessage());
    }

    /** Passes writes through, remembering the error of one that failed. */
    private static final class Recorder extends FilterOutputStream {
        private IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }
}
