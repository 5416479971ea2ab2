package org.reportlens.session;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.compare.CompareOptions;
import org.reportlens.core.compare.Granularity;

/**
 * A session on the test's own thread: work and files lanes either run at once or wait for the test
 * ({@link QueuedExecutor}), delays pass by hand, settings in a preferences node of its own.
 */
final class SessionFixture implements AutoCloseable {
    final Preferences preferences;
    /** Whether closing removes the preferences: a later start by the same user ({@link #sameUser}) leaves them. */
    private final boolean ownsPreferences;
    final Settings settings;
    final ManualDelays delays = new ManualDelays();
    final Session session;
    final Review review;

    private SessionFixture(Path dir, Executor work, Executor files, UserFiles.Applied start) {
        this(Preferences.userRoot().node("org/reportlens/test-" + UUID.randomUUID()), true, dir, work, files, start);
    }

    private SessionFixture(Preferences preferences, boolean ownsPreferences, Path dir, Executor work, Executor files,
                           UserFiles.Applied start) {
        this.preferences = preferences;
        this.ownsPreferences = ownsPreferences;
        settings = new Settings(preferences, dir.resolve("recovery.rlw"));
        session = new Session(settings, new Scheduler(work, files, Runnable::run, delays, () -> { }), start);
        review = new Review(session);
    }

    /** Everything runs at once, on the test's thread. */
    static SessionFixture inline(Path dir) {
        return new SessionFixture(dir, Runnable::run, Runnable::run, start(List.of()));
    }

    /** Another start of the viewer by the user of {@code earlier}: its settings, which its closing removes. */
    static SessionFixture sameUser(SessionFixture earlier, Path dir) {
        return new SessionFixture(earlier.preferences, false, dir, Runnable::run, Runnable::run, start(List.of()));
    }

    static SessionFixture with(Path dir, Executor work, Executor files) {
        return new SessionFixture(dir, work, files, start(List.of()));
    }

    static SessionFixture withProblems(Path dir, List<Notice> problems) {
        return new SessionFixture(dir, Runnable::run, Runnable::run, start(problems));
    }

    /** Comparing by character, whatever the default is: the tests name the characters that change. */
    static AnalysisOptions characterOptions() {
        AnalysisOptions defaults = AnalysisOptions.defaults();
        return defaults.withCompare(CompareOptions.DEFAULTS.withGranularity(Granularity.CHARACTER));
    }

    private static UserFiles.Applied start(List<Notice> problems) {
        return new UserFiles.Applied(characterOptions(), problems);
    }

    @Override
    public void close() throws BackingStoreException {
        session.close();
        if (ownsPreferences) {
            preferences.removeNode();
        }
    }
}
