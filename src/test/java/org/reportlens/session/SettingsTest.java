package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.compare.Granularity;

class SettingsTest {
    private final Preferences preferences = Preferences.userRoot().node("org/reportlens/test-" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    @Test
    void recentFilesAndOptionsAreRemembered() {
        Settings settings = new Settings(preferences);
        settings.addRecent(List.of("a.txt", "b.txt"));
        settings.addRecent(List.of("c.txt", "a.txt"));
        assertThat(settings.recentFiles()).containsExactly("c.txt", "a.txt", "b.txt");
        settings.granularity(Granularity.WORD);
        settings.minDuplicateLength(30);
        Settings again = new Settings(preferences);
        assertThat(again.granularity()).isEqualTo(Granularity.WORD);
        assertThat(again.minDuplicateLength()).isEqualTo(30);
        assertThat(again.options(AnalysisOptions.defaults()).compare().granularity()).isEqualTo(Granularity.WORD);
        assertThat(again.options(AnalysisOptions.defaults()).duplicates().minLength()).isEqualTo(30);
    }

    @Test
    void optionsChosenAreRememberedForTheNextStart() {
        AnalysisOptions d = AnalysisOptions.defaults();
        AnalysisOptions chosen = d.withCompare(d.compare().withGranularity(Granularity.SENTENCE).withIgnorePunctuation(true)
                .withIgnoreWidth(false)).withDuplicates(d.duplicates().withMinLength(44));
        new Settings(preferences).remember(chosen);
        AnalysisOptions next = new Settings(preferences).options(d);
        assertThat(next.compare()).isEqualTo(chosen.compare());
        assertThat(next.duplicates().minLength()).isEqualTo(44);
        assertThat(Settings.RECENT_FILES).isEqualTo(10);
    }
}
