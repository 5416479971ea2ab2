package org.reportlens.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.compare.CompareOptions;
import org.reportlens.core.compare.Granularity;
import org.reportlens.core.dups.DuplicateOptions;

/**
 * What the viewer remembers between runs — window size, recent files, options, language — in the
 * Java preferences store of the user, and where unsaved notes are kept. Tests pass their own node
 * and file, so they never touch the user's.
 */
public final class Settings {
    public static final int RECENT_FILES = 10;
    private final Preferences node;
    private final Path recoveryFile;

    public Settings(Preferences node) {
        this(node, UserFiles.directory().resolve("recovery.rlw"));
    }

    /** @param recoveryFile where unsaved notes are kept until the window closes properly ({@link RecoveryFiles}) */
    public Settings(Preferences node, Path recoveryFile) {
        this.node = node;
        this.recoveryFile = recoveryFile;
    }

    public static Settings forUser() {
        return new Settings(Preferences.userRoot().node("org/reportlens/viewer"));
    }

    public Path recoveryFile() {
        return recoveryFile;
    }

    public double width() {
        return node.getDouble("window.width", 1400);
    }

    public double height() {
        return node.getDouble("window.height", 860);
    }

    public void windowSize(double width, double height) {
        node.putDouble("window.width", width);
        node.putDouble("window.height", height);
    }

    public List<String> recentFiles() {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < RECENT_FILES; i++) {
            String f = node.get("recent." + i, null);
            if (f != null) {
                files.add(f);
            }
        }
        return files;
    }

    /** Puts the files first in the recent list, most recent first, without repeats. */
    public void addRecent(List<String> opened) {
        List<String> files = new ArrayList<>(opened);
        for (String f : recentFiles()) {
            if (!files.contains(f)) {
                files.add(f);
            }
        }
        for (int i = 0; i < RECENT_FILES; i++) {
            if (i < files.size()) {
                node.put("recent." + i, files.get(i));
            } else {
                node.remove("recent." + i);
            }
        }
    }

    public Granularity granularity() {
        try {
            return Granularity.parse(node.get("granularity", CompareOptions.DEFAULTS.granularity().id()));
        } catch (IllegalArgumentException e) {
            return CompareOptions.DEFAULTS.granularity();
        }
    }

    public void granularity(Granularity g) {
        node.put("granularity", g.id());
    }

    public boolean ignoreWidth() {
        return node.getBoolean("ignoreWidth", true);
    }

    public void ignoreWidth(boolean ignore) {
        node.putBoolean("ignoreWidth", ignore);
    }

    public boolean ignorePunctuation() {
        return node.getBoolean("ignorePunctuation", false);
    }

    public void ignorePunctuation(boolean ignore) {
        node.putBoolean("ignorePunctuation", ignore);
    }

    public int minDuplicateLength() {
        return Math.max(DuplicateOptions.SMALLEST_MIN_LENGTH, node.getInt("minDuplicate", DuplicateOptions.DEFAULT_MIN_LENGTH));
    }

    public void minDuplicateLength(int length) {
        node.putInt("minDuplicate", length);
    }

    /** {@code defaults} with the options last chosen in the options bar. */
    public AnalysisOptions options(AnalysisOptions defaults) {
        CompareOptions compare = defaults.compare().withGranularity(granularity()).withIgnoreWidth(ignoreWidth())
                .withIgnorePunctuation(ignorePunctuation());
        return defaults.withCompare(compare).withDuplicates(defaults.duplicates().withMinLength(minDuplicateLength()));
    }

    /** Remembers the options the user chose, for the next start. */
    public void remember(AnalysisOptions options) {
        granularity(options.compare().granularity());
        ignoreWidth(options.compare().ignoreWidth());
        ignorePunctuation(options.compare().ignorePunctuation());
        minDuplicateLength(options.duplicates().minLength());
    }

    /** "zh", "en", or null to follow the system. */
    public String language() {
        return node.get("language", null);
    }

    public void language(String language) {
        node.put("language", language);
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // settings are a comfort; the window works without them being saved
        }
    }
}
