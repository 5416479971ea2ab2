package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

/** Reports with hundreds of parts and sections are aligned in blocks, and still section with section. */
class AlignerBudgetTest {
    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    /** 1 → 一, 12 → 十二, 22 → 二十二. */
    private static String chinese(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
    }

    /** {@code parts} parts of ten sections, each about its own numbered place and year. */
    private static Report report(String id, int year, int parts) {
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= parts; p++) {
            text.append(chinese(p)).append("、第").append(p).append("片区").append(year).append("年工作\n");
            for (int s = 1; s <= 10; s++) {
                int place = p * 100 + s;
                text.append("（").append(chinese(s)).append("）建设第").append(place).append("号示范园区\n")
                        .append("推进第").append(place).append("号示范园区建设，完成投资").append(place % 7 + 3)
                        .append("亿元，引进第").append(place).append("号龙头企业，建成第").append(place)
                        .append("号产业基地。\n");
            }
        }
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text.toString(), "UTF-8", List.of()));
    }

    @Test
    void hundredsOfSectionsAreAlignedBlockByBlock() {
        Report a = report("r1", 2023, 22);
        Report b = report("r2", 2024, 22);
        assertThat((long) AlignUnit.of(0, a).size() * AlignUnit.of(1, b).size())
                .isGreaterThan(SectionAligner.UNIT_BUDGET);
        Comparison c = Comparer.compare(List.of(a, b), CompareOptions.DEFAULTS);
        long partners = c.alignment().stream().filter(r -> r.present() == 2).count();
        assertThat(c.alignment()).allSatisfy(r -> {
            if (r.present() == 2) {
                assertThat(r.sections().get(0)).isEqualTo(r.sections().get(1));
            }
        });
        assertThat(partners).isGreaterThan(230);
    }
}
