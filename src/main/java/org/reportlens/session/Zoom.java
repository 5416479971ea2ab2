package org.reportlens.session;

/**
 * The font size of the columns: zooming multiplies it, within readable bounds.
 *
 * @param fontSize in pixels, between {@link #SMALLEST} and {@link #LARGEST}
 */
public record Zoom(double fontSize) {
    public static final double DEFAULT = 15;
    public static final double SMALLEST = 9;
    public static final double LARGEST = 36;
    /** One step of Ctrl+= or Ctrl+−. */
    public static final double STEP = 1.1;
    public static final Zoom ACTUAL_SIZE = new Zoom(DEFAULT);

    public Zoom {
        if (!(fontSize >= SMALLEST && fontSize <= LARGEST)) {
            throw new IllegalArgumentException("font size " + fontSize + " is outside [" + SMALLEST + ", " + LARGEST + "]");
        }
    }

    public Zoom in() {
        return new Zoom(Math.min(LARGEST, fontSize * STEP));
    }

    public Zoom out() {
        return new Zoom(Math.max(SMALLEST, fontSize / STEP));
    }
}
