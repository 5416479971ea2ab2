package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

/**
 * A report made from a real one by moving every year on by one, as an editor drafting next year's
 * report would start, compared with the real one: nothing but routine units, and with routine
 * hidden nothing at all. The fixture is an excerpt of 2024年海口市政府工作报告 (title, delivery
 * line, part headings, sentences naming years, a note dated 2023年12月28日).
 */
class RoutineYearsTest {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9.])(19|20)(\\d\\d)(?=年|[—-]\\d{4}年)");

    private static String excerpt() throws IOException {
        try (InputStream in = RoutineYearsTest.class.getResourceAsStream("haikou-2024-excerpt.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every year of {@code text} (digits followed by 年) one on. */
    private static String yearOn(String text) {
        Matcher m = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(Integer.parseInt(m.group()) + 1));
        }
        return m.appendTail(out).toString();
    }

    private static Report report(String id, String file, String text) {
        return ReportAnalyzer.analyze(id, file, new DecodedText(text, "UTF-8", List.of()));
    }

    @Test
    void aReportWithEveryYearMovedOnIsAllRoutineAndNothingWithRoutineHidden() throws IOException {
        String real = excerpt();
        String next = yearOn(real);
        assertThat(next).startsWith("2025年海口市政府工作报告").contains("二、2025年工作安排", "2024年12月28日");
        Report a = report("r1", "2024.txt", real);
        Report b = report("r2", "2025.txt", next);
        PairComparison pair = Comparer.compare(List.of(a, b), CompareOptions.DEFAULTS).pairs().get(0);
        assertThat(pair.yearsApart()).isEqualTo(1);
        assertThat(pair.units()).extracting(DiffUnit::kind).containsOnly(UnitKind.SAME, UnitKind.ROUTINE);
        // each year, and nothing else, is a routine change to the year after
        List<Change> changes = pair.changes();
        assertThat(changes).allSatisfy(c -> assertThat(c.routine()).isTrue());
        assertThat(changes).extracting(c -> real.substring(c.a().start(), c.a().end()) + "→"
                + next.substring(c.b().start(), c.b().end())).containsExactly("2024→2025", "2024→2025", "2023→2024",
                "2024→2025", "2024→2025", "2023→2024");
        assertThat(pair.units(true)).extracting(DiffUnit::kind).containsOnly(UnitKind.SAME);
        assertThat(pair.changes(true)).isEmpty();
        UnitInvariants.check(pair, a, b, CompareOptions.DEFAULTS, true);
    }

    @Test
    void movedYearsKeepTheLengthOfTheKeyAndLeaveOtherNumbersAlone() {
        RoutineYears.Shifted s = RoutineYears.shift("确保2024—2026年能耗下降，投资2000亿元，较2020年下降，第四次会议，二〇二四年", 1);
        assertThat(s.key()).isEqualTo("确保2025—2027年能耗下降，投资2000亿元，较2021年下降，第五次会议，二〇二五年");
        assertThat(s.ranges()).hasSize(5);
        assertThat(RoutineYears.shift("第十七届人民代表大会第十次会议，建党100周年，2099年", 1).ranges()).isEmpty();
        assertThat(RoutineYears.shift("２０２４年", 2).key()).isEqualTo("２０２６年");
        assertThat(RoutineYears.shift("一九九八年三月五日", 1).key()).isEqualTo("一九九九年三月五日");
        assertThat(RoutineYears.shift("一九九九年", 1).key()).isEqualTo("二〇〇〇年");
    }
}
