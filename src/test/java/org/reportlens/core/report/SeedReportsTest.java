package org.reportlens.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlens.core.meta.ReportMetadata;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.outline.Part;
import org.reportlens.testing.Seeds;

/** Metadata and outline of each sample report, as the foundation issue states them. */
class SeedReportsTest {

    private static Report load(Path file) {
        LoadResult result = new ReportLoader().load(List.of(file.toString()));
        assertThat(result.problems()).isEmpty();
        return result.reports().get(0);
    }

    private static List<OutlineNode> headings(List<OutlineNode> nodes) {
        return nodes.stream().filter(n -> !n.lead()).collect(Collectors.toList());
    }

    private static List<String> titles(List<OutlineNode> nodes) {
        return headings(nodes).stream().map(OutlineNode::title).collect(Collectors.toList());
    }

    private static List<Integer> sectionCounts(Report report) {
        return report.outline().stream().map(n -> headings(n.children()).size()).collect(Collectors.toList());
    }

    @Test
    void dalian2024() {
        Report r = load(Seeds.DALIAN_2024);
        assertThat(r.metadata()).isEqualTo(new ReportMetadata("2024年大连市政府工作报告", "大连市", 2024, 2023, 2024));
        assertThat(r.outline()).extracting(OutlineNode::number).containsExactly("一", "二", "三");
        assertThat(titles(r.outline()))
                .containsExactly("2023年工作回顾", "2024年政府工作目标和主要任务", "建设新时代人民满意的服务型政府");
        assertThat(r.outline()).extracting(OutlineNode::part).containsExactly(Part.REVIEW, Part.PLAN, Part.OTHER);
        assertThat(sectionCounts(r)).containsExactly(8, 9, 4);
        assertThat(titles(r.outline().get(0).children())).first()
                .isEqualTo("全力推进经济回升向好,综合经济实力持续壮大");
        assertThat(titles(r.outline().get(1).children())).last()
                .isEqualTo("统筹高质量发展和高水平安全,全力维护社会大局稳定");
        assertThat(titles(r.outline().get(2).children()))
                .containsExactly("以政治建设锤炼忠诚品格", "以法治建设规范权力运行", "以作风建设激励担当作为", "以廉政建设坚守廉洁底线");
        assertThat(r.outline().get(0).children().get(0).children()).extracting(OutlineNode::title)
                .containsExactly("积极扩投资促消费");
    }

    @Test
    void dalian2022PlanPart() {
        Report r = load(Seeds.DALIAN_2022);
        assertThat(r.metadata()).isEqualTo(new ReportMetadata(
                "(辽宁省)大连市人民政府工作报告(2022年1月8日)", "大连市", 2022, null, 2022, LocalDate.of(2022, 1, 8)));
        assertThat(r.outline()).singleElement().satisfies(part -> {
            assertThat(part.number()).isEqualTo("四");
            assertThat(part.title()).isEqualTo("2022年重点工作安排");
            assertThat(part.part()).isEqualTo(Part.PLAN);
            assertThat(titles(part.children())).containsExactly("全力提升城市综合经济实力", "大力增强科技创新策源功能");
        });
        String lastSection = spanText(r, r.outline().get(0));
        assertThat(lastSection).endsWith("独角兽企业实现零的突破。").doesNotContain("本文");
    }

    @Test
    void gaoxin2024HoldsItsTextTwice() {
        Report r = load(Seeds.GAOXIN_2024);
        // no title: 大连高新区 is named in its first paragraph, and it is filed under the year it plans
        assertThat(r.metadata()).isEqualTo(new ReportMetadata(null, "大连高新区", 2024, 2023, 2024));
        assertThat(titles(r.outline())).containsExactly("2023年工作回顾", "2024年工作任务", "2023年工作回顾", "2024年工作任务");
        assertThat(sectionCounts(r)).containsExactly(6, 7, 6, 7);
        assertThat(titles(r.outline().get(1).children())).first()
                .isEqualTo("以英歌石科学城建设为牵引,建设具有全国影响力的区域科技创新中心核心区");
        assertThat(spanText(r, r.outline().get(0))).isEqualTo(spanText(r, r.outline().get(2)));
    }

    @Test
    void gaoxin2026HoldsItsTextTwice() {
        Report r = load(Seeds.GAOXIN_2026);
        // it calls itself 高新区 and 我区, beside 大连
        assertThat(r.metadata()).isEqualTo(new ReportMetadata(null, "大连高新区", 2026, 2025, 2026));
        assertThat(titles(r.outline())).containsExactly("2025年和“十四五”期间工作回顾", "“十五五”主要目标和2026年重点工作安排",
                "2025年和“十四五”期间工作回顾", "“十五五”主要目标和2026年重点工作安排");
        assertThat(sectionCounts(r)).containsExactly(8, 8, 8, 8);
        assertThat(titles(r.outline().get(1).children())).element(1).isEqualTo("在英歌石科学城建设运营上再加力、求突破");
    }

    @Test
    void xigangPlanFragmentHasSectionsAndLeadsButNoMetadata() {
        Report r = load(Seeds.XIGANG_PLAN_PART);
        assertThat(r.metadata()).isEqualTo(ReportMetadata.UNKNOWN);
        assertThat(r.outline()).extracting(OutlineNode::level).containsOnly(2);
        assertThat(titles(r.outline())).containsExactly("实施攻坚行动,奋力拓展增长空间", "加快提档升级,促进产业健康发展",
                "全面深化改革,打造良好发展生态");
        assertThat(r.outline().get(0).children()).extracting(OutlineNode::title)
                .containsExactly("加快建设重点区域", "积极盘活闲置资源", "持续扩大有效投资", "提升招商引资实效");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_6b64a79ddd618c0d.txt", "001_4af55ab381632780.txt", "002_ca4b8885897b7fc4.txt",
            "003_b90cf4ca75591012.txt", "004_8214ba83723716f4.txt"})
    void spansAreExactAndNested(String name) {
        Report r = load(Seeds.DIR.resolve(name));
        forEachNode(r.outline(), node -> {
            String heading = r.original().substring(node.start(), node.headingEnd());
            assertThat(heading).as("heading of %s", node.id()).contains(node.title());
            if (node.number() != null) {
                assertThat(heading).as("heading of %s starts with its number", node.id())
                        .matches("^[(（]?" + node.number() + ".*");
            }
            for (OutlineNode child : node.children()) {
                assertThat(child.start()).isGreaterThanOrEqualTo(node.start());
                assertThat(child.end()).isLessThanOrEqualTo(node.end());
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_6b64a79ddd618c0d.txt", "001_4af55ab381632780.txt", "002_ca4b8885897b7fc4.txt",
            "003_b90cf4ca75591012.txt", "004_8214ba83723716f4.txt"})
    void pageFurnitureNeverBecomesATitle(String name) {
        Report r = load(Seeds.DIR.resolve(name));
        List<String> all = new ArrayList<>();
        forEachNode(r.outline(), n -> all.add(n.title()));
        assertThat(all).noneMatch(t -> t.matches(".*(首页|验证码|本文地址|留言|评论|分享|导航|来源).*"));
    }

    @Test
    void transcodedSeedsGiveTheSameOutline(@TempDir Path dir) throws Exception {
        String text = Files.readString(Seeds.DALIAN_2024);
        Path gb = Files.write(dir.resolve("gb18030.txt"), text.getBytes(Charset.forName("GB18030")));
        Path le = Files.write(dir.resolve("utf16le.txt"), withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE)));
        Path be = Files.write(dir.resolve("utf16be.txt"), text.getBytes(StandardCharsets.UTF_16));
        Path bom8 = Files.write(dir.resolve("utf8bom.txt"), withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.getBytes(StandardCharsets.UTF_8)));
        Report original = load(Seeds.DALIAN_2024);
        for (Path file : List.of(gb, le, be, bom8)) {
            Report transcoded = load(file);
            assertThat(transcoded.outline()).as(file.getFileName().toString()).isEqualTo(original.outline());
            assertThat(transcoded.metadata()).isEqualTo(original.metadata());
        }
        assertThat(load(gb).encoding()).isEqualTo("GB18030");
        assertThat(load(le).encoding()).isEqualTo("UTF-16LE");
        assertThat(load(be).encoding()).isEqualTo("UTF-16BE");
    }

    @Test
    void unreadableFilesDoNotStopTheOthers(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        LoadResult result = new ReportLoader().load(List.of(empty.toString(), Seeds.DALIAN_2022.toString(),
                binary.toString(), dir.toString(), dir.resolve("missing.txt").toString(), Seeds.DALIAN_2024.toString()));
        assertThat(result.reports()).extracting(Report::id).containsExactly("r1", "r2");
        assertThat(result.reports()).extracting(rep -> rep.metadata().year()).containsExactly(2022, 2024);
        assertThat(result.problems()).extracting(LoadProblem::message).containsExactly(
                empty + ": is empty",
                binary + ": not a text file: it is a PNG image",
                dir + ": is a directory, not a file",
                dir.resolve("missing.txt") + ": no such file");
    }

    private static String spanText(Report r, OutlineNode node) {
        return r.original().substring(node.start(), node.end());
    }

    private static void forEachNode(List<OutlineNode> nodes, Consumer<OutlineNode> action) {
        for (OutlineNode n : nodes) {
            action.accept(n);
            forEachNode(n.children(), action);
        }
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }
}
