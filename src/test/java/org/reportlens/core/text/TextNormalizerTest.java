package org.reportlens.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.reportlens.testing.Seeds;

class TextNormalizerTest {

    @Test
    void dropsBlankLinesTrimsAndFoldsWhitespace() {
        String original = "  一、2023年工作回顾 \r\n\r\n\u3000\u3000聚焦《清单》  加快发展。\n";
        NormalizedText n = TextNormalizer.normalize(original);
        assertThat(n.text()).isEqualTo("一、2023年工作回顾\n聚焦《清单》 加快发展。");
    }

    @Test
    void everyNormalizedCharacterMapsBackToTheSameCharacter() {
        String original = "  (一)全力推进。\r\n\t积极扩投资促消费。 实施  项目。\n";
        NormalizedText n = TextNormalizer.normalize(original);
        for (int i = 0; i < n.length(); i++) {
            char c = n.text().charAt(i);
            if (c != '\n' && c != ' ') {
                assertThat(original.charAt(n.toOriginalStart(i))).as("char %d", i).isEqualTo(c);
            }
        }
        int lead = n.text().indexOf("积极");
        assertThat(n.toOriginal(lead, lead + 9).of(original)).isEqualTo("积极扩投资促消费。");
        assertThat(n.fromOriginal(original.indexOf("积极"))).isEqualTo(lead);
    }

    @Test
    void foldedTextHasTheSameLengthAndFoldsWidth() {
        NormalizedText n = TextNormalizer.normalize("（一）增长８％左右，达到３．１％；");
        assertThat(n.folded()).isEqualTo("(一)增长8%左右,达到3.1%;");
        assertThat(n.folded()).hasSameSizeAs(n.text());
        assertThat(n.text()).isEqualTo("（一）增长８％左右，达到３．１％；");
    }

    @Test
    void pageFurnitureOfASavedWebPageIsDropped() throws Exception {
        String original = Files.readString(Seeds.DALIAN_2024);
        NormalizedText n = TextNormalizer.normalize(original);
        assertThat(n.furniture()).extracting(s -> s.of(original))
                .containsExactly("首页 宝鸡信息 宝鸡资讯", "(来源:网站编辑 2024-02-06 13:14)", "文章正文",
                        "首页", "评论", "分享", "Top");
        assertThat(n.text()).startsWith("2024年大连市政府工作报告\n现在,我代表市政府向大会报告工作");
        assertThat(n.text()).endsWith("为全面推进强国建设、民族复兴伟业贡献大连力量!");
    }

    @Test
    void disclaimersAndCommentFormsAreDropped() throws Exception {
        String original = Files.readString(Seeds.DALIAN_2022);
        NormalizedText n = TextNormalizer.normalize(original);
        assertThat(n.furniture()).extracting(s -> s.of(original).substring(0, Math.min(8, s.length())))
                .containsExactly("导航菜单", "本文仅代表作者观", "本文地址:/ba", "留言与评论(共有", "验证码:");
        assertThat(n.text()).doesNotContain("本文", "验证码", "导航");
    }

    @Test
    void aWholeLineOfHtmlCommentIsDropped() {
        // 北京 2023, 长沙 2026: a saved page's image caption, commented out, shown raw before
        String original = "2023年北京市政府工作报告\n<!-- 殷勇同志作政府工作报告。 -->\n各位代表：\n现在，我代表市人民政府报告工作。";
        NormalizedText n = TextNormalizer.normalize(original);
        assertThat(n.furniture()).extracting(s -> s.of(original)).containsExactly("<!-- 殷勇同志作政府工作报告。 -->");
        assertThat(n.text()).isEqualTo("2023年北京市政府工作报告\n各位代表：\n现在，我代表市人民政府报告工作。");
        // a line with report text between two comments is the report's
        String between = "<!-- 图 -->今年地区生产总值增长6%。<!-- 图 -->\n各位代表：";
        assertThat(TextNormalizer.normalize(between).furniture()).isEmpty();
    }

    @Test
    void theCongresssResolutionSavedAboveTheReportIsThePagesNotTheReports() {
        // 深圳 2026: the page opens with the resolution approving the report, then the report under its own title
        String resolution = "深圳市第七届人民代表大会第七次会议关于深圳市人民政府工作报告的决议\n"
                + "（2026年2月11日深圳市第七届人民代表大会第七次会议通过）\n"
                + "深圳市第七届人民代表大会第七次会议听取和审议了覃伟中市长代表市人民政府所作的工作报告，决定批准这个报告。\n"
                + "会议号召，全市人民要更加紧密地团结起来，为强国建设作出新的更大贡献！\n";
        String report = "政府工作报告\n——2026年2月9日在深圳市第七届人民代表大会第七次会议上\n深圳市市长 覃伟中\n"
                + "各位代表：\n现在，我代表深圳市人民政府，向大会报告政府工作，请予审议。";
        String original = resolution + report;
        NormalizedText n = TextNormalizer.normalize(original);
        assertThat(n.furniture()).hasSize(4);
        assertThat(n.text()).startsWith("政府工作报告\n").doesNotContain("决议", "会议号召");
        // a resolution with no report title after it is left as it is: nothing says where the page's part ends
        assertThat(TextNormalizer.normalize(resolution + "各位代表：\n现在，我代表市人民政府报告工作。").furniture()).isEmpty();
    }

    @Test
    void theBylineOfWhoDeliversTheReportIsKept() {
        // 惠州 2024: "市长 温金荣" under the title, two short words as a menu's are, was struck as furniture
        String original = "惠州市政府工作报告\n——2024年1月17日在惠州市第十三届人民代表大会第五次会议上\n市长 温金荣\n"
                + "首页 新闻 政务\n各位代表：\n现在，我代表市人民政府，向大会报告工作。";
        NormalizedText n = TextNormalizer.normalize(original);
        assertThat(n.furniture()).extracting(s -> s.of(original)).containsExactly("首页 新闻 政务");
        assertThat(n.text()).contains("市长 温金荣");
    }

    @Test
    void shortLinesBetweenParagraphsAreKept() {
        String original = "现在,我代表市政府报告工作。\n各位代表\n目标在前,使命在肩。\n首页\n评论";
        NormalizedText n = TextNormalizer.normalize(original);
        assertThat(n.text()).isEqualTo("现在,我代表市政府报告工作。\n各位代表\n目标在前,使命在肩。");
    }

    @Test
    void breadcrumbsAndSourceLinesInOtherShapes() {
        String original = String.join("\n",
                "当前位置：首页 > 政务公开 > 政府工作报告",
                "发布时间：2024-01-20 来源：市政府办公室",
                "【字体：大 中 小】",
                "政府工作报告",
                "各位代表：现在，我代表市人民政府，向大会报告政府工作，请予审议。",
                "上一篇：2023年政府工作报告",
                "打印本页 关闭窗口",
                "（新华社北京2026年3月13日电）"); // 国务院 2026's last line
        NormalizedText n = TextNormalizer.normalize(original);
        assertThat(n.text()).isEqualTo("政府工作报告\n各位代表：现在，我代表市人民政府，向大会报告政府工作，请予审议。");
        // a dateline with the report's words after it is the report's
        assertThat(TextNormalizer.normalize("（新华社一九七五年一月二十日讯）（《人民日报》）各位代表：").furniture()).isEmpty();
    }

    @Test
    void governmentSiteTablesAndFootersAreDropped() {
        String original = String.join("\n",
                "索引号：11A00-2024-00012",
                "发文机关：市人民政府办公室",
                "2024-01-22 09:30",
                "2024年北京市政府工作报告",
                "2024年1月21日",
                "各位代表：现在，我代表市人民政府，向大会报告政府工作，请予审议。",
                "【打印本页】 【关闭窗口】",
                "主办单位：北京市人民政府办公厅",
                "京ICP备05060933号 京公网安备11010502039658号");
        NormalizedText n = TextNormalizer.normalize(original);
        assertThat(n.text()).isEqualTo("2024年北京市政府工作报告\n2024年1月21日\n"
                + "各位代表：现在，我代表市人民政府，向大会报告政府工作，请予审议。");
    }

    @Test
    void cleanTextIsUntouched() throws Exception {
        String original = Files.readString(Seeds.GAOXIN_2024);
        NormalizedText n = TextNormalizer.normalize(original);
        assertThat(n.furniture()).isEmpty();
        assertThat(n.text()).isEqualTo(original.strip());
    }
}
