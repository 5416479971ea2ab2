package org.reportlens.ui;

import java.util.Arrays;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Measures scrolling with every highlight on: scrolls the first column down by a fixed step each
 * frame (the other columns follow through the alignment) and prints the median, 95th percentile
 * and worst time between frames. Started by {@code -Dreportlens.timing=true}; quits afterwards
 * when it is {@code exit}.
 */
final class ScrollTiming extends AnimationTimer {
    private static final int FRAMES = 300;
    private static final double STEP_PIXELS = 40;
    private final CompareView view;
    private final boolean exit;
    private final long[] intervals = new long[FRAMES];
    private long last;
    private int frame = -10; // a few frames to settle first

    ScrollTiming(CompareView view, boolean exit) {
        this.view = view;
        this.exit = exit;
    }

    @Override
    public void handle(long now) {
        if (view.columns().isEmpty()) {
            stop();
            return;
        }
        if (frame >= 0 && frame < FRAMES) {
            intervals[frame] = now - last;
        }
        last = now;
        frame++;
        if (frame >= FRAMES) {
            stop();
            long[] sorted = intervals.clone();
            Arrays.sort(sorted);
            System.err.printf(Locale.ROOT, "reportlens: scrolling %d frames of %.0f px: median %.1f ms, p95 %.1f ms,"
                            + " worst %.1f ms between frames%n", FRAMES, STEP_PIXELS, sorted[FRAMES / 2] / 1e6,
                    sorted[(int) (FRAMES * 0.95)] / 1e6, sorted[FRAMES - 1] / 1e6);
            if (exit) {
                Platform.exit();
            }
            return;
        }
        view.columns().get(0).area().scrollYBy(STEP_PIXELS);
    }
}
