package org.reportlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewerFailureTest {

    @Test
    void noDisplaySaysSoAndPointsToTheCommands() {
        // as JavaFX's GTK toolkit throws it from Application.launch in a terminal without X
        String line = ViewerFailure.describe(new RuntimeException("Exception in Application start method",
                new UnsupportedOperationException("Unable to open DISPLAY")));
        assertThat(line).startsWith("reportlens: the viewer cannot start: there is no display")
                .contains("reportlens analyze FILE").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void anotherFailureGivesItsOwnReason() {
        assertThat(ViewerFailure.describe(new IllegalStateException("Toolkit already initialized")))
                .contains("cannot start: Toolkit already initialized.");
        assertThat(ViewerFailure.describe(new IllegalStateException())).contains("cannot start: IllegalStateException.");
        // a machine without GTK: the toolkit's wrapper, and inside it the library that is missing
        assertThat(ViewerFailure.describe(new RuntimeException("Application launch exception",
                new UnsatisfiedLinkError("libgtk-3.so.0: cannot open shared object file"))))
                .contains("cannot start: libgtk-3.so.0: cannot open shared object file.");
    }
}
