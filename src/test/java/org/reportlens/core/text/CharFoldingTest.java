package org.reportlens.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharFoldingTest {
    @Test
    void fullWidthPunctuationAndDigitsFoldToHalfWidth() {
        assertThat(CharFolding.fold("（一）：，；！？１２３ＡＢ％\u3000")).isEqualTo("(一):,;!?123AB% ");
    }

    @Test
    void chinesePunctuationWithoutAHalfWidthFormStays() {
        assertThat(CharFolding.fold("。、“”《》—…㎡")).isEqualTo("。、“”《》—…㎡");
    }
}
