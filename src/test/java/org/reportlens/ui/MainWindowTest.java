package org.reportlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.testing.Seeds;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        window.show(stage);
    }

    private void openAndWait(List<String> files, int expectedReports) throws Exception {
        new FxRobot().interact(() -> window.viewModel().open(files));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().busyProperty().get()
                && window.viewModel().reports().size() == expectedReports);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void seedsDirectoryListsEveryReportWithItsDetectedFacts(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DIR.toString()), 5);
        ListView<Report> list = robot.lookup("#report-list").queryListView();
        assertThat(list.getItems()).extracting(Report::id).containsExactly("r1", "r2", "r3", "r4", "r5");
        assertThat(list.getSelectionModel().getSelectedItem().file()).endsWith("000_6b64a79ddd618c0d.txt");
        assertThat(robot.lookup("2024年大连市政府工作报告").tryQuery()).isPresent();
        assertThat(robot.lookup("大连市 · 2024年报告 · 回顾2023年 · 部署2024年").tryQuery()).isPresent();
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("已载入 5 份报告,0 个文件无法读取");
    }

    @Test
    void selectingAReportShowsItsOutlineAndText(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2024.toString()), 1);
        TreeView<OutlineNode> tree = robot.lookup("#outline").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).extracting(item -> item.getValue().title())
                .containsExactly("2023年工作回顾", "2024年政府工作目标和主要任务", "建设新时代人民满意的服务型政府");
        StyleClassedTextArea area = robot.lookup("#report-text").queryAs(StyleClassedTextArea.class);
        assertThat(area.getText()).isEqualTo(Files.readString(Seeds.DALIAN_2024));
        assertThat(area.getStyleOfChar(area.getText().indexOf("一、2023年工作回顾"))).contains(StyleClasses.HEADING_PART);
        assertThat(area.getStyleOfChar(0)).as("首页 is page furniture").contains(StyleClasses.FURNITURE);

        TreeItem<OutlineNode> plan = tree.getRoot().getChildren().get(1);
        robot.interact(() -> tree.getSelectionModel().select(plan));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelectedText()).isEqualTo("二、2024年政府工作目标和主要任务");
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersStillLoad(FxRobot robot) throws Exception {
        Path binary = Files.write(dir.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), binary.toString(), Seeds.GAOXIN_2026.toString()), 2);
        assertThat(robot.lookup("#problem-bar").query().isVisible()).isTrue();
        assertThat(robot.lookup(binary + ": not a text file: it is a PNG image").tryQuery()).isPresent();
        ListView<Report> list = robot.lookup("#report-list").queryListView();
        assertThat(list.getItems()).extracting(r -> r.metadata().planYear()).containsExactly(2022, 2026);
    }
}
