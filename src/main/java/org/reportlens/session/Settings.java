package org.reportlens.session;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
    /** The child node of the workspaces trusted to read reports outside their folder ({@link #trusts}). */
    private static final String TRUSTED = "trustedWorkspaces";
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

    /**
     * Puts the files first in the recent list, most recent first, without repeats, each by its
     * absolute path: a name relative to the folder the viewer was started in would open another
     * file, or none, when it is started elsewhere.
     */
    public void addRecent(List<String> opened) {
        List<String> files = new ArrayList<>(opened.stream().map(WorkspaceSnapshot::absolute).distinct().toList());
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

    /** Whether routine changes (a year moved on) are hidden. */
    public void hideRoutine(boolean hide) {
        node.putBoolean("hideRoutine", hide);
    }

    /** {@code defaults} with the options last chosen in the options bar. */
    public AnalysisOptions options(AnalysisOptions defaults) {
        CompareOptions compare = defaults.compare().withGranularity(granularity()).withIgnoreWidth(ignoreWidth())
                .withIgnorePunctuation(ignorePunctuation());
        return defaults.withCompare(compare).withDuplicates(defaults.duplicates().withMinLength(minDuplicateLength()))
                .withHideRoutine(node.getBoolean("hideRoutine", defaults.hideRoutine()));
    }

    /** Remembers the options the user chose, for the next start. */
    public void remember(AnalysisOptions options) {
        granularity(options.compare().granularity());
        ignoreWidth(options.compare().ignoreWidth());
        ignorePunctuation(options.compare().ignorePunctuation());
        minDuplicateLength(options.duplicates().minLength());
        hideRoutine(options.hideRoutine());
    }

    /** "zh", "en", or null to follow the system. */
    public String language() {
        return node.get("language", null);
    }

    public void language(String language) {
        node.put("language", language);
    }

    /**
     * Whether the user let the workspace at {@code workspace} read these reports outside its folder: agreed when
     * asked, or saved it so — a workspace this viewer wrote is no stranger's, and asking on every opening taught
     * the user to say yes without reading (tour 12). Keyed by the workspace and exactly these reports: the same
     * file naming other reports is asked about again.
     */
    public boolean trusts(Path workspace, List<String> outside) {
        return node.node(TRUSTED).get(trustKey(workspace, outside), null) != null;
    }

    /** Remembers that the workspace at {@code workspace} may read these reports outside its folder ({@link #trusts}). */
    public void trust(Path workspace, List<String> outside) {
        if (!outside.isEmpty()) {
            node.node(TRUSTED).put(trustKey(workspace, outside), workspace.toAbsolutePath().normalize().toString());
            flush(); // at once: a viewer that does not close properly still knows next time
        }
    }

    /** A digest of the workspace's path and the reports: a preferences key is at most 80 characters. */
    private static String trustKey(Path workspace, List<String> outside) {
        String named = workspace.toAbsolutePath().normalize() + "\n" + String.join("\n", outside);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(named.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // settings are a comfort; the window works without them being saved
        }
    }
}
