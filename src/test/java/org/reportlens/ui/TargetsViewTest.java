package org.reportlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.analysis.Analyzer;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.core.targets.TargetTable;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The targets tab laid out: the status line of a missed target, text that wraps inside its column,
 * a chart per unit with whole-year ticks. Targets of 海口市 2023 and 2024 and the 2024 review (real
 * excerpts), with 实际利用外资 stated as a rate, then as an amount.
 */
@ExtendWith(ApplicationExtension.class)
class TargetsViewTest {
    private static final long TIMEOUT_SECONDS = 60;
    private TargetsView view;

    @Start
    void start(Stage stage) {
        view = new TargetsView(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        Scene scene = new Scene(view, 900, 700);
        scene.getStylesheets().add(MainWindow.class.getResource("reportlens.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static Report report(String id, int year, String review, String targets) {
        String text = year + "年海口市政府工作报告\n一、" + (year - 1) + "年工作回顾\n" + review + "\n二、" + year + "年工作安排\n"
                + "主要预期目标是：" + targets + "\n";
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(read));
    }

    @Test
    void aMissedTargetWrapsInItsColumnAndAChangeOfUnitGetsItsOwnChart(FxRobot robot) throws Exception {
        Analysis analysis = Analyzer.analyze(List.of(
                report("r1", 2023, "成绩显著。", "地区生产总值增长10%左右；实际利用外资增长10%；生态环境质量持续提升。"),
                report("r2", 2024, "全市地区生产总值2358.4亿元、增长9.3%，居民消费价格上涨0.3%。",
                        "地区生产总值增长8.5%左右；实际利用外资达到5亿美元；生态环境质量持续改善。")), AnalysisOptions.defaults());
        robot.interact(() -> view.show(analysis));
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> missed = fx(() -> robot.lookup(".target-missed").queryAs(TableCell.class));
        assertThat(fx(() -> ((Labeled) missed).getText())).isEqualTo("增长10%左右\n✗ 未完成：增长9.3%");
        List<Text> lines = fx(() -> missed.lookupAll(".target-text").stream().map(n -> (Text) n).toList());
        assertThat(lines).extracting(Text::getText).containsExactly("增长10%左右", "✗ 未完成：增长9.3%");
        double columnWidth = fx(() -> missed.getTableColumn().getWidth());
        assertThat(lines).allSatisfy(t -> assertThat(t.getWrappingWidth()).isPositive().isLessThan(columnWidth));

        TargetTable.Row investment = fx(() -> view.table().getItems().stream()
                .filter(r -> r.metric().equals("实际利用外资")).findFirst().orElseThrow());
        robot.interact(() -> view.table().getSelectionModel().select(investment));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> view.charts().stream().map(c -> c.getTitle()).toList()))
                .containsExactly("实际利用外资（%）", "实际利用外资（亿美元）");
        NumberAxis years = fx(() -> (NumberAxis) view.charts().get(0).getXAxis());
        assertThat(fx(() -> List.of(years.getLowerBound(), years.getUpperBound(), years.getTickUnit())))
                .containsExactly(2023.0, 2024.0, 1.0);
        assertThat(fx(() -> years.getTickLabelFormatter().toString(2023.0))).isEqualTo("2023");
        Node row = fx(() -> robot.lookup("#targets-table .table-row-cell:selected").query());
        assertThat(row).isNotNull();
    }

    @Test
    void aYearWithoutTheFigureBreaksTheLineAndEveryLineOfAKindLooksAlike(FxRobot robot) throws Exception {
        Analysis analysis = Analyzer.analyze(List.of(
                report("r1", 2019, "成绩显著。", "地区生产总值增长6%-6.5%；居民消费价格涨幅3%左右。"),
                report("r2", 2020, "全市地区生产总值增长6.1%。", "居民消费价格涨幅3.5%左右。"),
                report("r3", 2021, "成绩显著。", "地区生产总值增长6%以上；居民消费价格涨幅3%左右。"),
                report("r4", 2022, "成绩显著。", "地区生产总值增长5.5%左右；居民消费价格涨幅3%左右。")), AnalysisOptions.defaults());
        robot.interact(() -> view.show(analysis));
        WaitForAsyncUtils.waitForFxEvents();
        TargetTable.Row gdp = fx(() -> view.table().getItems().stream()
                .filter(r -> r.metric().equals("地区生产总值")).findFirst().orElseThrow());
        robot.interact(() -> view.table().getSelectionModel().select(gdp));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.chart.LineChart<Number, Number> chart = fx(() -> view.charts().get(0));
        // 2019 alone, 2021–2022: two target lines, not one through 2020; and 2019's achieved figure
        assertThat(fx(() -> chart.getData().stream().map(s -> s.getData().size()).toList())).containsExactly(1, 2, 1);
        // drawn in the target's colour both, whatever their places among the series
        List<javafx.scene.paint.Paint> strokes = fx(() -> chart.getData().stream()
                .map(s -> ((javafx.scene.shape.Path) s.getNode()).getStroke()).toList());
        assertThat(strokes.get(0)).isEqualTo(strokes.get(1)).isEqualTo(javafx.scene.paint.Color.web("#0072B2"));
        assertThat(strokes.get(2)).isEqualTo(javafx.scene.paint.Color.web("#009E73"));
        assertThat(fx(chart::isLegendVisible)).as("one legend beside the charts, not one entry per line").isFalse();
        assertThat(fx(() -> robot.lookup("#targets-legend .label").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList()))
                .containsExactly("目标", "完成");
        // 2019 and 2022 alone: a dotted bridge across the years not loaded, which the legend names
        Analysis apart = Analyzer.analyze(List.of(
                report("r1", 2019, "成绩显著。", "地区生产总值增长6%-6.5%。"),
                report("r4", 2022, "成绩显著。", "地区生产总值增长5.5%左右。")), AnalysisOptions.defaults());
        robot.interact(() -> view.show(apart));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.chart.LineChart<Number, Number> bridged = fx(() -> view.charts().get(0));
        assertThat(fx(() -> bridged.getData().stream().map(s -> s.getData().size()).toList())).containsExactly(1, 1, 2);
        assertThat(fx(() -> ((javafx.scene.shape.Path) bridged.getData().get(2).getNode()).getStrokeDashArray())).isNotEmpty();
        assertThat(fx(() -> robot.lookup("#targets-legend .label").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList()))
                .containsExactly("目标", "其间年份未载入"); // nothing achieved drawn: not named
    }
}
