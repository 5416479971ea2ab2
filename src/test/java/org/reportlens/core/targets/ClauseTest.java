package org.reportlens.core.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.text.CharFolding;

/** One clause read into metric, verb, value, unit and qualifier: the phrasings of real reviews. */
class ClauseTest {
    private static Clause read(String clause) {
        return Clause.read(CharFolding.fold(clause)).orElseThrow(() -> new AssertionError("not read: " + clause));
    }

    private static List<Object> parts(Clause c) {
        return java.util.Arrays.asList(c.metric(), c.verb(), c.value().toPlainString(), c.unit(), c.qualifier());
    }

    @Test
    void nearlyAboutAndOverStandBeforeTheNumber() {
        // 内江市 2022, and clauses of other real reports
        assertThat(parts(read("预计（下同）可实现地区生产总值近1600亿元"))).containsExactly("地区生产总值", "可实现", "1600", "亿元", "近");
        assertThat(parts(read("新型储能产业集群实现产值约1160亿元"))).containsExactly("新型储能产业集群实现产值", null, "1160", "亿元", "约");
        assertThat(parts(read("培育产值超5亿元"))).containsExactly("产值", "培育", "5", "亿元", "超");
    }

    @Test
    void aNoteOrADescriptionAfterTheFigureIsNoPartOfIt() {
        // 江苏省 2020; 长沙市 2026; 国务院 2019
        assertThat(parts(read("全省地区生产总值增长6.1%（按原核算方法计算增长6.4%）"))).containsExactly("地区生产总值", "增长", "6.1", "%", null);
        assertThat(parts(read("全市地区生产总值增长5%左右（预计数，下同）"))).containsExactly("地区生产总值", "增长", "5", "%", "左右");
        assertThat(parts(read("调查失业率稳定在5%左右的较低水平"))).containsExactly("调查失业率", "稳定在", "5", "%", "左右");
    }

    @Test
    void aLeadingYearAndSpacesBeforeTheUnitAreRead() {
        // 福建省 2026; 榆林市 2014, a saved page with spaces around the number
        assertThat(parts(read("2025年全省地区生产总值60199.45亿元"))).containsExactly("地区生产总值", null, "60199.45", "亿元", null);
        assertThat(parts(read("全市完成生产总值 2846.8 亿元"))).containsExactly("生产总值", "完成", "2846.8", "亿元", null);
        // 清远市 2014, 榆林市 2015: and before the qualifier
        assertThat(parts(read("居民消费价格总水平上涨幅度控制在 3% 以内"))).containsExactly("居民消费价格总水平上涨幅度", "控制在", "3", "%", "以内");
        assertThat(parts(read("生产总值增长 10% 左右"))).containsExactly("生产总值", "增长", "10", "%", "左右");
    }

    @Test
    void aFirstTimeIsTheFiguresNotTheMetrics() {
        // 国务院 2025
        assertThat(parts(read("粮食产量首次跃上1.4万亿斤新台阶"))).containsExactly("粮食产量", "跃上", "1.4", "万亿斤", null);
        assertThat(parts(read("单位国内生产总值能耗降幅超过3%"))).containsExactly("单位国内生产总值能耗", "降幅超过", "3", "%", null);
    }
}
