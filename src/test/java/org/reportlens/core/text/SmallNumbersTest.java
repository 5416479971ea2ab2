package org.reportlens.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Days, months and headings' numerals as reports write them. */
class SmallNumbersTest {
    @Test
    void chineseNumeralsUpToNinetyNine() {
        assertThat(SmallNumbers.parse("三")).isEqualTo(3);
        assertThat(SmallNumbers.parse("十")).isEqualTo(10);
        assertThat(SmallNumbers.parse("十二")).isEqualTo(12);
        assertThat(SmallNumbers.parse("二十")).isEqualTo(20);
        assertThat(SmallNumbers.parse("二十三")).isEqualTo(23);
        assertThat(SmallNumbers.parse("三十一")).isEqualTo(31);
    }

    @Test
    void asciiDigits() {
        assertThat(SmallNumbers.parse("12")).isEqualTo(12);
        assertThat(SmallNumbers.parse("5")).isEqualTo(5);
    }

    @Test
    void anythingElseIsZero() {
        assertThat(SmallNumbers.parse("十十")).isZero();
        assertThat(SmallNumbers.parse("三三")).isZero();
        assertThat(SmallNumbers.parse("")).isZero();
    }
}
