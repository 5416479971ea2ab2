package org.reportlens.core.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parts as real reports set them out (issue 13), one test per rule, on excerpts of the reports that
 * taught them. The outline is sketched one line per heading: "level number|- title [kind]", indented
 * by depth; leads are left out.
 */
class PartsTest {

    private static List<OutlineNode> parse(String text) {
        return OutlineSketch.parse(text);
    }

    private static String sketch(String text) {
        return OutlineSketch.of(text, n -> n.lead() ? null : n.level() + " " + (n.number() == null ? "-" : n.number()) + " " + n.title()
                + (n.level() == 1 ? " [" + (n.part() == null ? "none" : n.part().id()) + "]" : ""));
    }

    private static List<Part> kinds(String... titles) {
        return Part.classify(List.of(titles));
    }

    @Test
    void partsOnUnnumberedLinesHoldTheNumberedSectionsBeneath() {
        // 德阳市 2022
        String text = String.join("\n",
                "各位代表：",
                "过去五年及2021年工作回顾",
                "五年来，我们坚持转变发展方式优化经济结构，经济发展质效更优动力更强。",
                "今后五年的工作思路和主要目标",
                "围绕上述目标，今年将重点抓好七个方面工作：",
                "一、聚焦产业升级，不断提升经济发展质效",
                "（一）做强先进制造业。正文。",
                "二、聚焦成德同城，深度融入协同发展大局",
                "建设人民满意的服务型政府",
                "正文。");
        assertThat(sketch(text)).isEqualTo(String.join("\n",
                "1 - 过去五年及2021年工作回顾 [review]",
                "1 - 今后五年的工作思路和主要目标 [plan]",
                "  2 一 聚焦产业升级，不断提升经济发展质效",
                "    3 一 做强先进制造业",
                "  2 二 聚焦成德同城，深度融入协同发展大局",
                "1 - 建设人民满意的服务型政府 [other]"));
    }

    @Test
    void unnumberedPartsWithSectionsInBracketsAndAProposal() {
        // 成都市 2024
        String text = String.join("\n",
                "2023年工作回顾",
                "（一）坚持科技引领、创新驱动，现代化产业体系加快构建",
                "正文。",
                "2024年工作安排建议",
                "重点抓好以下九个方面工作。",
                "（一）坚定不移推动经济稳中有进，加快实现质的有效提升和量的合理增长。正文。",
                "全面加强政府自身建设",
                "正文。");
        assertThat(sketch(text)).isEqualTo(String.join("\n",
                "1 - 2023年工作回顾 [review]",
                "  2 一 坚持科技引领、创新驱动，现代化产业体系加快构建",
                "1 - 2024年工作安排建议 [plan]",
                "  2 一 坚定不移推动经济稳中有进，加快实现质的有效提升和量的合理增长",
                "1 - 全面加强政府自身建设 [other]"));
    }

    @Test
    void sentencesAndShortProseAreNoPartLines() {
        String text = String.join("\n",
                "一年来，我们主要做了以下工作：",
                "重点抓好以下九个方面工作。",
                "2024年成都市人民政府工作报告",
                "——2024年2月1日在成都市第十八届人民代表大会第二次会议上",
                "加快建设重点区域",
                "正文。");
        assertThat(sketch(text)).isEmpty();
    }

    @Test
    void markdownHeadingMarksAreNoPartOfTheTitle() {
        // 国务院 1984 and 2015, 1960 ("## 一")
        String text = String.join("\n",
                "# 1984年政府工作报告",
                "## 关于国内建设",
                "正文。",
                "### 一、认真地有步骤地改革城市经济中普遍存在的吃“大锅饭”的弊端，更好地调动企业和职工的积极性。",
                "正文。",
                "## 关于外交工作",
                "正文。");
        assertThat(sketch(text)).isEqualTo(String.join("\n",
                "1 - 关于国内建设 [other]",
                "  2 一 认真地有步骤地改革城市经济中普遍存在的吃“大锅饭”的弊端，更好地调动企业和职工的积极性",
                "1 - 关于外交工作 [other]"));
        assertThat(sketch("## 一、2014年工作回顾\n正文。\n## 二、2015年工作总体部署\n正文。")).isEqualTo(
                "1 一 2014年工作回顾 [review]\n1 二 2015年工作总体部署 [plan]");
        assertThat(sketch("## 一\n正文。\n## 二\n正文。")).isEqualTo("1 一  [other]\n1 二  [other]");
    }

    @Test
    void planPartsNamedAsProposalsKeyPointsMainWorkOrDoingTheYearsWorkWell() {
        assertThat(kinds("2023年工作回顾", "2024年工作建议")).containsExactly(Part.REVIEW, Part.PLAN);
        assertThat(kinds("2019年工作回顾", "2020年工作重点")).containsExactly(Part.REVIEW, Part.PLAN);
        assertThat(kinds("2017年工作回顾", "2018年主要工作")).containsExactly(Part.REVIEW, Part.PLAN);
        assertThat(kinds("2016年工作回顾", "2017年工作意见")).containsExactly(Part.REVIEW, Part.PLAN);
        // 福建省 2007, 国务院 2023
        assertThat(kinds("“十一五”开局良好", "落实“四个重在”，扎实做好2007年工作")).containsExactly(Part.OTHER, Part.PLAN);
        assertThat(kinds("过去一年和五年工作回顾", "对今年政府工作的建议")).containsExactly(Part.REVIEW, Part.PLAN);
    }

    @Test
    void aYearsWorkReviewsBesideALaterYear() {
        // 绍兴市 2014, 威海市 2021, 陕西省 2024
        assertThat(kinds("2013年主要工作", "2014年的目标任务")).containsExactly(Part.REVIEW, Part.PLAN);
        assertThat(kinds("2020年政府工作", "“十三五”时期经济社会发展成就", "2021年政府工作重点"))
                .containsExactly(Part.REVIEW, Part.REVIEW, Part.PLAN);
        assertThat(kinds("2023年工作回顾", "2024年工作")).containsExactly(Part.REVIEW, Part.PLAN);
    }

    @Test
    void aFiveYearPartIsAnOutlookBesideTheYearsPlanAndThePlanAlone() {
        // 北京市 2021, 西安市 2021; 清远市 2022 (a new term: the five-year part is the plan)
        assertThat(kinds("“十三五”时期经济社会发展回顾", "“十四五”时期的主要目标与任务", "2021年重点任务"))
                .containsExactly(Part.REVIEW, Part.OUTLOOK, Part.PLAN);
        assertThat(kinds("2020年及“十三五”工作回顾", "关于“十四五”规划和二〇三五年远景目标纲要", "2021年政府工作安排"))
                .containsExactly(Part.REVIEW, Part.OUTLOOK, Part.PLAN);
        assertThat(kinds("过去五年工作回顾", "今后五年目标任务")).containsExactly(Part.REVIEW, Part.PLAN);
        assertThat(kinds("2021年和过去五年工作回顾", "今后五年工作思路和2022年主要工作建议")).containsExactly(Part.REVIEW, Part.PLAN);
    }

    @Test
    void thePlanOfAFormerPeriodCarriedOutIsReviewed() {
        // 哈尔滨市 2001, 甘肃省 2001
        assertThat(kinds("“九五”计划执行情况和2000年工作回顾", "2001年的主要任务")).containsExactly(Part.REVIEW, Part.PLAN);
        assertThat(kinds("关于“九五”计划的完成情况", "关于二〇〇一年的政府工作")).containsExactly(Part.REVIEW, Part.PLAN);
    }

    @Test
    void anAppendixKeepsItsOwnHeadings() {
        // 成都市 2024
        String text = "三、全面加强政府自身建设\n正文。\n附件1\n成都市2024年民生实事工作目标\n一、交通出行\n正文。\n二、市容环境\n正文。\n"
                + "名词解释\n正文。";
        assertThat(sketch(text)).isEqualTo(String.join("\n",
                "1 三 全面加强政府自身建设 [other]",
                "1 - 附件1 [other]",
                "  2 一 交通出行",
                "  2 二 市容环境",
                "1 - 名词解释 [other]"));
    }

    @Test
    void aPartWhoseTitleDoesNotTellIsKnownByWhatItHolds() {
        // 福建省 2026
        String text = String.join("\n",
                "一、一年接着一年干，新福建建设持续推进",
                "过去一年，我们深入贯彻党中央决策部署。",
                "二、一鼓作气勇争先，全力推动“十五五”开好局、起好步",
                "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5%左右。",
                "三、一以贯之转作风，努力建设人民满意的服务型政府",
                "正文。");
        assertThat(parse(text)).extracting(OutlineNode::part).containsExactly(Part.REVIEW, Part.PLAN, Part.OTHER);
    }
}
