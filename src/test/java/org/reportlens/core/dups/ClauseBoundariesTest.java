package org.reportlens.core.dups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.ReportAnalyzer;

class ClauseBoundariesTest {
    /** The report's comparable characters with a | at every clause boundary. */
    private static String marked(String text) {
        KeyedReport.Keyed keyed = KeyedReport.of(ReportAnalyzer.analyze("r1", "r1.txt",
                new DecodedText(text, "UTF-8", List.of())));
        String key = keyed.key();
        BitSet b = keyed.boundaries();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i <= key.length(); i++) {
            if (b.get(i)) {
                out.append('|');
            }
            if (i < key.length()) {
                out.append(key.charAt(i));
            }
        }
        return out.toString();
    }

    @Test
    void clausesEndAfterTheirPunctuationAndAtLineEnds() {
        assertThat(marked("加快建设，推进改革；稳步发展。\n重点工作\n全面推进：乡村振兴、城市更新！"))
                .isEqualTo("|加快建设,|推进改革;|稳步发展。|重点工作|全面推进:|乡村振兴、|城市更新!|");
    }

    @Test
    void aClosingQuoteBelongsToTheClauseItCloses() {
        assertThat(marked("他说：“要加强。”我们照办。")).isEqualTo("|他说:|“要加强。”|我们照办。|");
    }

    @Test
    void punctuationInsideANumberIsNoBoundary() {
        assertThat(marked("增长7.5%，新增1,200家，时间13:30。")).isEqualTo("|增长7.5%,|新增1,200家,|时间13:30。|");
    }

    @Test
    void aPassageMayEndBeforeAHeadingsNumberNotAfterIt() {
        assertThat(marked("请予审议。\n一、2023年工作回顾\n（二）加强管理\n1.推进改革")).isEqualTo(
                "|请予审议。|一、2023年工作回顾|(二)加强管理|1.推进改革|");
    }
}
