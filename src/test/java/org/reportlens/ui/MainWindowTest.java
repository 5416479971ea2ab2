package org.reportlens.ui;

import org.reportlens.core.analysis.MarkKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.Change;
import org.reportlens.core.compare.CompareOptions;
import org.reportlens.core.compare.DiffUnit;
import org.reportlens.core.compare.Granularity;
import org.reportlens.core.compare.UnitKind;
import org.reportlens.core.dups.Duplicate;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.targets.TargetTable;
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
    private Preferences preferences;
    private Settings settings;

    @Start
    void start(Stage stage) {
        // a node of its own, so the test never reads or changes what the user has set
        preferences = Preferences.userRoot().node("org/reportlens/test-" + UUID.randomUUID());
        settings = new Settings(preferences, dir.resolve("recovery-" + UUID.randomUUID() + ".rlw"));
        window = new MainWindow(Messages.forLocale(Locale.SIMPLIFIED_CHINESE), settings);
        window.show(stage);
    }

    @AfterEach
    void forgetSettings() throws Exception {
        preferences.removeNode();
    }

    private void openAndWait(List<String> files, int expectedReports) throws Exception {
        new FxRobot().interact(() -> window.viewModel().open(files));
        waitForAnalysis(expectedReports);
    }

    private void waitForAnalysis(int expectedReports) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.viewModel().busyProperty().get()
                && window.viewModel().reports().size() == expectedReports
                && window.viewModel().analysisProperty().get() != null
                && window.viewModel().analysisProperty().get().comparison().reports().equals(
                        window.viewModel().columns().stream().map(Report::id).toList()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String fileName(Report r) {
        return Path.of(r.file()).getFileName().toString();
    }

    private static OutlineNode node(List<OutlineNode> nodes, String id) {
        for (OutlineNode n : nodes) {
            if (n.id().equals(id)) {
                return n;
            }
            OutlineNode inner = node(n.children(), id);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    @Test
    void onTheSeedsGaoxin2024And2026AreSideBySideWithTheirChangesHighlighted() throws Exception {
        openAndWait(List.of(Seeds.DIR.toString()), 5);
        List<ColumnView> columns = window.compareView().columns();
        assertThat(columns).extracting(c -> fileName(c.report()))
                .containsExactly("002_ca4b8885897b7fc4.txt", "004_8214ba83723716f4.txt");
        assertThat(columns.get(0).area().getText()).isEqualTo(Files.readString(Seeds.GAOXIN_2024));
        assertThat(columns.get(0).header().getText()).contains("部署2024年");
        Analysis analysis = window.viewModel().analysisProperty().get();
        List<DiffUnit> units = analysis.comparison().pairs().get(0).units();
        DiffUnit dropped = units.stream().filter(u -> u.kind() == UnitKind.DROPPED).findFirst().orElseThrow();
        assertThat(columns.get(0).area().getStyleOfChar(dropped.a().start())).contains("unit-dropped");
        DiffUnit added = units.stream().filter(u -> u.kind() == UnitKind.NEW).findFirst().orElseThrow();
        assertThat(columns.get(1).area().getStyleOfChar(added.b().start())).contains("unit-new");
        Change edit = units.stream().filter(u -> u.kind() == UnitKind.EDITED).findFirst().orElseThrow().changes().get(0);
        int at = edit.b().end() > edit.b().start() ? edit.b().start() : edit.a().start();
        ColumnView column = edit.b().end() > edit.b().start() ? columns.get(1) : columns.get(0);
        assertThat(column.area().getStyleOfChar(at)).anyMatch(s -> s.startsWith("chg-"));
        assertThat(new FxRobot().lookup("#counts").queryLabeled().getText()).contains("处改动", "处重复");
        ListView<Report> list = new FxRobot().lookup("#report-list").queryListView();
        assertThat(list.getItems()).hasSize(5);
    }

    @Test
    void selectingAnAlignmentRowScrollsBothColumnsToTheAlignedSections(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()), 2);
        ListView<AlignmentRow> rows = robot.lookup("#alignment-rows").queryListView();
        AlignmentRow row = rows.getItems().stream()
                .filter(r -> r.level() == 2 && r.present() == 2).skip(3).findFirst().orElseThrow();
        robot.interact(() -> rows.getSelectionModel().select(row));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        List<ColumnView> columns = window.compareView().columns();
        for (int i = 0; i < 2; i++) {
            ColumnView c = columns.get(i);
            OutlineNode section = node(c.report().outline(), row.sections().get(i));
            int top = c.area().firstVisibleParToAllParIndex();
            assertThat(top).as("column %d shows %s at the top", i, section.title()).isEqualTo(c.paragraphOf(section.start()));
        }
    }

    @Test
    void f7MovesToTheNextChangeAndShowsItsOtherSide(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()), 2);
        ColumnView newer = window.compareView().columns().get(1);
        robot.interact(() -> {
            newer.area().requestFocus();
            newer.area().moveTo(0);
        });
        robot.type(KeyCode.F7);
        WaitForAsyncUtils.waitForFxEvents();
        Analysis analysis = window.viewModel().analysisProperty().get();
        List<Change> changes = analysis.comparison().pairs().get(0).changes();
        int start = newer.area().getSelection().getStart();
        int end = newer.area().getSelection().getEnd();
        assertThat(changes).anyMatch(c -> c.b().start() == start && c.b().end() == end);
        int first = changes.stream().mapToInt(c -> c.b().start()).filter(s -> s > 0).min().orElseThrow();
        assertThat(start).isEqualTo(first);
        robot.type(KeyCode.F7);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(newer.area().getSelection().getStart()).isGreaterThan(start);
        robot.press(KeyCode.SHIFT).type(KeyCode.F7).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(newer.area().getSelection().getStart()).isEqualTo(start);
    }

    @Test
    void theTargetsTabShowsTheGdpTargetsOf2022And2024(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2024.toString(), Seeds.DALIAN_2022.toString()), 2);
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        TableView<TargetTable.Row> table = robot.lookup("#targets-table").queryTableView();
        TargetTable.Row gdp = table.getItems().stream().filter(r -> r.metric().equals("地区生产总值")).findFirst()
                .orElseThrow();
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly("指标", "大连市 2022", "大连市 2024");
        assertThat(gdp.cells().get(0).target().figure()).isEqualTo("增长8%左右");
        assertThat(gdp.cells().get(1).target().figure()).isEqualTo("增长6%左右");
        assertThat(robot.lookup(".table-cell").queryAll()).anyMatch(n -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().startsWith("增长6%左右  ↓ 调低"));
    }

    @Test
    void theDuplicatesTabListsTheRepeatedTextOfGaoxin2024AndDoubleClickShowsIt(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.DALIAN_2024.toString()), 2);
        robot.interact(() -> window.tabs().getSelectionModel().select(2));
        TableView<Duplicate> table = robot.lookup("#duplicates-table").queryTableView();
        Duplicate first = table.getItems().get(0);
        assertThat(first.text()).startsWith("一、2023年工作回顾");
        assertThat(first.length()).isGreaterThan(10_000);
        assertThat(first.occurrences()).hasSize(2);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.doubleClickOn(robot.lookup("#duplicates-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.tabs().getSelectionModel().getSelectedIndex()).isZero();
        ColumnView gaoxin = window.compareView().columns().stream()
                .filter(c -> fileName(c.report()).startsWith("002")).findFirst().orElseThrow();
        assertThat(gaoxin.area().getSelection().getStart()).isEqualTo(first.occurrences().get(1).start());
    }

    @Test
    void anUnreadableFileGivesAMessageAndTheOtherReportsStay(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.GAOXIN_2026.toString()), 2);
        Path binary = Files.write(dir.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        robot.interact(() -> window.viewModel().open(List.of(binary.toString())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().problems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problem-bar").query().isVisible()).isTrue();
        assertThat(robot.lookup(binary + ": not a text file: it is a PNG image").tryQuery()).isPresent();
        assertThat(window.viewModel().reports()).extracting(r -> r.metadata().planYear()).containsExactly(2022, 2026);
        assertThat(window.compareView().columns()).hasSize(2);
    }

    @Test
    void changingAnOptionReanalysesAndKeepsTheScrollPosition(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()), 2);
        ColumnView newer = window.compareView().columns().get(1);
        robot.interact(() -> newer.reveal(8000));
        WaitForAsyncUtils.waitForFxEvents();
        int top = newer.area().firstVisibleParToAllParIndex();
        Analysis before = window.viewModel().analysisProperty().get();
        robot.interact(() -> window.viewModel().setOptions(window.viewModel().optionsProperty().get().withCompare(
                before.options().compare().withGranularity(Granularity.SENTENCE))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().analysisProperty().get() != before
                && !window.viewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().analysisProperty().get().options().compare().granularity())
                .isEqualTo(Granularity.SENTENCE);
        assertThat(newer.area().firstVisibleParToAllParIndex()).isEqualTo(top);
        assertThat(new Settings(preferences).granularity()).isEqualTo(CompareOptions.DEFAULTS.granularity());
    }

    @Test
    void findSearchesEveryColumnAndZoomChangesTheFontSize(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()), 2);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("地区生产总值增长").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        for (ColumnView c : window.compareView().columns()) {
            assertThat(c.area().getSelectedText()).isEqualTo("地区生产总值增长");
        }
        double before = window.compareView().fontSize();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.compareView().fontSize()).isGreaterThan(before);
    }

    @Test
    void scrollingOneColumnKeepsTheAlignedSectionLevelInTheOther(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()), 2);
        List<ColumnView> columns = window.compareView().columns();
        Analysis analysis = window.viewModel().analysisProperty().get();
        AlignmentRow row = analysis.comparison().alignment().stream()
                .filter(r -> r.level() == 2 && r.present() == 2).skip(2).findFirst().orElseThrow();
        OutlineNode older = node(columns.get(0).report().outline(), row.sections().get(0));
        OutlineNode newer = node(columns.get(1).report().outline(), row.sections().get(1));
        // the user brings the section to the top of the older column (as with the scroll bar)
        robot.interact(() -> columns.get(0).area().showParagraphAtTop(columns.get(0).paragraphOf(older.start())));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(columns.get(1).area().firstVisibleParToAllParIndex()).isEqualTo(columns.get(1).paragraphOf(newer.start()));
    }

    @Test
    void scrollingByPixelsMovesSmoothlyAndTheOtherColumnFollowsWithoutPullingBack(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()), 2);
        List<ColumnView> columns = window.compareView().columns();
        double before = columns.get(0).area().getEstimatedScrollY();
        int otherBefore = columns.get(1).area().firstVisibleParToAllParIndex();
        for (int step = 0; step < 40; step++) {
            robot.interact(() -> columns.get(0).area().scrollYBy(40));
            Thread.sleep(20);
        }
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        // 40 steps of 40 px: the column the user scrolls is where the steps took it, not snapped back
        assertThat(columns.get(0).area().getEstimatedScrollY() - before).isGreaterThan(1200);
        assertThat(columns.get(1).area().firstVisibleParToAllParIndex()).isGreaterThan(otherBefore);
    }

    @Test
    void f8MovesToTheNextDuplicateAndTheRulerScrollsWhereItIsClicked(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2024.toString(), Seeds.GAOXIN_2024.toString()), 2);
        ColumnView gaoxin = window.compareView().columns().stream()
                .filter(c -> fileName(c.report()).startsWith("002")).findFirst().orElseThrow();
        robot.interact(() -> {
            gaoxin.area().requestFocus();
            gaoxin.area().moveTo(0);
        });
        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        int start = gaoxin.area().getSelection().getStart();
        assertThat(gaoxin.area().getSelection().getLength()).isPositive();
        assertThat(gaoxin.area().getStyleOfChar(start)).contains(MarkKind.DUPLICATE.id());
        assertThat(gaoxin.ruler().marks()).anyMatch(m -> m.kind() == MarkKind.DUPLICATE);
        robot.clickOn(robot.point(gaoxin.ruler()).atPosition(javafx.geometry.Pos.BOTTOM_CENTER).atOffset(new javafx.geometry.Point2D(0, -4)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gaoxin.area().firstVisibleParToAllParIndex()).isGreaterThan(gaoxin.paragraphOf(gaoxin.area().getLength() / 2));
    }

    @Test
    void aCorrectedGovernmentAndYearAreUsedByTheTargetTable(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()), 2);
        Analysis before = window.viewModel().analysisProperty().get();
        Report gaoxin2026 = window.viewModel().reports().get(1);
        robot.interact(() -> window.viewModel().correctMetadata(gaoxin2026, "大连高新区", 2026));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().analysisProperty().get() != before
                && !window.viewModel().busyProperty().get());
        Analysis after = window.viewModel().analysisProperty().get();
        assertThat(window.viewModel().reports().get(1).metadata().government()).isEqualTo("大连高新区");
        assertThat(after.targets().table().columns()).anyMatch(c -> "大连高新区".equals(c.government())
                && Integer.valueOf(2026).equals(c.year()));
        assertThat(window.compareView().columns().get(1).header().getText()).startsWith("大连高新区");
    }

    @Test
    void recentFilesAndOptionsAreRemembered() {
        Settings settings = new Settings(preferences);
        settings.addRecent(List.of("a.txt", "b.txt"));
        settings.addRecent(List.of("c.txt", "a.txt"));
        assertThat(settings.recentFiles()).containsExactly("c.txt", "a.txt", "b.txt");
        settings.granularity(Granularity.WORD);
        settings.minDuplicateLength(30);
        Settings again = new Settings(preferences);
        assertThat(again.granularity()).isEqualTo(Granularity.WORD);
        assertThat(again.minDuplicateLength()).isEqualTo(30);
        assertThat(MainWindow.optionsFrom(again).compare().granularity()).isEqualTo(Granularity.WORD);
        assertThat(MainWindow.optionsFrom(again).duplicates().minLength()).isEqualTo(30);
    }

    @Test
    void theComparisonAndTheTargetTableAreExported(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()), 2);
        Analysis analysis = window.viewModel().analysisProperty().get();
        Path html = dir.resolve("export.html");
        Path csv = dir.resolve("targets.csv");
        robot.interact(() -> {
            window.viewModel().export(analysis, "html", html);
            window.viewModel().export(analysis, "csv", csv);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(html) && Files.exists(csv));
        assertThat(Files.readString(html)).contains("<table class=\"compare\">", "主要预期目标 Targets");
        assertThat(Files.readString(csv)).contains("\"地区生产总值\",\"增长8%左右\"");
    }

    @Test
    void notesAreSavedInAWorkspaceAndComeBackWhenItIsOpened(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()), 2);
        Report dalian2024 = window.viewModel().reports().get(1);
        String quote = "规模以上工业增加值增长7.5%";
        int at = dalian2024.original().indexOf(quote);
        robot.interact(() -> {
            window.review().add(dalian2024, at, at + quote.length(), "目标调低了，需核实", false);
            window.review().add(dalian2024, 0, 4, "", true);
        });
        Path file = dir.resolve("review-" + UUID.randomUUID() + ".rlw");
        robot.interact(() -> window.review().save(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file) && !window.review().unsaved());
        robot.interact(() -> {
            window.review().notes().clear();
            window.viewModel().remove(window.viewModel().reports().get(0));
        });
        robot.interact(() -> window.review().open(file, false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.review().notes().size() == 2
                && window.viewModel().reports().size() == 2 && !window.viewModel().busyProperty().get());
        var note = window.review().notes().get(0);
        assertThat(note.text()).isEqualTo("目标调低了，需核实");
        assertThat(note.anchor().quote()).isEqualTo("规模以上工业增加值增长7.5%");
        Report reopened = window.review().reportOf(note);
        assertThat(reopened.original().substring(note.anchor().start(), note.anchor().end())).isEqualTo(note.anchor().quote());
        assertThat(window.review().notes().get(1).reviewed()).isTrue();
        assertThat(window.review().fileProperty().get()).isEqualTo(file);
    }

    @Test
    void optionsRestoredFromAWorkspaceShowInTheOptionsBar(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()), 2);
        Path file = dir.resolve("options-" + UUID.randomUUID() + ".rlw");
        org.reportlens.core.workspace.WorkspaceFile.save(file, new org.reportlens.core.workspace.Workspace(
                List.of(new org.reportlens.core.workspace.WorkspaceReport(Seeds.DALIAN_2022.toAbsolutePath().toString(), null, null),
                        new org.reportlens.core.workspace.WorkspaceReport(Seeds.DALIAN_2024.toAbsolutePath().toString(), null, null)),
                java.util.Map.of("granularity", "sentence", "minDuplicate", "35"), List.of()));
        robot.interact(() -> window.review().open(file, false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().optionsProperty().get().duplicates()
                .minLength() == 35 && !window.viewModel().busyProperty().get()
                && window.viewModel().analysisProperty().get() != null
                && window.viewModel().analysisProperty().get().options().duplicates().minLength() == 35);
        javafx.scene.control.ChoiceBox<?> granularity = robot.lookup("#granularity").queryAs(javafx.scene.control.ChoiceBox.class);
        assertThat(granularity.getValue()).isEqualTo(Granularity.SENTENCE);
        assertThat(window.viewModel().analysisProperty().get().options().compare().granularity()).isEqualTo(Granularity.SENTENCE);
    }

    @Test
    void notesOfASessionThatEndedBadlyAreOfferedBack(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()), 2);
        Report dalian2022 = window.viewModel().reports().get(0);
        robot.interact(() -> window.review().add(dalian2022, 10, 20, "未保存的批注", false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(settings.recoveryFile()));
        // the process "dies": a new window starts with the same settings
        MainWindow[] next = new MainWindow[1];
        robot.interact(() -> {
            next[0] = new MainWindow(Messages.forLocale(Locale.SIMPLIFIED_CHINESE), settings);
            next[0].show(new Stage());
        });
        assertThat(robot.lookup("#recovery-bar").queryAll().stream().anyMatch(javafx.scene.Node::isVisible)).isTrue();
        robot.interact(() -> next[0].review().restoreRecovery());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> next[0].review().notes().size() == 1
                && next[0].viewModel().reports().size() == 2);
        assertThat(next[0].review().notes().get(0).text()).isEqualTo("未保存的批注");
        assertThat(next[0].review().unsaved()).isTrue();
        robot.interact(() -> next[0].review().discardRecovery());
        assertThat(Files.exists(settings.recoveryFile())).isFalse();
    }
}
