package org.reportlens.core.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Small texts, the outline written compactly: one line per node, "id level number title" with
 * "~" marking a lead, indented by depth.
 */
class OutlineParserTest {

    private static List<OutlineNode> parse(String text) {
        return OutlineSketch.parse(text);
    }

    private static String sketch(String text) {
        return OutlineSketch.of(text, n -> n.id() + " " + (n.lead() ? "~" : n.level() + " " + n.number()) + " " + n.title());
    }

    @Test
    void headingsOnTheirOwnLineAndOpeningAParagraph() {
        String text = String.join("\n",
                "一、2023年工作回顾",
                "(一)全力推进经济回升向好,综合经济实力持续壮大。积极扩投资促消费。全年新开工项目600个。",
                "（二）深入实施科教兴市战略",
                "办好人民满意的教育。新建中小学10所。",
                "二、2024年工作任务",
                "1.加快建设重点区域。推进改造。",
                "(1)东关街。实现竣工。",
                "2、积极盘活闲置资源",
                "3．持续扩大有效投资");
        assertThat(sketch(text)).isEqualTo(String.join("\n",
                "1 1 一 2023年工作回顾",
                "  1.1 2 一 全力推进经济回升向好,综合经济实力持续壮大",
                "    1.1.1 ~ 积极扩投资促消费",
                "  1.2 2 二 深入实施科教兴市战略",
                "    1.2.1 ~ 办好人民满意的教育",
                "2 1 二 2024年工作任务",
                "  2.1 3 1 加快建设重点区域",
                "    2.1.1 4 1 东关街",
                "  2.2 3 2 积极盘活闲置资源",
                "  2.3 3 3 持续扩大有效投资"));
    }

    @Test
    void theSpeakersAddressToTheAssemblyOpensNoTopic() {
        // 国务院 2023: "本届政府任期即将结束。" before the address stood as a part of its own
        String text = String.join("\n", "政府工作报告", "各位代表：",
                "本届政府任期即将结束。现在，我代表国务院，向大会报告工作，请予审议，并请全国政协委员提出意见。",
                "一、过去一年工作回顾", "经济平稳运行。国内生产总值增长3%。");
        assertThat(sketch(text)).isEqualTo(String.join("\n",
                "1 1 一 过去一年工作回顾",
                "  1.1 ~ 经济平稳运行"));
        assertThat(sketch(String.join("\n", "各位代表：",
                "我们的国家在前进。现在我代表国务院向第一届全国人民代表大会第四次会议报告工作。", "一、一九五六年的工作", "稳步前进。")))
                .as("the 1950s' wording").startsWith("1 1 一 一九五六年的工作");
        // a topic before the first part that is no address stays one (凉山 2014's review opens on its leads)
        assertThat(sketch(String.join("\n", "经济平稳较快增长。实现地区生产总值1214.4亿元。", "一、2014年工作安排", "稳增长。")))
                .startsWith("1 ~ 经济平稳较快增长");
    }

    @Test
    void aSectionThatLostItsOpeningBracketIsReadWhereItContinuesTheNumbering() {
        // 武汉市 2004: "三）不失时机地深化改革、扩大开放，…" between (二) and (四)
        String text = String.join("\n",
                "一、2003年工作回顾",
                "（二）聚精会神地组织经济运行，经济发展呈现速度和结构相统一的态势。正文。",
                "三）不失时机地深化改革、扩大开放，城市发展的动力与活力不断增强。正文。",
                "（四）始终不渝地抓好项目兴市工作，城市综合功能稳步提升。正文。",
                "六）这里跳过了五，不是节。",
                "二、2004年的主要任务",
                "二）没有前一节，也不是节。");
        assertThat(sketch(text)).isEqualTo(String.join("\n",
                "1 1 一 2003年工作回顾",
                "  1.1 2 二 聚精会神地组织经济运行，经济发展呈现速度和结构相统一的态势",
                "  1.2 2 三 不失时机地深化改革、扩大开放，城市发展的动力与活力不断增强",
                "  1.3 2 四 始终不渝地抓好项目兴市工作，城市综合功能稳步提升",
                "2 1 二 2004年的主要任务"));
    }

    @Test
    void partsAreClassified() {
        List<OutlineNode> nodes = parse("一、2023年工作回顾\n正文。\n二、“十五五”主要目标和2026年重点工作安排\n正文。\n"
                + "三、建设新时代人民满意的服务型政府\n(一)以政治建设锤炼忠诚品格。正文。");
        assertThat(nodes).extracting(OutlineNode::part).containsExactly(Part.REVIEW, Part.PLAN, Part.OTHER);
        assertThat(nodes.get(2).children().get(0).part()).as("children inherit their part").isEqualTo(Part.OTHER);
    }

    @Test
    void spansCoverHeadingAndBodyUpToTheNextHeading() {
        String text = "  一、回顾\n  (一)经济。正文一。\n  (二)创新。正文二。\n  二、任务\n  正文三。";
        List<OutlineNode> nodes = parse(text);
        OutlineNode first = nodes.get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("一、回顾\n  (一)经济。正文一。\n  (二)创新。正文二。");
        assertThat(text.substring(first.start(), first.headingEnd())).isEqualTo("一、回顾");
        OutlineNode section = first.children().get(0);
        assertThat(text.substring(section.start(), section.headingEnd())).isEqualTo("(一)经济。");
        assertThat(text.substring(section.start(), section.end())).isEqualTo("(一)经济。正文一。");
        OutlineNode last = nodes.get(1);
        assertThat(text.substring(last.start(), last.end())).isEqualTo("二、任务\n  正文三。");
    }

    @Test
    void leadSpansItsParagraphsUntilTheNextLead() {
        String text = "(一)实施攻坚行动\n加快建设重点区域。抢抓机遇,做好工作。\n继续做实前期工作,推进改造。\n积极盘活闲置资源。推动出让。";
        OutlineNode section = parse(text).get(0);
        assertThat(section.children()).hasSize(2);
        OutlineNode lead = section.children().get(0);
        assertThat(text.substring(lead.start(), lead.headingEnd())).isEqualTo("加快建设重点区域。");
        assertThat(text.substring(lead.start(), lead.end()))
                .isEqualTo("加快建设重点区域。抢抓机遇,做好工作。\n继续做实前期工作,推进改造。");
    }

    @Test
    void aReviewOrPlanPartWrittenAsTopicLeadsHasThemAsItsSections() {
        // 甘肃 2023: no numbered section in its review; a lead saying what the year was opens the part, it
        // is not one of its sections (one after them, thanking for the results, closes the part: the part's own
        // text, not its last section's); a part on one topic keeps its leads as a section keeps its own; three
        // leads are not yet a structure
        String text = String.join("\n",
                "一、本届政府工作回顾",
                "2022年是极不平凡的一年。我们攻坚克难，各项事业取得新成就。",
                "交通瓶颈有效破解。公路总里程达到15.7万公里。",
                "产业动能持续增强。工业增加值年均增长6.6%。",
                "科技赋能提质增效。综合科技创新水平指数提高。",
                "水利建设润泽陇原。引洮供水二期工程建成。",
                "五年来的成绩来之不易。这是全省上下共同奋斗的结果。",
                "二、2023年重点工作",
                "大力改造提升传统产业。深入实施产业链链长制。",
                "放大能源资源优势。打造清洁能源基地。",
                "培育壮大新兴产业。发展新能源、新材料。",
                "三、加强政府自身建设",
                "坚定捍卫“两个确立”。深刻领悟其决定性意义。",
                "始终站稳人民立场。践行以人民为中心的发展思想。",
                "严格做到依法行政。自觉接受人大监督。",
                "永葆廉洁干事本色。落实全面从严治党责任。");
        assertThat(sketch(text)).isEqualTo(String.join("\n",
                "1 1 一 本届政府工作回顾",
                "  1.1 ~ 2022年是极不平凡的一年",
                "  1.2 2 null 交通瓶颈有效破解",
                "  1.3 2 null 产业动能持续增强",
                "  1.4 2 null 科技赋能提质增效",
                "  1.5 2 null 水利建设润泽陇原",
                "  1.6 ~ 五年来的成绩来之不易",
                "2 1 二 2023年重点工作",
                "  2.1 ~ 大力改造提升传统产业",
                "  2.2 ~ 放大能源资源优势",
                "  2.3 ~ 培育壮大新兴产业",
                "3 1 三 加强政府自身建设",
                "  3.1 ~ 坚定捍卫“两个确立”",
                "  3.2 ~ 始终站稳人民立场",
                "  3.3 ~ 严格做到依法行政",
                "  3.4 ~ 永葆廉洁干事本色"));
        OutlineNode section = parse(text).get(0).children().get(1);
        assertThat(text.substring(section.start(), section.headingEnd())).isEqualTo("交通瓶颈有效破解。");
        OutlineNode last = parse(text).get(0).children().get(4);
        assertThat(text.substring(last.start(), last.end())).endsWith("引洮供水二期工程建成。");
        assertThat(last.children()).isEmpty();
        assertNested(parse(text));
    }

    @Test
    void aStatementBetweenTopicLeadsOpensWhatFollowsAndIsASection() {
        // 绍兴 2016: "2015年是“十二五”规划最后一年。" opens the year's review after the five years' topics
        String text = String.join("\n",
                "一、“十二五”及2015年工作回顾",
                "“十二五”时期是绍兴发展很不平凡的五年。我们攻坚克难。",
                "产业更具竞争力。工业增加值年均增长8%。",
                "城市更具影响力。城市化率提高到63%。",
                "2015年是“十二五”规划最后一年。一是稳增长，二是促改革。",
                "环境更具吸引力。空气优良天数比例提高。",
                "民生更具幸福感。城乡居民收入年均增长9%。");
        assertThat(sketch(text)).isEqualTo(String.join("\n",
                "1 1 一 “十二五”及2015年工作回顾",
                "  1.1 ~ “十二五”时期是绍兴发展很不平凡的五年",
                "  1.2 2 null 产业更具竞争力",
                "  1.3 2 null 城市更具影响力",
                "  1.4 2 null 2015年是“十二五”规划最后一年",
                "  1.5 2 null 环境更具吸引力",
                "  1.6 2 null 民生更具幸福感"));
        assertNested(parse(text));
    }

    @Test
    void headlineBulletsBeforeAReviewInProseAreNotItsSections() {
        // 2023年 国务院 reviewed the year in "——" bullets, then in thousands of characters of prose; here the
        // prose opens on no lead (the real one numbers its topics "一是…六是": see the next test)
        String prose = "我们加大宏观调控力度，着力推动经济回升向好。" + "实施积极的财政政策，减税降费，稳定就业。".repeat(40) + "\n"
                + "我们依靠改革开放，增强发展内生动力。" + "深化重点领域改革，扩大高水平对外开放。".repeat(40);
        String text = String.join("\n",
                "一、2023年工作回顾",
                "——经济总体回升向好。国内生产总值增长5.2%。",
                "——就业物价总体平稳。城镇新增就业1244万人。",
                "——国际收支保持平衡。进出口总额稳中有增。",
                "——民生保障有力有效。居民人均可支配收入增长6.1%。",
                prose,
                "二、2024年政府工作任务",
                "（一）着力推动高质量发展。正文。");
        assertThat(sketch(text)).startsWith(String.join("\n",
                "1 1 一 2023年工作回顾",
                "  1.1 ~ ——经济总体回升向好",
                "  1.2 ~ ——就业物价总体平稳",
                "  1.3 ~ ——国际收支保持平衡",
                "  1.4 ~ ——民生保障有力有效"));
    }

    @Test
    void topicsNumberedInProseAreThePartsSectionsThoughTheirLeadsHaveCommas() {
        // 南昌 2025: the review has no heading below its part; "一是…八是" open its topics, each a deed and its
        // result ("聚焦扩大内需，经济循环持续畅通"); an ordinal with a colon or semicolon opens no lead
        String text = String.join("\n",
                "一、2024年工作回顾",
                "一年来，主要做了以下工作：",
                "一是聚焦扩大内需，经济循环持续畅通。争取中央预算内资金。",
                "二是聚焦科技引领，创新动能持续增强。全社会研发投入强度突破2.0%。",
                "三是聚焦项目带动，产业能级持续提升。推进亿元及以上工业项目350个。",
                "四是聚焦攻坚克难，改革开放持续发力。深入实施全面深化改革三年攻坚行动。",
                "五是：聚焦提质扩容。城市功能持续完善。",
                "二、2025年工作安排",
                "（一）全方位扩大需求。正文。");
        assertThat(sketch(text)).startsWith(String.join("\n",
                "1 1 一 2024年工作回顾",
                "  1.1 2 null 一是聚焦扩大内需，经济循环持续畅通",
                "  1.2 2 null 二是聚焦科技引领，创新动能持续增强",
                "  1.3 2 null 三是聚焦项目带动，产业能级持续提升",
                "  1.4 2 null 四是聚焦攻坚克难，改革开放持续发力",
                "2 1 二 2025年工作安排"));
        OutlineNode fourth = parse(text).get(0).children().get(3);
        assertThat(text.substring(fourth.start(), fourth.end())).endsWith("城市功能持续完善。");
        assertNested(parse(text));
    }

    @Test
    void leadsAfterTheFirstNumberedTopicThatAreNotTheNextNumberAreInsideTheTopicBefore() {
        // 国务院 2015: "扎实推动重点改革。" is a topic of "二是深化改革开放…", not a section beside it; four leads or
        // more before "一是" keep the role they would have without it (德阳 2022 reviews five years in topics, then
        // the year)
        String text = String.join("\n",
                "一、2014年工作回顾",
                "经济实力再上台阶。生产总值年均增长8%。",
                "产业转型提质增效。三次产业结构优化。",
                "创新动能加速积蓄。研发投入强度提高。",
                "城市品质明显提升。城市更新全面推进。",
                "一是在区间调控基础上实施定向调控，保持经济稳定增长。我们坚持不搞强刺激。",
                "有效实施积极的财政政策和稳健的货币政策。扩大结构性减税范围。",
                "二是深化改革开放，激发经济社会发展活力。我们把改革作为头号工程。",
                "扎实推动重点改革。财税体制改革迈出新步伐。",
                "以开放促改革促发展。进出口保持增长。",
                "三是加大结构调整力度，增强发展后劲。我们着力稳定农业。",
                "四是织密织牢民生保障网，增进人民福祉。我们优先保障民生支出。",
                "二、2015年工作总体部署",
                "（一）今年的主要预期目标。正文。");
        assertThat(sketch(text)).startsWith(String.join("\n",
                "1 1 一 2014年工作回顾",
                "  1.1 2 null 经济实力再上台阶",
                "  1.2 2 null 产业转型提质增效",
                "  1.3 2 null 创新动能加速积蓄",
                "  1.4 2 null 城市品质明显提升",
                "  1.5 2 null 一是在区间调控基础上实施定向调控，保持经济稳定增长",
                "    1.5.1 ~ 有效实施积极的财政政策和稳健的货币政策",
                "  1.6 2 null 二是深化改革开放，激发经济社会发展活力",
                "    1.6.1 ~ 扎实推动重点改革",
                "    1.6.2 ~ 以开放促改革促发展",
                "  1.7 2 null 三是加大结构调整力度，增强发展后劲",
                "  1.8 2 null 四是织密织牢民生保障网，增进人民福祉",
                "2 1 二 2015年工作总体部署"));
        assertNested(parse(text));
    }

    @Test
    void headlineBulletsBeforeTheNumberedTopicsOpenThePart() {
        // 国务院 2019: six "——" bullets sum up the year, then "一是…八是" tell it; the bullets are the part's
        // opening, one level of sections is the numbered topics; so is a lead or two (湖北 2017's 成如容易却艰辛)
        String text = String.join("\n",
                "一、2018年工作回顾",
                "——经济运行保持在合理区间。国内生产总值增长6.6%。",
                "——经济结构不断优化。消费拉动经济增长作用进一步增强。",
                "——发展新动能快速成长。嫦娥四号等科技创新成果丰硕。",
                "——改革开放取得新突破。国务院机构改革顺利实施。",
                "成如容易却艰辛。这些成绩来之不易。",
                "一是创新和完善宏观调控，经济保持平稳运行。面对经济下行压力，我们坚持不搞“大水漫灌”。",
                "二是扎实打好三大攻坚战，重点任务取得积极进展。防范化解重大风险有序推进。",
                "三是深化供给侧结构性改革，实体经济活力不断释放。加大破除无效供给力度。",
                "四是深入实施创新驱动发展战略，创新能力和效率进一步提升。大力优化创新生态。",
                "二、2019年政府工作任务",
                "（一）继续创新和完善宏观调控。正文。");
        assertThat(sketch(text)).startsWith(String.join("\n",
                "1 1 一 2018年工作回顾",
                "  1.1 ~ ——经济运行保持在合理区间",
                "  1.2 ~ ——经济结构不断优化",
                "  1.3 ~ ——发展新动能快速成长",
                "  1.4 ~ ——改革开放取得新突破",
                "  1.5 ~ 成如容易却艰辛",
                "  1.6 2 null 一是创新和完善宏观调控，经济保持平稳运行",
                "  1.7 2 null 二是扎实打好三大攻坚战，重点任务取得积极进展",
                "  1.8 2 null 三是深化供给侧结构性改革，实体经济活力不断释放",
                "  1.9 2 null 四是深入实施创新驱动发展战略，创新能力和效率进一步提升",
                "2 1 二 2019年政府工作任务"));
        assertNested(parse(text));
    }

    @Test
    void lessonsNumberedAfterAParagraphThatSaysSoAreNoSections() {
        // 银川 2017: four years reviewed in prose, then what they taught, "一是必须坚持…"
        String lessons = String.join("\n",
                "一是必须坚持以新发展理念为指导，实施“反梯度”发展战略。理念决定思路。",
                "二是必须坚持以改革创新为引领，推进开放内涵式发展。改革是关键一招。",
                "三是必须坚持以问题为导向，锐意进取、攻坚克难。问题是时代的声音。",
                "四是必须坚持以为民谋福祉为中心，切实办好民生实事。民生无小事。",
                "二、今后五年的工作思路",
                "（一）建设创新型银川。正文。");
        String taught = String.join("\n", "一、四年来的主要工作", "四年来，全市经济稳步增长，城市面貌深刻变化。",
                "四年的成绩来之不易，四年的体会与经验弥足珍贵，需要在今后工作中牢牢汲取。", lessons);
        assertThat(sketch(taught)).startsWith(String.join("\n",
                "1 1 一 四年来的主要工作",
                "  1.1 ~ 一是必须坚持以新发展理念为指导，实施“反梯度”发展战略"));
        // the same topics after a paragraph that only introduces them are the part's sections
        String done = taught.replace("四年的成绩来之不易，四年的体会与经验弥足珍贵，需要在今后工作中牢牢汲取。", "主要做了以下工作：");
        assertThat(sketch(done)).startsWith(String.join("\n",
                "1 1 一 四年来的主要工作",
                "  1.1 2 null 一是必须坚持以新发展理念为指导，实施“反梯度”发展战略"));
    }

    @Test
    void bulletsOfSeveralParagraphsBeforeTheNumberedTopicsStaySections() {
        // 江西 2023: 2022 reviewed in five "——" bullets of 425-648 characters, then five years in "一是…"
        String body = "全年完成各项目标任务，主要指标增速高于全国平均水平。".repeat(18);
        String text = String.join("\n",
                "一、过去一年和五年工作回顾",
                "——经济运行企稳向好。" + body,
                "——转型升级持续深化。" + body,
                "——市场活力更大激发。" + body,
                "——协同发展继续推进。" + body,
                "一是经济发展量质双升，综合实力迈上新台阶。GDP突破3万亿元。",
                "二是创新动能加速集聚，产业结构持续优化。研发投入强度提高。",
                "三是改革开放纵深推进，发展活力充分释放。营商环境持续优化。",
                "四是城乡面貌显著改善，区域发展更加协调。新型城镇化加快。",
                "二、2023年工作安排",
                "（一）着力扩大内需。正文。");
        assertThat(sketch(text)).contains("  1.1 2 null ——经济运行企稳向好", "  1.5 2 null 一是经济发展量质双升，综合实力迈上新台阶");
    }

    @Test
    void aNumberedRunThatRestartsOrSkipsANumberIsReadAsOneRun() {
        // three features listed "一是…三是", then the year's work "一是…六是" whose "四是" opens on no lead
        String text = String.join("\n",
                "一、2024年工作回顾",
                "一是速度快，增长较快。全年增长6%。",
                "二是质量好，效益提升。利润增长。",
                "三是后劲足，投资增长。项目增多。",
                "主要做了以下工作：",
                "一是聚焦扩大内需，经济循环持续畅通。争取资金。",
                "二是聚焦科技引领，创新动能持续增强。研发投入。",
                "三是聚焦项目带动，产业能级持续提升。推进项目。",
                "四是：聚焦攻坚克难，改革开放持续发力。深化改革。",
                "五是聚焦提质扩容，城市功能持续完善。城市更新。",
                "六是聚焦有效衔接，乡村振兴持续推进。粮食增产。",
                "二、2025年工作安排",
                "（一）扩大需求。正文。");
        assertThat(sketch(text)).startsWith(String.join("\n",
                "1 1 一 2024年工作回顾",
                "  1.1 ~ 一是速度快，增长较快",
                "  1.2 ~ 二是质量好，效益提升",
                "  1.3 ~ 三是后劲足，投资增长",
                "  1.4 2 null 一是聚焦扩大内需，经济循环持续畅通",
                "  1.5 2 null 二是聚焦科技引领，创新动能持续增强",
                "  1.6 2 null 三是聚焦项目带动，产业能级持续提升",
                "  1.7 2 null 五是聚焦提质扩容，城市功能持续完善",
                "  1.8 2 null 六是聚焦有效衔接，乡村振兴持续推进",
                "2 1 二 2025年工作安排"));
    }

    @Test
    void pointsNumberedUnderOneOfManyPlainTopicsAreInsideIt() {
        String text = String.join("\n",
                "一、2024年工作回顾",
                "经济运行稳中有进。全年增长6%。",
                "改革开放纵深推进。主要抓了四件事。",
                "一是深化国企改革，活力增强。完成改制。",
                "二是优化营商环境，主体增多。新增企业。",
                "三是扩大对外开放，外贸增长。进出口增长。",
                "四是推进要素改革，效率提升。土地改革。",
                "城乡面貌持续改善。完成改造。",
                "生态环境明显好转。优良天数增加。",
                "民生福祉不断增进。收入增长。",
                "社会大局和谐稳定。治安良好。",
                "二、2025年工作安排",
                "（一）扩大需求。正文。");
        assertThat(sketch(text)).startsWith(String.join("\n",
                "1 1 一 2024年工作回顾",
                "  1.1 2 null 经济运行稳中有进",
                "  1.2 2 null 改革开放纵深推进",
                "    1.2.1 ~ 一是深化国企改革，活力增强",
                "    1.2.2 ~ 二是优化营商环境，主体增多",
                "    1.2.3 ~ 三是扩大对外开放，外贸增长",
                "    1.2.4 ~ 四是推进要素改革，效率提升",
                "  1.3 2 null 城乡面貌持续改善"));
    }

    @Test
    void experienceMentionedBeforeNumberedTopicsIsNoLessonAndAPeriodIsNoOrdinal() {
        String text = String.join("\n",
                "一、2024年工作回顾",
                "一年来，我们认真总结推广试点经验，重点抓了以下工作。",
                "一是聚焦扩大内需，经济循环持续畅通。争取资金。",
                "二是聚焦科技引领，创新动能持续增强。研发投入。",
                "三是聚焦项目带动，产业能级持续提升。推进项目。",
                "四是聚焦攻坚克难，改革开放持续发力。深化改革。",
                "十四五是我市发展极不平凡的五年，成绩来之不易，经验弥足珍贵。我们攻坚克难。",
                "二、2025年工作安排",
                "（一）扩大需求。正文。");
        assertThat(sketch(text)).startsWith(String.join("\n",
                "1 1 一 2024年工作回顾",
                "  1.1 2 null 一是聚焦扩大内需，经济循环持续畅通"));
        assertThat(sketch(text)).doesNotContain("十四五是");
    }

    @Test
    void topicsNumberedFirstSecondHeadTheTopicsBetweenThem() {
        // 林芝 2023: "第一，开足马力抓项目，全力以赴促投资。" heads three topic leads, "第二，…" the next four
        String text = String.join("\n",
                "二、2023年工作安排",
                "第一，开足马力抓项目，全力以赴促投资。抓实项目前期。",
                "加强基础设施建设。推进重大项目。",
                "加快释放消费潜力。促进消费回暖。",
                "第二，立足优势抓产业，培优育强促发展。优化一产。",
                "加快构建现代农业产业体系。发展特色农业。",
                "加快生态旅游产业恢复提振。发展全域旅游。",
                "第三，见行见效办实事，笃行不怠惠民生。办好实事。",
                "着力办好民生实事。兑现承诺。",
                "第四，深化改革促开放，创新驱动添动能。深化改革。",
                "深化重点领域改革。推进国企改革。",
                "推进创新驱动发展。建设创新平台。");
        assertThat(sketch(text)).isEqualTo(String.join("\n",
                "1 1 二 2023年工作安排",
                "  1.1 2 null 第一，开足马力抓项目，全力以赴促投资",
                "    1.1.1 ~ 加强基础设施建设",
                "    1.1.2 ~ 加快释放消费潜力",
                "  1.2 2 null 第二，立足优势抓产业，培优育强促发展",
                "    1.2.1 ~ 加快构建现代农业产业体系",
                "    1.2.2 ~ 加快生态旅游产业恢复提振",
                "  1.3 2 null 第三，见行见效办实事，笃行不怠惠民生",
                "    1.3.1 ~ 着力办好民生实事",
                "  1.4 2 null 第四，深化改革促开放，创新驱动添动能",
                "    1.4.1 ~ 深化重点领域改革",
                "    1.4.2 ~ 推进创新驱动发展"));
        assertNested(parse(text));
    }

    @Test
    void threeNumberedTopicsDoNotMakeThePlainLeadsBesideThemSections() {
        // 国务院 2015: "第一，…第三，…" with two policy leads under the first: five leads, but no structure of four
        String text = String.join("\n",
                "二、2015年工作总体部署",
                "第一，稳定和完善宏观经济政策。继续实施积极的财政政策。",
                "积极的财政政策要加力增效。赤字率提高到2.3%。",
                "稳健的货币政策要松紧适度。广义货币增长12%左右。",
                "第二，保持稳增长与调结构的平衡。保持经济运行在合理区间。",
                "第三，培育和催生经济社会发展新动力。推进大众创业。",
                "三、2015年重点工作",
                "（一）推进简政放权。正文。");
        assertThat(sketch(text)).startsWith(String.join("\n",
                "1 1 二 2015年工作总体部署",
                "  1.1 ~ 第一，稳定和完善宏观经济政策"));
    }

    @Test
    void paragraphsOpeningOnTheSameWordsAreThePartsSectionsTitledByTheirFirstSentence() {
        // 长沙 2025: six "一年来，我们…，…。" paragraphs are its review; three would be prose
        String review = String.join("\n",
                "一、2024年工作回顾",
                "过去一年，我们坚持稳中求进，各项工作取得新成效。",
                "一年来，我们全力以赴拼经济、稳增长，经济回升向好态势更加巩固。政策效应加速释放。",
                "一年来，我们坚定不移抓集群、育主体，现代化产业体系不断完善。工业园区提质增效。",
                "一年来，我们持之以恒强创新、增动能，全球研发中心城市建设阔步前行。科创平台提档升级。",
                "一年来，我们用心用情惠民生、守底线，最具幸福感城市品牌成色更足。民生实事全面完成。",
                "二、2025年工作重点",
                "（一）全面扩大有效需求。正文。");
        assertThat(sketch(review)).startsWith(String.join("\n",
                "1 1 一 2024年工作回顾",
                "  1.1 2 null 一年来，我们全力以赴拼经济、稳增长，经济回升向好态势更加巩固",
                "  1.2 2 null 一年来，我们坚定不移抓集群、育主体，现代化产业体系不断完善",
                "  1.3 2 null 一年来，我们持之以恒强创新、增动能，全球研发中心城市建设阔步前行",
                "  1.4 2 null 一年来，我们用心用情惠民生、守底线，最具幸福感城市品牌成色更足",
                "2 1 二 2025年工作重点"));
        String three = review.replace("一年来，我们用心用情惠民生、守底线，最具幸福感城市品牌成色更足。民生实事全面完成。\n", "");
        assertThat(sketch(three)).startsWith("1 1 一 2024年工作回顾\n2 1 二 2025年工作重点");
        assertNested(parse(review));
    }

    @Test
    void aLeadAnnouncingWhatTheYearsTaughtClosesTheReviewItIsNoSection() {
        // 孝感 2016: five "一年来，我们致力于…" topics, then "五年来积累的经验难能可贵。…我们体会到：…", the review's own
        String review = String.join("\n",
                "一、“十二五”工作回顾",
                "一年来，我们致力于稳增长壮产业，经济实力不断增强。工业增加值增长。",
                "一年来，我们致力于扩投资增后劲，发展基础不断夯实。项目建设提速。",
                "一年来，我们致力于抓改革促创新，发展活力不断释放。改革全面推进。",
                "一年来，我们致力于惠民生兜底线，人民群众得到实惠。民生支出增长。",
                "五年来积累的经验难能可贵。在政府工作实践中，我们体会到：必须坚持发展第一要务。",
                "二、2016年工作安排",
                "（一）做大做强实体经济。正文。");
        assertThat(sketch(review)).startsWith(String.join("\n",
                "1 1 一 “十二五”工作回顾",
                "  1.1 2 null 一年来，我们致力于稳增长壮产业，经济实力不断增强",
                "  1.2 2 null 一年来，我们致力于扩投资增后劲，发展基础不断夯实",
                "  1.3 2 null 一年来，我们致力于抓改革促创新，发展活力不断释放",
                "  1.4 2 null 一年来，我们致力于惠民生兜底线，人民群众得到实惠",
                "  1.5 ~ 五年来积累的经验难能可贵",
                "2 1 二 2016年工作安排"));
        // the lessons are the part's text: the last topic ends before them
        OutlineNode last = parse(review).get(0).children().get(3);
        assertThat(review.substring(last.start(), last.end())).doesNotContain("经验");
        // a topic that only gained experience is a topic
        String gained = review.replace("五年来积累的经验难能可贵。在政府工作实践中，我们体会到：必须坚持发展第一要务。",
                "一年来，我们致力于强作风优服务，积累了宝贵经验。效能明显提升。");
        assertThat(sketch(gained)).contains("  1.5 2 null 一年来，我们致力于强作风优服务，积累了宝贵经验");
        assertNested(parse(review));
    }

    @Test
    void aParagraphOnWhatTheYearsTaughtAfterTheLastSectionIsThePartsText() {
        // 甘肃 2021, 湖北 2004, 哈尔滨 2018: "五年的发展实践，使我们深刻体会到…", "我们主要有以下几点体会：…" after the last section
        for (String lesson : List.of("五年的发展实践，使我们深刻体会到，做好政府工作：必须旗帜鲜明讲政治。",
                "回顾一年来的工作，我们主要有以下几点体会：一是必须坚持工业兴省。",
                "一年来，我们深切体会到，面对压力和挑战，关键在于践行新发展理念。")) {
            String text = String.join("\n",
                    "一、2020年工作回顾",
                    "（一）经济运行稳中有进。全年增长。",
                    "（二）民生福祉持续增进。新增就业。",
                    lesson,
                    "二、2021年工作安排",
                    "（一）扩大有效需求。正文。");
            OutlineNode livelihood = parse(text).get(0).children().get(1);
            assertThat(text.substring(livelihood.start(), livelihood.end())).as(lesson).doesNotContain("体会");
        }
    }

    @Test
    void theYearsOtherWorkListedAfterTheLastSectionIsThePartsText() {
        // 南京 2024 and 2026: the same list closed a last section on risks and one on livelihoods, and drew them together
        String list = "过去一年，全市民族、宗教、审计、统计、外事、对台事务、港澳、侨务、参事、档案、地方志、仲裁等工作取得新成绩，"
                + "老龄、妇女儿童、青少年、残疾人等事业取得新进步。";
        String text = String.join("\n",
                "一、2023年工作回顾",
                "（五）持续增进民生福祉。新增就业。",
                "（六）扎实做好风险防范化解和社会治理工作。排查隐患。",
                list,
                "二、2024年重点工作",
                "（一）扩大内需。正文。");
        OutlineNode risks = parse(text).get(0).children().get(1);
        assertThat(text.substring(risks.start(), risks.end())).doesNotContain("审计");
        // 江苏 2021: five years' other work, after a short clause of its own
        String fiveYears = text.replace(list, "五年来，全省老龄、妇女儿童、青少年、残疾人、工会、红十字、慈善等事业取得新成效。");
        OutlineNode afterFiveYears = parse(fiveYears).get(0).children().get(1);
        assertThat(fiveYears.substring(afterFiveYears.start(), afterFiveYears.end())).doesNotContain("老龄");
        // a plan's list of work to do, and a short list inside a section, are the section's
        for (String kept : List.of("加强国家安全、宗教、史志、档案、社科、港澳、邮政、离退休干部等工作，支持外事、侨务工作。",
                "过去一年，民族、宗教、审计等工作取得新成绩。")) {
            String inside = text.replace(list, kept);
            OutlineNode last = parse(inside).get(0).children().get(1);
            assertThat(inside.substring(last.start(), last.end())).as(kept).contains(kept.substring(0, 8));
        }
    }

    @Test
    void repeatedOpenersThatHeadGroupsOfTopicsOrSumUpBeforeNumberedOnesAreNoSections() {
        // 达州 2023: "这一年，我们…" heads groups of plain topics, which are the sections
        String groups = String.join("\n",
                "一、2022年工作回顾",
                "这一年，我们迎难而上，成功应对超预期风险挑战。我们统筹发展和安全。",
                "这一年，我们超常努力，全力稳住经济大盘。我们出台政策。",
                "千方百计保住市场主体。减税降费。",
                "全力以赴抢抓项目投资。开工项目。",
                "这一年，我们聚力攻坚，大事要事实现新突破。我们攻坚克难。",
                "万达开示范区建设全面提速。方案获批。",
                "“双园驱动”成势见效。园区扩容。",
                "这一年，我们心系群众，民生福祉不断增进。我们办好实事。",
                "社会事业加快发展。教育医疗。",
                "二、2023年工作安排",
                "（一）提振内需。正文。");
        assertThat(sketch(groups)).contains("  1.3 2 null 千方百计保住市场主体", "  1.6 2 null “双园驱动”成势见效")
                .doesNotContain("2 null 这一年");
        // 南昌 2025: four "这一年，我们…" sum up the year before "一是…" tells it
        String summed = String.join("\n",
                "一、2024年工作回顾",
                "这一年，我们迎难而上，经济稳中有进。地区生产总值增长。",
                "这一年，我们改革攻坚，活力不断释放。改革落地。",
                "这一年，我们用心用情办实事，民生实事全面完成。建成项目。",
                "这一年，我们守牢底线，社会大局稳定。安全生产。",
                "一年来，主要做了以下工作：",
                "一是聚焦扩大内需，经济循环持续畅通。争取资金。",
                "二是聚焦科技引领，创新动能持续增强。研发投入。",
                "三是聚焦项目带动，产业能级持续提升。推进项目。",
                "四是聚焦攻坚克难，改革开放持续发力。深化改革。",
                "二、2025年工作安排",
                "（一）扩大需求。正文。");
        assertThat(sketch(summed)).contains("  1.1 ~ 这一年，我们迎难而上，经济稳中有进", "  1.5 2 null 一是聚焦扩大内需，经济循环持续畅通");
    }

    @Test
    void aTitlesTopicWordsLeaveOutWhatOnlyNumbersOrOpensIt() {
        String text = String.join("\n",
                "一、2024年工作回顾",
                "一是聚焦扩大内需，经济循环持续畅通。争取资金。",
                "第二，立足优势抓产业，培优育强促发展。优化一产。",
                "十四五是我市发展极不平凡的五年。我们攻坚克难。");
        List<OutlineNode> leads = parse(text).get(0).children();
        assertThat(leads).extracting(OutlineNode::topicWords)
                .containsExactly("聚焦扩大内需，经济循环持续畅通", "立足优势抓产业，培优育强促发展", "十四五是我市发展极不平凡的五年");
        String opened = "一、2024年工作回顾\n" + "一年来，我们全力以赴拼经济、稳增长，经济回升向好态势更加巩固。正文。\n".repeat(4);
        assertThat(parse(opened).get(0).children().get(0).topicWords()).isEqualTo("全力以赴拼经济、稳增长，经济回升向好态势更加巩固");
    }

    @Test
    void aNumberedRunWhoseLastTopicHasTopicsOfItsOwnIsStillThePartsSections() {
        // "五是加强政府自身建设" lists its own topics after it: they are its, the numbers are the sections
        String text = String.join("\n",
                "一、2024年工作回顾",
                "一是聚焦扩大内需，经济循环持续畅通。争取资金。",
                "二是聚焦科技引领，创新动能持续增强。研发投入。",
                "三是聚焦项目带动，产业能级持续提升。推进项目。",
                "四是聚焦攻坚克难，改革开放持续发力。深化改革。",
                "五是加强政府自身建设，履职能力不断提升。我们从严治政。",
                "坚持依法行政。接受监督。",
                "严守廉洁底线。厉行节约。",
                "提高行政效能。优化服务。",
                "持续改进作风。狠抓落实。",
                "二、2025年工作安排",
                "（一）扩大需求。正文。");
        assertThat(sketch(text)).contains("  1.1 2 null 一是聚焦扩大内需，经济循环持续畅通",
                "  1.5 2 null 五是加强政府自身建设，履职能力不断提升", "    1.5.1 ~ 坚持依法行政", "    1.5.4 ~ 持续改进作风");
    }

    @Test
    void aRepeatedOpenerCountsOnlyWhereItOpensALeadAndNotInsideANumberedSection() {
        String sentence = "一年来，我们全力以赴拼经济、稳增长，经济回升向好态势更加巩固。正文。";
        // 保山 2023: "一年来，我们主要做了以下工作：" opens no lead, so three leads are not four
        String three = String.join("\n", "一、2024年工作回顾", "一年来，我们主要做了以下工作：", sentence, sentence, sentence,
                "二、2025年工作安排", "（一）扩大需求。正文。");
        assertThat(sketch(three)).startsWith("1 1 一 2024年工作回顾\n2 1 二 2025年工作安排");
        // 合肥 2025: under a numbered section it is a sentence of that section
        String inSection = String.join("\n", "一、2024年工作回顾", "（一）聚力稳增长，向好态势持续提升。正文。",
                sentence, sentence, sentence, sentence, "二、2025年工作安排", "（一）扩大需求。正文。");
        assertThat(sketch(inSection)).startsWith(String.join("\n",
                "1 1 一 2024年工作回顾", "  1.1 2 一 聚力稳增长，向好态势持续提升", "2 1 二 2025年工作安排"));
    }

    @Test
    void longTopicsOpenedAlikeBeforeTheNumberedOnesStaySectionsAndLessonsAfterTheLastStayThePartsText() {
        // 绍兴 2016: five years in "五年来，我们始终…" of several paragraphs each, then 2015 in "一是…"
        String body = "全市经济持续健康发展，综合实力明显增强，发展质量不断提高。".repeat(12);
        String text = String.join("\n",
                "一、“十二五”及2015年工作回顾",
                "五年来，我们始终坚持转型升级，产业结构持续优化。" + body,
                "五年来，我们始终坚持改革开放，发展活力不断增强。" + body,
                "五年来，我们始终坚持城乡统筹，城乡面貌深刻变化。" + body,
                "五年来，我们始终坚持民生优先，人民生活持续改善。" + body,
                "一是标本兼治保稳促调，经济运行平稳。把稳增长放在突出位置。",
                "二是治水治气治土，环境质量改善。深化五水共治。",
                "三是整治提升城乡环境，城市品质提升。推进三改一拆。",
                "四是认真办好民生实事，群众生活改善。民生支出增长。",
                "五年来，我们也看到，发展还存在不少问题。我们将认真解决。",
                "五年的体会与经验弥足珍贵，需要在今后工作中牢牢汲取。",
                "一是必须坚持发展第一要务。发展是硬道理。",
                "二是必须坚持改革创新。改革是动力。",
                "二、2016年工作安排",
                "（一）推进转型升级。正文。");
        String sketch = sketch(text);
        assertThat(sketch).contains("  1.1 2 null 五年来，我们始终坚持转型升级，产业结构持续优化",
                "  1.5 2 null 一是标本兼治保稳促调，经济运行平稳", "  1.9 ~ 一是必须坚持发展第一要务")
                .as("turning to the shortcomings is no topic").doesNotContain("我们也看到");
        assertNested(parse(text));
    }

    @Test
    void topicsNumberedOnlyToThreeOrWithinASectionAreLeadsNotSections() {
        // three numbered topics are not yet a structure; inside a numbered section (呼和浩特 2026's "一要…，…")
        // they are its leads
        String text = String.join("\n",
                "一、2025年工作回顾",
                "一是聚焦扩大内需，经济循环持续畅通。争取中央预算内资金。",
                "二是聚焦科技引领，创新动能持续增强。研发投入强度突破2.0%。",
                "三是聚焦项目带动，产业能级持续提升。推进工业项目350个。",
                "二、2026年重点工作",
                "（一）在全面落实战略定位上当好先锋",
                "一要强化生态保护和治理，在筑牢生态安全屏障上担当作为。实施重点工程。",
                "二要统筹发展和安全，在筑牢安全稳定屏障上担当作为。守住底线。");
        assertThat(sketch(text)).isEqualTo(String.join("\n",
                "1 1 一 2025年工作回顾",
                "  1.1 ~ 一是聚焦扩大内需，经济循环持续畅通",
                "  1.2 ~ 二是聚焦科技引领，创新动能持续增强",
                "  1.3 ~ 三是聚焦项目带动，产业能级持续提升",
                "2 1 二 2026年重点工作",
                "  2.1 2 一 在全面落实战略定位上当好先锋",
                "    2.1.1 ~ 一要强化生态保护和治理，在筑牢生态安全屏障上担当作为",
                "    2.1.2 ~ 二要统筹发展和安全，在筑牢安全稳定屏障上担当作为"));
    }

    @Test
    void bulletsOfSeveralParagraphsDivideTheirPartThoughTheLastRunsOn() {
        // 铁岭 2016: ten review bullets of 300-500 characters; the last runs on into the five years' summary
        String body = "全年完成各项目标任务，主要指标增速高于全省平均水平，各项工作取得新进展。".repeat(10);
        String summary = "随着2015年的过去，我们走过了不平凡的“十二五”，全市经济社会发展迈上新台阶。".repeat(60);
        String text = String.join("\n",
                "一、2015年暨“十二五”工作回顾",
                "——对外开放取得新成果。" + body,
                "——工业发展迈出新步伐。" + body,
                "——农业农村经济健康发展。" + body,
                "——社会保持和谐稳定。" + body,
                summary,
                "二、2016年工作安排",
                "（一）深入开展项目年活动。正文。");
        assertThat(sketch(text)).startsWith(String.join("\n",
                "1 1 一 2015年暨“十二五”工作回顾",
                "  1.1 2 null ——对外开放取得新成果",
                "  1.2 2 null ——工业发展迈出新步伐",
                "  1.3 2 null ——农业农村经济健康发展",
                "  1.4 2 null ——社会保持和谐稳定"));
    }

    @Test
    void whereTheTopicsAreDashedBulletsALeadWithoutTheDashIsASentenceOfTheBulletBefore() {
        // 铁岭 2014: two facts between the review's "——" bullets open paragraphs as leads would; they are
        // what "——发展保障能力得到增强" holds, not sections of their own
        String text = String.join("\n",
                "一、2013年工作回顾",
                "——国民经济平稳发展。全市地区生产总值增长8%。",
                "——对外开放取得新成果。实际利用外资增长12%。",
                "——工业经济发展水平进一步提升。规模以上工业增加值增长10%。",
                "——发展保障能力得到增强。融资渠道进一步拓宽。",
                "向上争取各类无偿资金133亿元。比上年增长15%。",
                "安邦农业贷款担保业务签订协议。为农户提供担保。",
                "——百姓福祉进一步提高。城乡居民收入稳步增长。",
                "——社会保持和谐稳定。安全生产形势稳定。",
                "二、2014年的主要工作",
                "（一）全力提高对外开放水平。正文。");
        assertThat(sketch(text)).startsWith(String.join("\n",
                "1 1 一 2013年工作回顾",
                "  1.1 2 null ——国民经济平稳发展",
                "  1.2 2 null ——对外开放取得新成果",
                "  1.3 2 null ——工业经济发展水平进一步提升",
                "  1.4 2 null ——发展保障能力得到增强",
                "    1.4.1 ~ 向上争取各类无偿资金133亿元",
                "    1.4.2 ~ 安邦农业贷款担保业务签订协议",
                "  1.5 2 null ——百姓福祉进一步提高",
                "  1.6 2 null ——社会保持和谐稳定",
                "2 1 二 2014年的主要工作"));
        OutlineNode holding = parse(text).get(0).children().get(3);
        assertThat(text.substring(holding.start(), holding.end())).endsWith("为农户提供担保。");
        assertNested(parse(text));
    }

    @Test
    void headlineBulletsWhoseLastHoldsTheProseLeadsAfterThemAreNotSections() {
        // 国务院 2017: "——" headlines of a sentence, then the year's work in plain leads of long prose; were the
        // leads sentences of the last bullet, it would hold the review: the part keeps its leads
        String prose = "深入推进供给侧结构性改革，扎实做好稳增长、促改革、调结构、惠民生、防风险各项工作。".repeat(30);
        String text = String.join("\n",
                "一、2016年工作回顾",
                "——经济运行保持在合理区间。国内生产总值增长6.7%。",
                "——经济结构继续优化。消费贡献率达到64.6%。",
                "——发展新动能快速成长。新登记企业增长24.5%。",
                "——基础设施支撑能力持续提升。新建高速铁路1900公里。",
                "——改革开放深入推进。重要领域改革取得突破。",
                "——人民生活继续改善。城镇新增就业1314万人。",
                "着力推进结构性改革。" + prose,
                "着力深化重点领域改革。" + prose,
                "二、2017年工作总体部署",
                "（一）今年发展的主要预期目标。正文。");
        assertThat(sketch(text)).startsWith(String.join("\n",
                "1 1 一 2016年工作回顾",
                "  1.1 ~ ——经济运行保持在合理区间"));
    }

    @Test
    void dashedBulletsAmongAsManyOtherLeadsDoNotMakeThemSentences() {
        // 湖北 2026: the five years in "——" bullets, the year in plain leads: both are the review's sections
        String text = String.join("\n",
                "一、“十四五”时期和2025年工作回顾",
                "——综合实力跃上新台阶。全省生产总值突破6万亿元。",
                "——创新能力实现新突破。研发投入强度提高。",
                "——改革开放取得新进展。营商环境持续优化。",
                "——民生福祉得到新提升。居民收入稳步增长。",
                "经济运行稳中有进。全年生产总值增长5.5%。",
                "就业和税收两大核心关切总体向好。城镇新增就业90万人。",
                "基本民生保障水平进一步提高。办好十件民生实事。",
                "二、2026年工作安排",
                "（一）扩大内需。正文。");
        assertThat(sketch(text)).contains("  1.5 2 null 经济运行稳中有进", "  1.7 2 null 基本民生保障水平进一步提高");
    }

    @Test
    void closingRemarksAfterAPartsLastSectionAreThePartsOwnText() {
        // 邢台 2023: "各位代表！…" after (八) turns to the delegates on the government's own work; it is no
        // part of (八) nor of its last lead, but of the part; "各位代表" before a later heading closes nothing
        String text = String.join("\n",
                "二、2023年重点工作安排",
                "（七）坚持尽力而为、量力而行，着力增进人民群众福祉。健全公共服务。",
                "各位代表，民生实事要办好。我们将继续办好十件实事。",
                "办好人民满意教育。新改扩建学校63所。",
                "（八）坚持人民至上、生命至上，着力维护社会大局稳定。",
                "毫不放松抓好安全生产。压实责任体系。",
                "不断提升社会治理水平。守住不发生系统性风险底线。",
                "各位代表！面对新时代新使命新任务，我们一定深入推进治理，建设人民满意的政府。",
                "严格依法行政。自觉接受人大监督。",
                "各位代表！让我们更加紧密地团结起来，不断前进！");
        OutlineNode part = parse(text).get(0);
        OutlineNode seventh = part.children().get(0);
        OutlineNode eighth = part.children().get(1);
        assertThat(text.substring(seventh.start(), seventh.end())).endsWith("新改扩建学校63所。");
        assertThat(text.substring(eighth.start(), eighth.end())).endsWith("守住不发生系统性风险底线。");
        OutlineNode lastLead = eighth.children().get(eighth.children().size() - 1);
        assertThat(lastLead.end()).isEqualTo(eighth.end());
        assertThat(text.substring(eighth.end(), part.end())).startsWith("\n各位代表！面对新时代").endsWith("不断前进！");
        // a topic lead in the remarks is the part's, as the remarks are (宁夏 2016: "坚持依法行政。…")
        assertThat(sketch(text)).endsWith(String.join("\n",
                "    1.2.2 ~ 不断提升社会治理水平",
                "  1.3 ~ 严格依法行政"));
        assertThat(part.children().get(2).level()).isEqualTo(2);
        assertNested(parse(text));
    }

    @Test
    void whereEverySectionEndsOnTheDelegatesTheLastOnesRemarksAreItsOwn() {
        // 银川 2020: each plan section closes with "各位代表！…" on its topic; the last one's is no part's
        String text = String.join("\n",
                "二、2020年工作安排",
                "（一）扩大有效投资。全力抓好项目建设。",
                "各位代表！项目是发展的生命线，我们要抓紧抓实。",
                "（二）推进城市治理。完善城市管理体制。",
                "各位代表！现代化的城市需要现代化的治理，我们要久久为功。",
                "三、附则",
                "本报告用语说明。");
        OutlineNode second = parse(text).get(0).children().get(1);
        assertThat(text.substring(second.start(), second.end())).endsWith("我们要久久为功。");
        // one section's "各位代表" paragraph in the middle of it (泰安 2021) is no such pattern
        String once = String.join("\n",
                "二、2020年工作安排",
                "（一）扩大有效投资。全力抓好项目建设。",
                "各位代表！只要我们坚定产业兴市不动摇，就一定能够开创新局面。",
                "我们将持续优化营商环境，深化放管服改革。",
                "（二）推进城市治理。完善城市管理体制。",
                "（三）办好民生实事。新建幼儿园三所。",
                "各位代表！征程万里风正劲，让我们更加紧密地团结起来。",
                "三、附则",
                "本报告用语说明。");
        OutlineNode third = parse(once).get(0).children().get(2);
        assertThat(once.substring(third.start(), third.end())).endsWith("新建幼儿园三所。");
    }

    @Test
    void theThanksAndTheShortcomingsAfterTheLastTopicAreThePartsNotItsOwn() {
        // 国务院 2025: after "七是…" the review thanks the leadership and lists the year's problems without
        // turning to the delegates; 吉林 2016 in numbered sections the same
        String inProse = String.join("\n",
                "一、2024年工作回顾",
                "一是加强宏观调控，经济回升向好。财政政策加力。",
                "二是深化改革开放，增强内生动力。推进国企改革。",
                "三是推动创新驱动，优化产业结构。加快科技自立。",
                "四是统筹城乡区域，优化经济布局。推进新型城镇化。",
                "五是加强政府建设，保持社会稳定。推进法治政府建设。",
                "过去一年取得的成绩，根本在于习近平总书记领航掌舵。",
                "在肯定成绩的同时，我们也清醒看到面临的问题和挑战。",
                "二、2025年工作任务",
                "扩大国内需求。提振消费。");
        OutlineNode review = parse(inProse).get(0);
        OutlineNode fifth = review.children().get(review.children().size() - 1);
        assertThat(fifth.title()).startsWith("五是");
        assertThat(inProse.substring(fifth.start(), fifth.end())).endsWith("推进法治政府建设。");
        assertThat(inProse.substring(fifth.end(), review.end())).contains("根本在于", "清醒看到");
        String numbered = String.join("\n",
                "一、2015年工作回顾",
                "（一）坚持稳增长。投资增长12%。",
                "（二）坚持惠民生。新增就业30万人。",
                "在看到成绩的同时，我们也清醒地认识到，发展中还存在不少困难和问题。",
                "二、2016年工作安排",
                "（一）稳增长。");
        OutlineNode second = parse(numbered).get(0).children().get(1);
        assertThat(numbered.substring(second.start(), second.end())).endsWith("新增就业30万人。");
        // the same words inside a topic that is not the last close nothing: a paragraph closes a part only
        // after its last heading
        String between = String.join("\n",
                "一、2015年工作回顾",
                "（一）坚持稳增长。投资增长12%。",
                "这些成绩的取得来之不易，得益于全市上下的共同努力。",
                "（二）坚持惠民生。新增就业30万人。",
                "二、2016年工作安排",
                "（一）稳增长。");
        OutlineNode first = parse(between).get(0).children().get(0);
        assertThat(between.substring(first.start(), first.end())).endsWith("得益于全市上下的共同努力。");
    }

    @Test
    void aClosingLeadAfterTheLastTopicNumberedInProseIsThePartsText() {
        // 国务院 2026: "2025年是“十四五”收官之年。…" after 七是 is a lead (a statement), and so is "成绩来之不易。"
        // (江西 2023): they close the review, they are no text of its last topic
        String text = String.join("\n",
                "一、2025年工作回顾",
                "一是实施更加积极有为的宏观政策，着力稳定经济运行。财政政策加力。",
                "二是坚持创新驱动发展，建设现代化产业体系。推进科技自立。",
                "三是进一步深化改革开放，畅通国民经济循环。推进国企改革。",
                "四是统筹推进新型城镇化，促进城乡区域协调发展。推进城市更新。",
                "五是持续加强政府建设，创新和完善社会治理。推进法治政府建设。",
                "2025年是“十四五”收官之年。过去5年，我们有效应对各种风险挑战。",
                "这些重大成就的取得，根本在于习近平总书记领航掌舵。",
                "二、2026年工作任务",
                "扩大国内需求。提振消费。");
        OutlineNode review = parse(text).get(0);
        OutlineNode fifth = review.children().stream().filter(n -> n.title().startsWith("五是")).findFirst().orElseThrow();
        assertThat(text.substring(fifth.start(), fifth.end())).endsWith("推进法治政府建设。");
        assertThat(fifth.children()).isEmpty();
        assertThat(review.children().get(review.children().size() - 1)).satisfies(statement -> {
            assertThat(statement.title()).startsWith("2025年是");
            assertThat(statement.lead()).as("the part's own text").isTrue();
            assertThat(statement.level()).isEqualTo(2);
        });
        // 国务院 2016: the delegates turned to, thanked and told the shortcomings after 六是, then the year summed up:
        // the last topic ends where the remarks begin, not at the statement after them
        String before = text.replace("2025年是“十四五”收官之年。过去5年，我们有效应对各种风险挑战。\n",
                "各位代表！过去一年的成绩来之不易。\n在肯定成绩的同时，我们也清醒看到面临的问题。\n"
                        + "2025年是“十四五”收官之年。过去5年，我们有效应对各种风险挑战。\n");
        OutlineNode fifthAgain = parse(before).get(0).children().stream().filter(n -> n.title().startsWith("五是"))
                .findFirst().orElseThrow();
        assertThat(before.substring(fifthAgain.start(), fifthAgain.end())).endsWith("推进法治政府建设。");
        // leads after the delegates are turned to stay the part's, every one of them (林芝 2023's four on the
        // government, which ran on inside the last topic; a rule closing the part at the first alone would leave
        // the others out of the outline)
        String delegates = String.join("\n",
                "二、2023年工作安排",
                "第一，抓项目扩投资。加快重大项目建设。",
                "第二，抓产业促转型。发展特色产业。",
                "第三，抓改革优环境。深化放管服改革。",
                "第四，抓民生保稳定。办好民生实事。",
                "各位代表！新形势、新任务，对政府自身建设提出了更高要求。",
                "加强政府系统党的建设。坚持党的全面领导。",
                "加强法治政府建设。坚持依法行政。",
                "加强廉洁政府建设。严守纪律规矩。");
        OutlineNode plan = parse(delegates).get(0);
        assertThat(plan.children()).extracting(OutlineNode::title).endsWith("加强政府系统党的建设", "加强法治政府建设", "加强廉洁政府建设");
        assertNested(parse(delegates));
    }

    @Test
    void theGovernmentsOwnConductAfterALastSectionOnSomethingElseIsThePartsText() {
        // 深圳 2026: the review's last section is on livelihoods; "过去一年，我们坚持和加强党的全面领导…" after it
        // reports on the government for the whole review, as "站在新起点上，…加强政府自身建设" does for a plan
        String text = String.join("\n",
                "一、2025年工作回顾",
                "（九）繁荣发展文化事业产业。全运盛会圆满精彩。",
                "（十）持续用力打造民生幸福标杆。医疗卫生水平加快提升。新增学位10万个。",
                "过去一年，我们坚持和加强党的全面领导，旗帜鲜明讲政治。严格落实中央八项规定精神。",
                "二、2026年工作安排",
                "（一）加大保障和改善民生力度。促进高质量充分就业。",
                "站在新起点上，我们要以更高要求加强政府自身建设。坚持依法行政。",
                "树立和践行正确政绩观。坚持为民造福。");
        List<OutlineNode> parts = parse(text);
        OutlineNode tenth = parts.get(0).children().get(1);
        assertThat(text.substring(tenth.start(), tenth.end())).endsWith("新增学位10万个。");
        OutlineNode plan = parts.get(1);
        OutlineNode livelihoods = plan.children().get(0);
        assertThat(text.substring(livelihoods.start(), livelihoods.end())).endsWith("促进高质量充分就业。");
        // the plan's lead on the government's conduct is the part's, as the paragraph before it is
        assertThat(plan.children()).extracting(OutlineNode::title).containsExactly("加大保障和改善民生力度", "树立和践行正确政绩观");
        assertNested(parts);
        // 南京 2026 names it otherwise
        String otherwise = String.join("\n",
                "一、2025年工作回顾",
                "（一）扎实推进科技创新。新增高新技术企业1000家。",
                "（二）统筹办好实事难事。就业社保扎实推进。",
                "过去一年，我们把政治建设摆在首位，扎实开展学习教育。",
                "二、2026年工作安排",
                "（一）稳增长。");
        OutlineNode affairs = parse(otherwise).get(0).children().get(1);
        assertThat(otherwise.substring(affairs.start(), affairs.end())).endsWith("就业社保扎实推进。");
    }

    @Test
    void aLastSectionOnTheGovernmentOrANumberedParagraphKeepsItsConduct() {
        // 朔州 2022: the last topic is the government's conduct, and its paragraphs are its own
        String own = String.join("\n",
                "一、2021年工作回顾",
                "（一）抓调度、稳增长。经济总量再攀高峰。",
                "（二）抓作风、提效能，政府建设全面加强。坚持依法行政。",
                "一年来，我们坚决落实全面从严治党要求，大力推进政府自身建设。精文减会。",
                "二、2022年工作安排",
                "（一）稳增长。");
        OutlineNode second = parse(own).get(0).children().get(1);
        assertThat(own.substring(second.start(), second.end())).endsWith("精文减会。");
        String party = own.replace("（二）抓作风、提效能，政府建设全面加强。坚持依法行政。", "（二）坚持党的全面领导。落实第一议题制度。");
        OutlineNode lead = parse(party).get(0).children().get(1);
        assertThat(party.substring(lead.start(), lead.end())).endsWith("精文减会。");
        // 成都 2016: "九是加强政府自身建设" is the plan's ninth task, numbered in a section's prose
        String ninth = String.join("\n",
                "二、2016年工作安排",
                "（一）2016年工作建议。",
                "八是强化民生保障，增进城乡居民福祉，办好民生实事。",
                "九是加强政府自身建设，加快建设法治政府、服务型政府。坚持依法行政。",
                "三、名词解释",
                "本报告用语说明。");
        OutlineNode proposals = parse(ninth).get(0).children().get(0);
        assertThat(ninth.substring(proposals.start(), proposals.end())).endsWith("坚持依法行政。");
        // "数字政府建设" is a programme of services, the section's own
        String digital = String.join("\n",
                "二、2022年工作安排",
                "（一）稳增长。扩大有效投资。",
                "（二）优化营商环境。深化放管服改革。",
                "加快数字政府建设，推进政务服务一网通办。",
                "三、名词解释",
                "本报告用语说明。");
        OutlineNode business = parse(digital).get(0).children().get(1);
        assertThat(digital.substring(business.start(), business.end())).endsWith("推进政务服务一网通办。");
    }

    @Test
    void closingRemarksMakeNoLeadSectionTooLongToBeOne() {
        // 宁夏 2002: the review's last topic runs on into "各位代表！…", which speaks for the whole part
        String remarks = "各位代表！" + "过去一年的成绩来之不易，是全区各族人民共同奋斗的结果。".repeat(80);
        String text = String.join("\n",
                "一、2001年工作回顾",
                "经济发展速度加快。全区生产总值增长10%。",
                "结构调整取得成效。第三产业比重提高。",
                "改革开放全面推进。国有企业改革取得进展。",
                "民主法制建设进一步加强。依法行政水平提高。",
                remarks,
                "二、2002年工作任务",
                "（一）扩大固定资产投资规模。正文。");
        assertThat(sketch(text)).startsWith(String.join("\n",
                "1 1 一 2001年工作回顾",
                "  1.1 2 null 经济发展速度加快",
                "  1.2 2 null 结构调整取得成效",
                "  1.3 2 null 改革开放全面推进",
                "  1.4 2 null 民主法制建设进一步加强"));
    }

    /** Every node's span lies inside its parent's, after its previous sibling's, below its parent's level. */
    private static void assertNested(List<OutlineNode> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            OutlineNode n = nodes.get(i);
            if (i > 0) {
                assertThat(n.start()).as(n.id()).isGreaterThanOrEqualTo(nodes.get(i - 1).end());
            }
            for (OutlineNode c : n.children()) {
                assertThat(c.start()).as(c.id()).isGreaterThanOrEqualTo(n.headingEnd());
                assertThat(c.end()).as(c.id()).isLessThanOrEqualTo(n.end());
                assertThat(c.level()).as(c.id()).isGreaterThan(n.level());
            }
            assertNested(n.children());
        }
    }

    @Test
    void notHeadings() {
        String text = String.join("\n",
                "(一)重点工作",
                "一是加快项目建设,二是扩大消费。",
                "2024年,高新区将牢记使命。",
                "1.5万人实现就业,增长3.1%。",
                "(2022年1月8日)",
                "12.3%的企业实现增长。",
                "一、二季度经济运行平稳,总体向好。",
                "5家企业入选名单,全年新增100家。");
        assertThat(sketch(text)).isEqualTo("1 2 一 重点工作");
    }

    @Test
    void shortSentencesWithCommasOrEndingTheParagraphAreNotLeads() {
        String text = "(一)重点工作\n坚持创新,加快发展。正文。\n全面提升信用监管效能。\n各位代表!目标在前。";
        assertThat(sketch(text)).isEqualTo("1 2 一 重点工作");
    }

    @Test
    void aTextRepeatedWholeGivesItsHeadingsTwice() {
        String once = "一、2023年工作回顾\n(一)产业。正文。\n二、2024年工作任务\n(一)科学城。正文。\n";
        List<OutlineNode> nodes = parse(once + once);
        assertThat(nodes).extracting(OutlineNode::id).containsExactly("1", "2", "3", "4");
        assertThat(nodes).extracting(OutlineNode::title)
                .containsExactly("2023年工作回顾", "2024年工作任务", "2023年工作回顾", "2024年工作任务");
        assertThat(nodes.get(2).start()).isEqualTo(once.length());
    }

    @Test
    void sectionsWithoutPartsAreTopLevel() {
        assertThat(sketch("重点做好以下工作:\n(一)实施攻坚行动\n正文,内容。\n(二)加快提档升级\n正文,内容。"))
                .isEqualTo("1 2 一 实施攻坚行动\n2 2 二 加快提档升级");
    }

    @Test
    void partsNamedAsDiYiBuFenAndTitlesClosedByAColon() {
        String text = "第一部分 2023年工作回顾\n正文。\n第二部分　2024年工作安排\n（一）主要预期目标：\n地区生产总值增长5%左右。";
        assertThat(sketch(text)).isEqualTo(String.join("\n",
                "1 1 一 2023年工作回顾",
                "2 1 二 2024年工作安排",
                "  2.1 2 一 主要预期目标"));
    }

    @Test
    void emptyText() {
        assertThat(parse("")).isEmpty();
    }
}
