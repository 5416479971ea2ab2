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

    private boolean stock(StockPhrases list, String passage) {
        return list.isStock(StockPhrases.keyOf(passage));
    }

    @Test
    void theShippedListMarksPoliticalFormulasAndTheClosingThanks() {
        assertThat(defaults.phrases()).hasSizeGreaterThan(1_000);
        assertThat(stock(defaults, "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，")).isTrue();
        assertThat(stock(defaults, "让我们更加紧密地团结在以习近平同志为核心的党中央周围，")).isTrue();
        // the closing thanks with a city's own name and troops in it: most of it is still shared wording
        assertThat(stock(defaults, "在此，我谨代表北京市人民政府，向全市人民，向全体人大代表、政协委员，向各民主党派、"
                + "各人民团体和各界人士，表示衷心的感谢！")).isTrue();
    }

    @Test
    void whatAGovernmentDoesIsNotStock() {
        assertThat(stock(defaults, "高水平办好中国国际服务贸易交易会、中关村论坛、金融街论坛。")).isFalse();
        assertThat(stock(defaults, "深入实施高新技术企业培育“小升高”行动，")).isFalse();
    }

    @Test
    void aPassageStatingAFigureIsNeverStockHoweverCommonItsWording() {
        String target = "今年经济社会发展主要预期目标是：地区生产总值增长5%以上，一般公共预算收入增长4%，";
        assertThat(StockPhrases.statesAFigure(StockPhrases.keyOf(target))).isTrue();
        assertThat(stock(StockPhrases.of(List.of(target)), target)).isFalse();
        // a year or a date is no figure
        assertThat(StockPhrases.statesAFigure(StockPhrases.keyOf("2024年3月5日在第十四届全国人民代表大会第二次会议上"))).isFalse();
    }

    @Test
    void clausePunctuationAndWidthDoNotMatter() {
        StockPhrases list = StockPhrases.of(List.of("统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作"));
        assertThat(stock(list, "统筹推进稳增长，促改革，调结构，惠民生，防风险各项工作。")).isTrue();
        assertThat(stock(list, "统筹推进稳增长,促改革,调结构,惠民生,防风险各项工作;")).isTrue();
    }

    @Test
    void aPassageIsStockWhenSeventyPercentOfItsWordsAreInTheList() {
        StockPhrases list = StockPhrases.of(List.of("坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念"));
        // 24 of 34 words are the list's, 71%
        assertThat(stock(list, "坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，坚持以首都发展为统领，")).isTrue();
        // 24 of 42, 57%
        assertThat(stock(list, "坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，深入实施人文北京、科技北京、绿色北京战略，")).isFalse();
    }

    @Test
    void aUsersListReplacesTheShippedOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("stock.txt");
        Files.writeString(file, "# 我们自己的套话\n\n新注册科技型中小企业\r\n", StandardCharsets.UTF_8);
        StockPhrases mine = StockPhrases.read(file);
        assertThat(mine.phrases()).containsExactly("新注册科技型中小企业");
        assertThat(stock(mine, "新注册科技型中小企业")).isTrue();
        assertThat(stock(mine, "坚持以习近平新时代中国特色社会主义思想为指导")).isFalse();
        assertThat(StockPhrases.of(List.of()).isStock("任何文字")).isFalse();
    }
}
