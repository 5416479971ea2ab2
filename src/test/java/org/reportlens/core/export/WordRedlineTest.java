package org.reportlens.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.compare.Cancellation;
import org.reportlens.core.compare.CompareOptions;
import org.reportlens.core.compare.Comparer;
import org.reportlens.core.compare.PairComparison;
import org.reportlens.core.compare.TrackedText;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.core.report.ReportLoader;
import org.reportlens.testing.Seeds;

class WordRedlineTest {
    static final Instant DATE = Instant.parse("2026-03-05T09:30:00Z");

    /** The redline of the pair the comparison makes of two reports, and the two reports, older first. */
    record Redline(Report older, Report newer, byte[] docx) {
    }

    static Redline redline(List<Report> reports) {
        PairComparison pair = Comparer.compare(reports, CompareOptions.DEFAULTS).pairs().get(0);
        Report older = reports.stream().filter(r -> r.id().equals(pair.a())).findFirst().orElseThrow();
        Report newer = reports.stream().filter(r -> r.id().equals(pair.b())).findFirst().orElseThrow();
        TrackedText tracked = TrackedText.of(pair, older.original(), newer.original(), Cancellation.NEVER);
        return new Redline(older, newer, WordRedline.write(older, newer, tracked, DATE));
    }

    static List<Report> load(Path... files) {
        return new ReportLoader().load(java.util.Arrays.stream(files).map(Path::toString).toList()).reports();
    }

    private static String withoutSpace(String s) {
        return s.replaceAll("[\\s\\u3000]", "");
    }

    @Test
    void acceptingEveryChangeGivesTheNewerSeedAndRejectingEveryOneTheOlder() throws Exception {
        Redline r = redline(load(Seeds.GAOXIN_2024, Seeds.GAOXIN_2026));
        DocxChanges docx = new DocxChanges(r.docx());
        assertThat(docx.count("ins")).isGreaterThan(50);
        assertThat(docx.count("del")).isGreaterThan(50);
        assertThat(withoutSpace(docx.accepted())).isEqualTo(withoutSpace(r.newer().original()));
        assertThat(withoutSpace(docx.rejected())).isEqualTo(withoutSpace(r.older().original()));
        // line by line too: each report line is a paragraph, its mark tracked where the line break changed
        assertThat(docx.accepted()).isEqualTo(r.newer().original().replace("\r\n", "\n"));
        assertThat(docx.rejected()).isEqualTo(r.older().original().replace("\r\n", "\n"));
    }

    @Test
    void thePartsAreHeadingsAndSectionsOpeningAParagraphAreInTheOutlineByLevel() throws Exception {
        Redline r = redline(load(Seeds.DALIAN_2022, Seeds.DALIAN_2024));
        DocxChanges docx = new DocxChanges(r.docx());
        assertThat(docx.styles()).contains("Title", "Heading1");
        // 大连's sections open paragraphs of body text ("(一)现代化产业体系加快构建。推动…"): in the outline by level
        assertThat(docx.outlineLevels()).contains(1);
        assertThat(withoutSpace(docx.accepted())).isEqualTo(withoutSpace(r.newer().original()));
        assertThat(withoutSpace(docx.rejected())).isEqualTo(withoutSpace(r.older().original()));
    }

    /** Glossary entries of 长沙's reports of 2025 and 2026 (excerpts): renumbered and reordered, so moved. */
    @Test
    void reorderedGlossaryEntriesAreMovesThatWordPairsByName() throws Exception {
        String older = "名词解释\n\n28. 三所一庭：即派出所、司法所、律师事务所和巡回审判庭。\n\n"
                + "29. 四下基层：即宣传党的路线、方针、政策下基层，调查研究下基层，信访接待下基层，现场办公下基层。\n\n"
                + "30. 三促三稳三提：“三促”即促消费扩容、促有效投资、促科产融合，“三稳”即稳楼市、稳外贸、稳就业，“三提”即改革提效、融城提速、民生提质。\n\n"
                + "36. 两业融合：即先进制造业和现代服务业融合。\n";
        String newer = "名词解释\n\n5.三促三稳三提：“三促”即促消费扩容、促有效投资、促科产融合，“三稳”即稳楼市、稳外贸、稳就业，“三提”即改革提效、融城提速、民生提质。\n\n"
                + "14.两业融合：即先进制造业和现代服务业融合。\n\n"
                + "32.四下基层：即宣传党的路线、方针、政策下基层，调查研究下基层，信访接待下基层，现场办公下基层。\n\n"
                + "33.三所一庭：即派出所、司法所、律师事务所和巡回审判庭。\n";
        Report a = ReportAnalyzer.analyze("r1", "2025.txt", new DecodedText(older, "UTF-8", List.of()));
        Report b = ReportAnalyzer.analyze("r2", "2026.txt", new DecodedText(newer, "UTF-8", List.of()));
        byte[] bytes = redline(List.of(a, b)).docx();
        DocxChanges docx = new DocxChanges(bytes);
        assertThat(docx.count("moveFrom")).isPositive();
        assertThat(docx.count("moveTo")).isPositive();
        assertThat(docx.count("moveFromRangeStart")).isEqualTo(docx.count("moveToRangeStart")).isPositive();
        assertThat(docx.accepted()).isEqualTo(newer);
        assertThat(docx.rejected()).isEqualTo(older);
        assertThat(docx.attributes("ins", "author")).containsOnly(WordRedline.AUTHOR);
        assertThat(docx.attributes("moveTo", "date")).containsOnly("2026-03-05T09:30:00Z");
    }

    @Test
    void aWordChangeIsADeletionAndAnInsertionOfThatWordAlone() throws Exception {
        Report a = ReportAnalyzer.analyze("r1", "2023.txt", new DecodedText("2023年东港市政府工作报告\n一、2024年工作安排\n"
                + "地区生产总值增长8%左右。\t深化国资国企改革。\n", "UTF-8", List.of()));
        Report b = ReportAnalyzer.analyze("r2", "2024.txt", new DecodedText("2024年东港市政府工作报告\n一、2024年工作安排\n"
                + "地区生产总值增长6%左右。\t深化国资国企改革。\n扩大文化旅游消费。", "UTF-8", List.of()));
        DocxChanges docx = new DocxChanges(redline(List.of(a, b)).docx());
        assertThat(docx.accepted()).isEqualTo(b.original());
        assertThat(docx.rejected()).isEqualTo(a.original());
        assertThat(docx.styles()).containsExactly("Title", "Heading1", "", "");
    }
}
