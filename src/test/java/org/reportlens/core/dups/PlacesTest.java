package org.reportlens.core.dups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

class PlacesTest {
    private static final String TEXT = "2025年东港市政府工作报告\n各位代表：\n一、2024年工作回顾\n过去一年成绩显著。\n"
            + "二、2025年工作安排\n（一）持续扩大有效需求\n扩大内需。\n（三）强化科创策源功能，建设创新高地\n"
            + "1.加快建设实验室\n建设重点实验室。\n";

    private static Report report(String id, String file, String text) {
        return ReportAnalyzer.analyze(id, file, new DecodedText(text, "UTF-8", List.of()));
    }

    @Test
    void aPlaceReadsAsTheYearThenTheSectionNumbersAndTheStartOfItsTitle() {
        Report r = report("r1", "2025.txt", TEXT);
        Places places = Places.of(List.of(r));
        assertThat(places.at("r1", TEXT.indexOf("过去一年"))).isEqualTo("2025年 · 一、2024年工作回顾");
        assertThat(places.at("r1", TEXT.indexOf("扩大内需"))).isEqualTo("2025年 · 二（一）持续扩大有效需求");
        // the title is cut at its first clause punctuation, and a long one after twelve characters
        assertThat(places.at("r1", TEXT.indexOf("建设重点实验室"))).isEqualTo("2025年 · 二（三）1.加快建设实验室");
        assertThat(places.of(new Occurrence("r1", TEXT.indexOf("（三）") + 4, TEXT.indexOf("（三）") + 8)))
                .isEqualTo("2025年 · 二（三）强化科创策源功能…");
        assertThat(places.section("r1", "2.2")).isEqualTo("2025年 · 二（三）强化科创策源功能…");
        // a title is never cut inside a number
        String plan = "2025年西港区政府工作报告\n二、今后五年工作思路和2025年重点工作\n扩大内需。\n";
        assertThat(Places.of(List.of(report("r2", "2025.txt", plan))).at("r2", plan.indexOf("扩大内需")))
                .isEqualTo("2025年 · 二、今后五年工作思路和…");
        // before the first heading: the report alone
        assertThat(places.at("r1", TEXT.indexOf("各位代表"))).isEqualTo("2025年");
        // a review written as topic leads: its sections have no number of their own
        String leads = "2023年甘肃省政府工作报告\n一、本届政府工作回顾\n交通瓶颈有效破解。公路里程增加。\n产业动能持续增强。工业增长。\n"
                + "科技赋能提质增效。创新提高。\n水利建设润泽陇原。工程建成。\n";
        assertThat(Places.of(List.of(report("r3", "2023.txt", leads))).at("r3", leads.indexOf("工业增长")))
                .isEqualTo("2023年 · 一、产业动能持续增强");
    }

    @Test
    void reportsOfSeveralGovernmentsOrTheSameYearAreToldApart() {
        Report a = report("r1", "dir/draft-v1.txt", TEXT);
        Report b = report("r2", "dir/draft-v2.txt", TEXT);
        Report c = report("r3", "other.txt", TEXT.replace("东港市", "西岗区"));
        Places sameYear = Places.of(List.of(a, b));
        assertThat(sameYear.report("r1")).isEqualTo("2025年（draft-v1）");
        assertThat(sameYear.report("r2")).isEqualTo("2025年（draft-v2）");
        Places twoGovernments = Places.of(List.of(a, c));
        assertThat(twoGovernments.report("r1")).isEqualTo("东港市 2025年");
        assertThat(twoGovernments.report("r3")).isEqualTo("西岗区 2025年");
        // files named by their year alone are told apart by their folders
        Places byFolder = Places.of(List.of(report("r1", "国务院/2025.txt", TEXT.replace("东港市", "")),
                report("r2", "其他/2025.txt", TEXT.replace("东港市", ""))));
        assertThat(byFolder.report("r1")).isEqualTo("2025年（国务院/2025）");
        assertThat(byFolder.report("r2")).isEqualTo("2025年（其他/2025）");
        Report noYear = report("r4", "notes/plan.txt", "一、工作安排\n扩大内需。\n");
        assertThat(Places.of(List.of(noYear)).at("r4", 8)).isEqualTo("plan · 一、工作安排");
    }
}
