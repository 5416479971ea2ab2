package org.reportlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.core.analysis.AnalysisOptions;

class UserFilesTest {
    @Test
    void theUsersStockPhrasesAndMetricNamesAreUsedAndABrokenFileIsSkipped(@TempDir Path dir) throws Exception {
        AnalysisOptions none = UserFiles.apply(AnalysisOptions.defaults(), dir);
        assertThat(none.duplicates().stockPhrases().phrases())
                .isEqualTo(org.reportlens.core.dups.StockPhrases.defaults().phrases()).isNotEmpty();
        Files.writeString(dir.resolve(UserFiles.STOCK_PHRASES), "我们自己的套话\n");
        Files.writeString(dir.resolve(UserFiles.METRIC_NAMES),
                "{\"metrics\": [{\"name\": \"居民人均可支配收入\", \"same\": [\"人均可支配收入\"]}]}");
        AnalysisOptions mine = UserFiles.apply(AnalysisOptions.defaults(), dir);
        assertThat(mine.duplicates().stockPhrases().phrases()).containsExactly("我们自己的套话");
        assertThat(mine.metricNames().canonical("人均可支配收入")).isEqualTo("居民人均可支配收入");
        Files.writeString(dir.resolve(UserFiles.METRIC_NAMES), "{ not json");
        AnalysisOptions broken = UserFiles.apply(AnalysisOptions.defaults(), dir);
        assertThat(broken.metricNames().canonical("人均可支配收入")).isEqualTo("人均可支配收入");
        assertThat(broken.duplicates().stockPhrases().phrases()).containsExactly("我们自己的套话");
    }
}
