package org.reportlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The viewer asked for in a terminal with no display (a server, an SSH session): one line saying so and
 * pointing to the commands, exit 1 — not the toolkit's stack trace. Run as the user runs it, in a process
 * of its own without DISPLAY.
 */
class ViewerWithoutDisplayTest {

    @Test
    void withoutADisplayTheViewerSaysSoInOneLine(@TempDir Path home) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"),
                "org.reportlens.Launcher", home.resolve("report.txt").toString());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("HOME", home.toString());
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isEqualTo(1);
        assertThat(out).as("stdout carries only requested output").isEmpty();
        List<String> lines = err.lines().toList();
        // "there is no display…" here; on a machine without GTK the library the toolkit could not load
        // (ViewerFailureTest has both wordings)
        assertThat(lines).as(err).singleElement().asString()
                .startsWith("reportlens: the viewer cannot start: ").contains("reportlens analyze");
    }
}
