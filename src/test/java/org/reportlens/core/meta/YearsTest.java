package org.reportlens.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YearsTest {
    @Test
    void arabicFullWidthAndChineseNumeralYears() {
        assertThat(Years.all("2024年、２０２５年和二〇二六年，二零二七年")).containsExactly(2024, 2025, 2026, 2027);
    }

    @Test
    void onlyNumbersFollowedByNianAreYears() {
        assertThat(Years.all("新增2024家企业,12024年,增长2024%")).isEmpty();
        assertThat(Years.latest("过去五年(2018-2022年)和2022年工作回顾")).isEqualTo(2022);
        assertThat(Years.first("无年份")).isNull();
    }
}
