package org.reportlens.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.analysis.Analyzer;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.ReportLoader;
import org.reportlens.testing.Seeds;

/** The comparison of two real reports printed to PDF and read back: A4 landscape, Chinese text embedded, parts on new pages. */
class PdfExportTest {

    private static ChineseFont font() {
        return ChineseFont.installed().orElseThrow(() -> new AssertionError(
                "no Chinese TrueType font installed: the README's set-up installs fonts-wqy-zenhei"));
    }

    @Test
    void twoYearsOfDalianPrintOnA4LandscapeWithTheirChineseTextAndEachPartOnANewPage() throws IOException {
        LoadResult result = new ReportLoader().load(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()));
        Analysis analysis = Analyzer.analyze(result.reports(), AnalysisOptions.defaults());
        byte[] pdf = PdfExport.write(HtmlExport.write(result, analysis, Locale.SIMPLIFIED_CHINESE), font());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).as("A4 landscape width in points").isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));

            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document).replaceAll("\\s", ""));
            }
            String all = String.join("", pages);
            // the words a reader reads: column heads, a section title of each year, a target and the labels in Chinese
            assertThat(all).contains("大连市2022", "大连市2024", "2023年工作回顾", "地区生产总值增长", "主要预期目标");
            // the column heads repeat on every page of the side-by-side table, as the print style asks
            long headed = pages.stream().filter(p -> p.startsWith("大连市2022") && p.contains("大连市2024")).count();
            assertThat(headed).as("pages headed by both reports").isGreaterThan(2);
            // the glyphs travel with the file: a Chinese font embedded, as a subset
            PDFont used = null;
            for (var name : first.getResources().getFontNames()) {
                PDFont f = first.getResources().getFont(name);
                if (f instanceof PDType0Font) {
                    used = f;
                }
            }
            assertThat(used).as("a CID font on the first page").isNotNull();
            assertThat(used.isEmbedded()).isTrue();
            assertThat(used.getName()).matches("[A-Z]{6}\\+.*");
        }
    }
}
