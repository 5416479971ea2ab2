package org.reportlens.core.dups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StockPhrasesTest {
    private final StockPhrases defaults = StockPhrases.defaults();

    @Test
    void theShippedListMutesTheCommonPhrasesWhetherWholeContainedOrCutOff() {
        assertThat(defaults.phrases()).contains("坚持以习近平新时代中国特色社会主义思想为指导");
        assertThat(defaults.isStock(StockPhrases.keyOf("坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻"))).isTrue();
        assertThat(defaults.isStock(StockPhrases.keyOf("近平新时代中国特色社会主义思想为指导"))).isTrue();
        // cut off at the start, followed by another phrase of the list
        assertThat(defaults.isStock(StockPhrases.keyOf("中国特色社会主义思想为指导，坚持稳中求进工作总基调"))).isTrue();
    }

    @Test
    void aPassageOnlyPartlyStockIsNot() {
        assertThat(defaults.isStock(StockPhrases.keyOf(
                "坚持以习近平新时代中国特色社会主义思想为指导，新认定高新技术企业184家，新注册科技型中小企业593家"))).isFalse();
        assertThat(defaults.isStock(StockPhrases.keyOf("新认定高新技术企业184家，新注册科技型中小企业593家"))).isFalse();
    }

    @Test
    void aUsersListReplacesTheShippedOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("stock.txt");
        Files.writeString(file, "# 我们自己的套话\n\n新注册科技型中小企业\n", StandardCharsets.UTF_8);
        StockPhrases mine = StockPhrases.read(file);
        assertThat(mine.phrases()).containsExactly("新注册科技型中小企业");
        assertThat(mine.isStock(StockPhrases.keyOf("新注册科技型中小企业"))).isTrue();
        assertThat(mine.isStock(StockPhrases.keyOf("坚持以习近平新时代中国特色社会主义思想为指导"))).isFalse();
        assertThat(StockPhrases.of(List.of()).isStock("任何文字")).isFalse();
    }
}
