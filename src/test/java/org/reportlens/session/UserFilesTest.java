package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.dups.StockPhrases;

class UserFilesTest {
    @Test
    void theUsersStockPhrasesAndMetricNamesAreUsedAndABrokenFileIsSkipped(@TempDir Path dir) throws Exception {
        UserFiles.Applied none = UserFiles.apply(AnalysisOptions.defaults(), dir);
        assertThat(none.options().duplicates().stockPhrases().phrases())
                .isEqualTo(StockPhrases.defaults().phrases()).isNotEmpty();
        assertThat(none.problems()).isEmpty();
        Files.writeString(dir.resolve(UserFiles.STOCK_PHRASES), "我们自己的套话\n");
        Files.writeString(dir.resolve(UserFiles.METRIC_NAMES),
                "{\"metrics\": [{\"name\": \"居民人均可支配收入\", \"same\": [\"人均可支配收入\"]}]}");
        UserFiles.Applied mine = UserFiles.apply(AnalysisOptions.defaults(), dir);
        assertThat(mine.options().duplicates().stockPhrases().phrases()).containsExactly("我们自己的套话");
        assertThat(mine.options().metricNames().canonical("人均可支配收入")).isEqualTo("居民人均可支配收入");
        assertThat(mine.problems()).isEmpty();
        Files.writeString(dir.resolve(UserFiles.METRIC_NAMES), "{ not json");
        UserFiles.Applied broken = UserFiles.apply(AnalysisOptions.defaults(), dir);
        assertThat(broken.options().metricNames().canonical("人均可支配收入")).isEqualTo("人均可支配收入");
        assertThat(broken.options().duplicates().stockPhrases().phrases()).containsExactly("我们自己的套话");
        // shown in the window, naming the file and the reason — not on stderr, where a window user never looks
        assertThat(broken.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("problem.metricNames");
            assertThat(p.args().get(0)).isEqualTo(dir.resolve(UserFiles.METRIC_NAMES));
            assertThat(String.valueOf(p.args().get(1))).contains("not valid JSON");
        });
    }

    @Test
    void aStockPhraseFileThatCannotBeReadIsAProblemAndTheShippedListIsUsed(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve(UserFiles.STOCK_PHRASES), new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xfd, 0x00});
        UserFiles.Applied applied = UserFiles.apply(AnalysisOptions.defaults(), dir);
        assertThat(applied.options().duplicates().stockPhrases().phrases())
                .isEqualTo(StockPhrases.defaults().phrases()).isNotEmpty();
        assertThat(applied.problems()).extracting(Notice::key).containsExactly("problem.stockPhrases");
    }
}
