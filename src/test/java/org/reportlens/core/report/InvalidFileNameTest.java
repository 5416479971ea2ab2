package org.reportlens.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.InvalidPathException;
import org.junit.jupiter.api.Test;

/** The reason given for a file name the system cannot take. */
class InvalidFileNameTest {
    @Test
    void aNameTheFileNameEncodingCannotWriteSaysSoAndWhatHelps() {
        // what the JDK throws for "安徽省/2006.txt" when the locale is missing and file names are ASCII
        InvalidPathException unmappable = new InvalidPathException("安徽省/2006.txt",
                "Malformed input or input contains unmappable characters");
        assertThat(InvalidFileName.reason(unmappable)).contains("cannot be written in this system's file-name encoding",
                System.getProperty("sun.jnu.encoding"), "LANG=C.UTF-8");
    }

    @Test
    void anyOtherInvalidNameIsJustThat() {
        assertThat(InvalidFileName.reason(new InvalidPathException("a\0b", "Nul character not allowed")))
                .isEqualTo("is not a valid file name");
    }
}
