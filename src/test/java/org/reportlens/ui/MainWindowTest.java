package org.reportlens.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.OptionalInt;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.MarkKind;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.core.compare.Change;
import org.reportlens.core.compare.CompareOptions;
import org.reportlens.core.compare.DiffUnit;
import org.reportlens.core.compare.Granularity;
import org.reportlens.core.compare.UnitKind;
import org.reportlens.core.dups.Duplicate;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.targets.TargetTable;
import org.reportlens.core.workspace.Workspace;
import org.reportlens.core.workspace.WorkspaceFile;
import org.reportlens.core.text.Span;
import org.reportlens.core.workspace.WorkspaceReport;
import org.reportlens.session.AlignmentLine;
import org.reportlens.session.ChangeEntry;
import org.reportlens.session.Changes;
import org.reportlens.session.ConnectorBands;
import org.reportlens.session.ScrollMap;
import org.reportlens.session.Session;
import org.reportlens.session.Settings;
import org.reportlens.session.ShownAnalysis;
import org.reportlens.session.ShownText;
import org.reportlens.session.Subscription;
import org.reportlens.testing.Seeds;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window end to end, as a user drives it. The decisions behind it are tested without a window
 * in {@code org.reportlens.session}. Nothing here sleeps or polls: the test waits for the session to
 * say it is done (a watcher completes a future), reads JavaFX state on the FX thread only
 * ({@link #fx}), and lays the window out before it looks at what is on screen ({@link #settle}).
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final long TIMEOUT_SECONDS = 120;
    @TempDir
    static Path dir;

    private Stage stage;
    private MainWindow window;
    private Preferences preferences;
    private Settings settings;
    private Stage second;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // a node of its own, so the test never reads or changes what the user has set
        preferences = Preferences.userRoot().node("org/reportlens/test-" + UUID.randomUUID());
        settings = new Settings(preferences, dir.resolve("recovery-" + UUID.randomUUID() + ".rlw"));
        window = new MainWindow(Messages.forLocale(Locale.SIMPLIFIED_CHINESE), settings);
        window.show(stage);
        // keys typed go to the focused window: this one, whatever an earlier test showed
        stage.toFront();
        stage.requestFocus();
    }

    @AfterEach
    void closeWindows() throws Exception {
        fx(() -> {
            window.session().close();
            if (second != null) {
                second.close();
            }
            return null;
        });
        preferences.removeNode();
    }

    /** Reads JavaFX (and session) state where it lives: on the FX thread. */
    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(read));
    }

    private static <T> T await(CompletableFuture<T> done) throws Exception {
        return WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, done);
    }

    /** Waits until {@code condition} holds on the FX thread, checking it whenever the session of {@code w} changes. */
    private static void until(MainWindow w, BooleanSupplier condition) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        List<Subscription> watching = fx(() -> {
            Runnable check = () -> {
                if (condition.getAsBoolean()) {
                    done.complete(null);
                }
            };
            Session s = w.session();
            List<Subscription> subscriptions = List.of(s.shown().watch(v -> check.run()), s.busy().watch(v -> check.run()),
                    s.reports().watch(v -> check.run()), s.problems().watch(v -> check.run()),
                    s.options().watch(v -> check.run()), w.review().notes().watch(v -> check.run()));
            check.run();
            return subscriptions;
        });
        try {
            await(done);
        } finally {
            fx(() -> {
                watching.forEach(Subscription::cancel);
                return null;
            });
        }
        settle();
    }

    /** Done: nothing running, these many reports, their columns shown with their analysis. */
    private static boolean analysed(MainWindow w, int reports) {
        Session s = w.session();
        return !s.busy().get() && s.reports().get().size() == reports && s.shown().get().analysed()
                && !s.shown().get().columns().isEmpty();
    }

    private void openAndWait(List<String> files, int expectedReports) throws Exception {
        fx(() -> window.session().open(files));
        until(window, () -> analysed(window, expectedReports));
    }

    /** Opens three reports and shows all three as columns, analysed. */
    private void openInThreeColumns(java.nio.file.Path... files) throws Exception {
        openAndWait(java.util.Arrays.stream(files).map(Object::toString).toList(), 3);
        fx(() -> {
            window.session().showColumns(window.session().reports().get());
            return null;
        });
        until(window, () -> analysed(window, 3) && window.session().shown().get().columns().size() == 3);
    }

    /** Lays every window out now — what the next pulse would do — until nothing waits for layout. */
    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                Parent root = w.getScene() == null ? null : w.getScene().getRoot();
                for (int pass = 0; root != null && pass < 20; pass++) {
                    root.applyCss();
                    root.layout();
                    if (!root.isNeedsLayout()) {
                        break;
                    }
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ListView<AlignmentRow> alignmentRows(FxRobot robot) throws Exception {
        return (ListView<AlignmentRow>) lookup(robot, "#alignment-rows");
    }

    /** The first node of this window matching {@code query}, looked up on the FX thread. */
    private Node lookup(FxRobot robot, String query) throws Exception {
        return lookup(robot, stage, query);
    }

    /** The outline label of section {@code id} of report {@code column}, as the pane shows it. */
    private String titleOf(List<AlignmentRow> rows, int column, String id) {
        AlignmentRow row = rows.stream().filter(r -> id.equals(r.sections().get(column))).findFirst().orElseThrow();
        return ReportDescriptions.nodeLabel(window.session().shown().get().sections().node(row, column));
    }

    /** The context menu with this id that is showing. */
    private static javafx.scene.control.ContextMenu shownMenu(String id) throws Exception {
        return fx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && id.equals(((javafx.scene.control.ContextMenu) w).getId()))
                .map(w -> (javafx.scene.control.ContextMenu) w).findFirst().orElseThrow());
    }

    /** Whether a node of this window matches {@code query}. */
    private boolean shown(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.from(stage.getScene().getRoot()).lookup(query).tryQuery().isPresent());
    }

    private static Node lookup(FxRobot robot, Stage in, String query) throws Exception {
        return fx(() -> robot.from(in.getScene().getRoot()).lookup(query).query());
    }

    /** Where on the screen a node is, {@code up} pixels above its bottom centre (or its centre). */
    private static Point2D onScreen(Node node, boolean bottom, double up) throws Exception {
        return fx(() -> {
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            return new Point2D(b.getCenterX(), bottom ? b.getMaxY() - up : b.getCenterY());
        });
    }

    private static String fileName(Report r) {
        return Path.of(r.file()).getFileName().toString();
    }

    private List<ColumnView> columns() throws Exception {
        return fx(() -> List.copyOf(window.compareView().columns()));
    }

    private Analysis analysis() throws Exception {
        return fx(() -> window.session().shown().get().analysis());
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
    void onTheSeedsGaoxin2024And2026AreSideBySideWithTheirChangesHighlighted(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DIR.toString()), 5);
        List<ColumnView> columns = columns();
        assertThat(fx(() -> columns.stream().map(c -> fileName(c.report())).toList()))
                .containsExactly("002_ca4b8885897b7fc4.txt", "004_8214ba83723716f4.txt");
        assertThat(fx(() -> columns.get(0).area().getText())).isEqualTo(Files.readString(Seeds.GAOXIN_2024));
        assertThat(fx(() -> columns.get(0).header().getText())).contains("部署2024年");
        List<DiffUnit> units = analysis().comparison().pairs().get(0).units();
        DiffUnit dropped = units.stream().filter(u -> u.kind() == UnitKind.DROPPED).findFirst().orElseThrow();
        assertThat(fx(() -> columns.get(0).area().getStyleOfChar(dropped.a().start()))).contains("unit-dropped");
        DiffUnit added = units.stream().filter(u -> u.kind() == UnitKind.NEW).findFirst().orElseThrow();
        assertThat(fx(() -> columns.get(1).area().getStyleOfChar(added.b().start()))).contains("unit-new");
        Change edit = units.stream().filter(u -> u.kind() == UnitKind.EDITED).findFirst().orElseThrow().changes().get(0);
        int at = edit.b().end() > edit.b().start() ? edit.b().start() : edit.a().start();
        ColumnView column = edit.b().end() > edit.b().start() ? columns.get(1) : columns.get(0);
        assertThat(fx(() -> column.area().getStyleOfChar(at))).anyMatch(s -> s.startsWith("chg-"));
        assertThat(fx(() -> ((Labeled) lookup(robot, "#counts")).getText())).contains("处改动", "处重复");
        assertThat(fx(() -> ((ListView<?>) lookup(robot, "#report-list")).getItems().size())).isEqualTo(5);
    }

    @Test
    void selectingAnAlignmentRowScrollsBothColumnsToTheAlignedSections(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()), 2);
        ListView<AlignmentRow> rows = alignmentRows(robot);
        AlignmentRow row = fx(() -> rows.getItems().stream()
                .filter(r -> r.level() == 2 && r.present() == 2).skip(3).findFirst().orElseThrow());
        robot.interact(() -> rows.getSelectionModel().select(row));
        settle();
        List<ColumnView> columns = columns();
        for (int i = 0; i < 2; i++) {
            ColumnView c = columns.get(i);
            int col = i;
            OutlineNode section = fx(() -> node(c.report().outline(), row.sections().get(col)));
            assertThat(fx(() -> c.area().firstVisibleParToAllParIndex())).as("column %d shows %s at the top", i, section.title())
                    .isEqualTo(fx(() -> c.paragraphOf(section.start())));
        }
        // a section new in 2026: the older column goes to where it would stand, not left where it was
        AlignmentRow added = fx(() -> rows.getItems().stream()
                .filter(r -> r.level() == 2 && r.sections().get(0) == null).findFirst().orElseThrow());
        int waits = fx(() -> window.session().shown().get().rowPlaces(added).tops().get(0));
        assertThat(waits).isNotNegative();
        robot.interact(() -> rows.getSelectionModel().select(added));
        settle();
        assertThat(fx(() -> columns.get(0).area().firstVisibleParToAllParIndex())).isEqualTo(fx(() -> columns.get(0).paragraphOf(waits)));
        // … and the status bar says what the older column shows is no counterpart, until a row both years have
        assertThat(fx(() -> ((Labeled) lookup(robot, "#status")).getText())).startsWith("2024 没有这一行的章节");
        robot.interact(() -> rows.getSelectionModel().clearAndSelect(rows.getItems().indexOf(row)));
        settle();
        assertThat(fx(() -> window.session().status().get().key())).isEqualTo("status.analysed");
    }

    @Test
    void aSectionThatChangedPlaceSaysSoInItsRow(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()), 2);
        ListView<AlignmentRow> rows = alignmentRows(robot);
        int at = fx(() -> IntStream.range(0, rows.getItems().size())
                .filter(i -> !window.session().shown().get().moved(rows.getItems().get(i)).isEmpty()).findFirst().orElse(-1));
        assertThat(at).as("the seeds' 社会治理 moved from fifth to eighth").isNotNegative();
        robot.interact(() -> rows.scrollTo(at));
        settle();
        AlignmentRow row = fx(() -> rows.getItems().get(at));
        javafx.scene.control.ListCell<?> cell = fx(() -> rows.lookupAll(".list-cell").stream()
                .map(n -> (javafx.scene.control.ListCell<?>) n).filter(c -> c.getItem() == row).findFirst().orElseThrow());
        assertThat(fx(() -> cell.lookupAll(".row-badge-moved").stream().map(n -> ((Labeled) n).getText()).toList()))
                .containsExactly("调序");
        assertThat(fx(() -> cell.getTooltip().getText())).contains("位置变了：2024 为 (五)，2026 为 (八)");
        assertThat(fx(() -> cell.getTooltip().isWrapText())).as("a row's tooltip wraps").isTrue();
        // the rows shown whose sections kept their places say nothing of it
        assertThat(fx(() -> rows.lookupAll(".list-cell").stream().map(n -> (javafx.scene.control.ListCell<?>) n)
                .filter(c -> c.getItem() != null && c.getItem() != row && c.lookupAll(".row-badge-moved").size() > 0)
                .map(c -> (AlignmentRow) c.getItem()).filter(r -> window.session().shown().get().moved(r).isEmpty()).toList()))
                .isEmpty();
    }

    @Test
    void anAlsoInUnderAnAlignmentRowShowsTheParagraphsThatWentThereSideBySide(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()), 2);
        ListView<AlignmentRow> rows = alignmentRows(robot);
        int at = fx(() -> IntStream.range(0, rows.getItems().size())
                .filter(i -> !rows.getItems().get(i).alsoIn().isEmpty()).findFirst().orElse(-1));
        assertThat(at).as("the seeds have a split or merge").isNotNegative();
        robot.interact(() -> rows.scrollTo(at));
        settle();
        AlignmentRow row = fx(() -> rows.getItems().get(at));
        AlignmentLine line = fx(() -> AlignmentLine.of(window.session().shown().get(), row));
        // the first "also in" under the titles of that row's own cell
        javafx.scene.control.Hyperlink also = fx(() -> rows.lookupAll(".list-cell").stream()
                .map(n -> (javafx.scene.control.ListCell<?>) n).filter(cell -> cell.getItem() == row)
                .flatMap(cell -> cell.lookupAll(".row-also").stream()).map(n -> (javafx.scene.control.Hyperlink) n)
                .findFirst().orElseThrow());
        assertThat(fx(also::getText)).startsWith("另见 ").contains(line.also().get(0).section().title())
                // shares of the two sections' text, not the similarity the row's own pill shows (an editor took one for the other)
                .contains("（本节 " + line.also().get(0).share() + "%，该节 " + line.also().get(0).shareThere() + "%）");
        robot.clickOn(also);
        settle();
        List<ColumnView> columns = columns();
        for (ShownAnalysis.Place place : line.also().get(0).places()) {
            ColumnView c = columns.get(place.column());
            assertThat(fx(() -> new Span(c.selectionStart(), c.selectionStart() + c.selectionLength())))
                    .as("column %d shows the paragraph", place.column()).isEqualTo(place.span());
        }
        assertThat(line.also().get(0).places()).extracting(ShownAnalysis.Place::column).containsExactlyInAnyOrder(0, 1);
        // another row chosen: the paragraphs are no longer selected over its colours
        int other = at == 0 ? 1 : 0;
        robot.interact(() -> rows.getSelectionModel().select(other));
        settle();
        for (ColumnView c : columns) {
            assertThat(fx(c::selectionLength)).isZero();
        }
    }

    @Test
    void f7MovesToTheNextUnitAndShowsItsOtherSide(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()), 2);
        List<ColumnView> columns = columns();
        ColumnView newer = columns.get(1);
        caretAtStart(robot, newer);
        robot.type(KeyCode.F7);
        settle();
        // a whole unit, not a word inside it: the first change after the caret in the newer column's order
        List<ChangeEntry> stops = fx(() -> window.session().shown().get().navigation().changes(1));
        ChangeEntry first = stops.stream().filter(e -> e.place(1).start() > 0).findFirst().orElseThrow();
        assertThat(fx(() -> new Span(newer.selectionStart(), newer.selectionStart() + newer.selectionLength())))
                .isEqualTo(first.place(1));
        assertThat(fx(() -> columns.get(0).selectionStart())).isEqualTo(first.place(0).start());
        assertThat(fx(() -> window.changes().current().get())).isEqualTo(first);
        // F7 goes on to the stop after it in the column's order, even one at the same place (a dropped unit
        // sits in the newer column where its text would be, before the unit that starts there)
        ChangeEntry second = stops.get(stops.indexOf(first) + 1);
        robot.type(KeyCode.F7);
        settle();
        assertThat(fx(() -> window.changes().current().get())).isEqualTo(second);
        assertThat(fx(() -> newer.selectionStart())).isEqualTo(second.place(1).start());
        robot.press(KeyCode.SHIFT).type(KeyCode.F7).release(KeyCode.SHIFT);
        settle();
        assertThat(fx(() -> window.changes().current().get())).isEqualTo(first);
        assertThat(fx(() -> newer.selectionStart())).isEqualTo(first.place(1).start());
    }

    @Test
    void theSidePanesArePutAwayForTheColumnsAndComeBackWhereTheyWere(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()), 2);
        SplitPane body = (SplitPane) lookup(robot, "#window-body");
        javafx.scene.control.CheckMenuItem sidePanes = fx(() -> ((javafx.scene.control.MenuBar) stage.getScene()
                .lookup(".menu-bar")).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "side-panes-menu".equals(i.getId())).map(i -> (javafx.scene.control.CheckMenuItem) i)
                .findFirst().orElseThrow());
        double column = fx(() -> columns().get(0).getWidth());
        robot.interact(() -> body.setDividerPositions(0.35));
        settle();
        robot.push(javafx.scene.input.KeyCode.F9); // the View menu's accelerator
        settle();
        assertThat(fx(sidePanes::isSelected)).isFalse();
        assertThat(fx(() -> body.getItems().size())).as("the tabs alone").isEqualTo(1);
        assertThat(fx(() -> stage.getScene().lookup("#alignment-rows"))).isNull();
        assertThat(fx(() -> columns().get(0).getWidth())).as("the columns take the width").isGreaterThan(column);
        robot.push(javafx.scene.input.KeyCode.F9);
        settle();
        assertThat(fx(() -> body.getItems().size())).isEqualTo(2);
        assertThat(fx(() -> body.getDividerPositions()[0])).as("where the user had it").isCloseTo(0.35, within(0.01));
        assertThat(fx(sidePanes::isSelected)).isTrue();
    }

    @Test
    void theTargetsTabShowsTheGdpTargetsOf2022And2024(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2024.toString(), Seeds.DALIAN_2022.toString()), 2);
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        settle();
        @SuppressWarnings("unchecked")
        TableView<TargetTable.Row> table = (TableView<TargetTable.Row>) lookup(robot, "#targets-table");
        TargetTable.Row gdp = fx(() -> table.getItems().stream().filter(r -> r.metric().equals("地区生产总值"))
                .findFirst().orElseThrow());
        assertThat(fx(() -> table.getColumns().stream().map(c -> c.getText()).toList()))
                .containsExactly("指标", "大连市 2022", "大连市 2024");
        assertThat(gdp.cells().get(0).target().figure()).isEqualTo("增长8%左右");
        assertThat(gdp.cells().get(1).target().figure()).isEqualTo("增长6%左右");
        assertThat(fx(() -> robot.from(stage.getScene().getRoot()).lookup(".table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith("增长6%左右  ↓ 调低"))))
                .isTrue();
        // a click on a section's row with the targets in front brings the columns to the front, at that section
        ListView<AlignmentRow> rows = alignmentRows(robot);
        int at = fx(() -> IntStream.range(0, rows.getItems().size())
                .filter(i -> rows.getItems().get(i).level() == 2 && rows.getItems().get(i).present() == 2
                        && rows.getItems().get(i).alsoIn().isEmpty()).findFirst().orElseThrow()); // no line to click on by chance
        robot.interact(() -> rows.scrollTo(at));
        settle();
        Node cell = fx(() -> rows.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getIndex() == at).findFirst().orElseThrow());
        robot.clickOn(onScreen(cell, false, 0), org.testfx.robot.Motion.DIRECT);
        settle();
        assertThat(fx(() -> window.tabs().getSelectionModel().getSelectedIndex())).isZero();
        assertThat(fx(() -> rows.getSelectionModel().getSelectedIndex())).isEqualTo(at);
        // back to the targets, and a click on the same row, still selected: the columns again
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        settle();
        robot.clickOn(onScreen(cell, false, 0), org.testfx.robot.Motion.DIRECT);
        settle();
        assertThat(fx(() -> window.tabs().getSelectionModel().getSelectedIndex())).isZero();
    }

    @Test
    void theDuplicatesTabListsTheRepeatedTextOfGaoxin2024AndDoubleClickShowsIt(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.DALIAN_2024.toString()), 2);
        robot.interact(() -> window.tabs().getSelectionModel().select(2));
        settle();
        @SuppressWarnings("unchecked")
        TableView<Duplicate> table = (TableView<Duplicate>) lookup(robot, "#duplicates-table");
        Duplicate first = fx(() -> table.getItems().get(0));
        assertThat(first.text()).startsWith("一、2023年工作回顾");
        assertThat(first.length()).isGreaterThan(10_000);
        assertThat(first.occurrences()).hasSize(2);
        robot.interact(() -> table.getSelectionModel().select(0));
        // the double-click itself, as one event: a robot's two clicks on a busy machine can come too far
        // apart to make one (which is the toolkit's business, not this window's)
        Node row = lookup(robot, "#duplicates-table .table-row-cell");
        robot.interact(() -> Event.fireEvent(row, new MouseEvent(MouseEvent.MOUSE_CLICKED, 5, 5, 5, 5, MouseButton.PRIMARY,
                2, false, false, false, false, true, false, false, true, false, false, null)));
        settle();
        assertThat(fx(() -> window.tabs().getSelectionModel().getSelectedIndex())).isZero();
        ColumnView gaoxin = fx(() -> window.compareView().columns().stream()
                .filter(c -> fileName(c.report()).startsWith("002")).findFirst().orElseThrow());
        assertThat(fx(() -> gaoxin.area().getSelection().getStart())).isEqualTo(first.occurrences().get(1).start());
    }

    @Test
    void anUnreadableFileGivesAMessageAndTheOtherReportsStay(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.GAOXIN_2026.toString()), 2);
        Path binary = Files.write(dir.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        fx(() -> window.session().open(List.of(binary.toString())));
        until(window, () -> !window.session().problems().get().isEmpty() && !window.session().busy().get());
        assertThat(fx(() -> lookup(robot, "#problem-bar").isVisible())).isTrue();
        assertThat(fx(() -> robot.from(stage.getScene().getRoot()).lookup(binary + ": not a text file: it is a PNG image")
                .tryQuery().isPresent()))
                .isTrue();
        assertThat(fx(() -> window.session().reports().get().stream().map(r -> r.metadata().planYear()).toList()))
                .containsExactly(2022, 2026);
        assertThat(columns()).hasSize(2);
    }

    @Test
    void changingAnOptionReanalysesAndKeepsTheScrollPosition(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()), 2);
        ColumnView newer = columns().get(1);
        robot.interact(() -> newer.reveal(8000));
        followed();
        // the user reads two lines into the paragraph
        robot.interact(() -> newer.area().scrollYBy(40));
        followed();
        int top = fx(() -> newer.area().firstVisibleParToAllParIndex());
        int line = fx(newer::topOffset);
        assertThat(line).as("a line inside the paragraph").isGreaterThan(fx(() -> newer.area().getAbsolutePosition(top, 0)));
        Analysis before = analysis();
        robot.interact(() -> window.session().useOptions(window.session().options().get().withCompare(
                before.options().compare().withGranularity(Granularity.SENTENCE))));
        until(window, () -> window.session().shown().get().analysis() != before && analysed(window, 2));
        followed();
        assertThat(analysis().options().compare().granularity()).isEqualTo(Granularity.SENTENCE);
        assertThat(fx(() -> newer.area().firstVisibleParToAllParIndex())).isEqualTo(top);
        assertThat(fx(newer::topOffset)).as("the same line, not the paragraph's start").isEqualTo(line);
        assertThat(new Settings(preferences).granularity()).isEqualTo(CompareOptions.DEFAULTS.granularity());
    }

    @Test
    void anOptionChosenInTheBarIsAnalysedAndRemembered(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()), 2);
        @SuppressWarnings("unchecked")
        ChoiceBox<Granularity> granularity = (ChoiceBox<Granularity>) lookup(robot, "#granularity");
        robot.interact(() -> granularity.setValue(Granularity.SENTENCE));
        until(window, () -> analysed(window, 2)
                && window.session().shown().get().analysis().options().compare().granularity() == Granularity.SENTENCE);
        assertThat(new Settings(preferences).granularity()).isEqualTo(Granularity.SENTENCE);
    }

    @Test
    void findSearchesEveryColumnAndZoomChangesTheFontSize(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()), 2);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        settle();
        robot.write("地区生产总值增长").type(KeyCode.ENTER);
        settle();
        for (ColumnView c : columns()) {
            assertThat(fx(() -> c.area().getSelectedText())).isEqualTo("地区生产总值增长");
        }
        double before = fx(() -> window.compareView().fontSize());
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        settle();
        assertThat(fx(() -> window.compareView().fontSize())).isGreaterThan(before);
    }

    @Test
    void scrollingOneColumnKeepsTheAlignedSectionLevelInTheOther(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()), 2);
        List<ColumnView> columns = columns();
        List<OutlineNode> pair = thirdSectionPair(columns);
        OutlineNode older = pair.get(0);
        OutlineNode newer = pair.get(1);
        // the user brings the section to the top of the older column (as with the scroll bar)
        robot.interact(() -> columns.get(0).area().showParagraphAtTop(columns.get(0).paragraphOf(older.start())));
        followed();
        assertThat(fx(() -> columns.get(1).area().firstVisibleParToAllParIndex()))
                .isEqualTo(fx(() -> columns.get(1).paragraphOf(newer.start())));
    }

    /**
     * Waits until the toolkit has run a whole pulse — CSS, layout and what runs after the layout, where
     * the gutters draw — after this call: an animation timer ticks once a pulse, before its layout.
     */
    private static void pulse() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        fx(() -> {
            new javafx.animation.AnimationTimer() {
                private int ticks;

                @Override
                public void handle(long now) {
                    if (++ticks == 3) { // the second pulse began: the first after this call is whole
                        stop();
                        done.complete(null);
                    }
                }
            }.start();
            return null;
        });
        await(done);
    }

    /**
     * Waits until the other columns have followed the one the user scrolled: they follow after a layout
     * pass of a pulse (a line at a time, a far place by paragraphs first and by lines a pulse later).
     */
    private void followed() throws Exception {
        settle();
        for (int i = 0; i < 10 && fx(() -> window.compareView().following()); i++) {
            pulse();
        }
        assertThat(fx(() -> window.compareView().following())).as("the columns followed").isFalse();
        settle();
    }

    /** The sections, older and newer, of the third row pairing two sections of the two columns. */
    private List<OutlineNode> thirdSectionPair(List<ColumnView> columns) throws Exception {
        AlignmentRow row = analysis().comparison().alignment().stream()
                .filter(r -> r.level() == 2 && r.present() == 2).skip(2).findFirst().orElseThrow();
        return fx(() -> List.of(node(columns.get(0).report().outline(), row.sections().get(0)),
                node(columns.get(1).report().outline(), row.sections().get(1))));
    }

    /** The first row of two numbered sections, level 2, present in both columns, from row {@code from} on; -1 if none. */
    private static int pairedSection(List<AlignmentRow> rows, int from) {
        for (int r = from; r < rows.size(); r++) {
            if (rows.get(r).level() == 2 && rows.get(r).present() == 2) {
                return r;
            }
        }
        return -1;
    }

    /** Where the first character at {@code offset} of a column stands, as y in the gutters' coordinates. */
    private static double yOf(ColumnView column, int offset, ConnectorGutters gutters) throws Exception {
        return fx(() -> {
            int shown = column.shownText().toShown(offset);
            Bounds b = column.area().getCharacterBoundsOnScreen(shown, shown + 1).orElseThrow();
            return gutters.screenToLocal(b).getMinY();
        });
    }

    @Test
    void bandsInTheGutterJoinAlignedSectionsAndFollowTheColumnsAsTheyScroll(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()), 2);
        pulse();
        List<ColumnView> columns = columns();
        ConnectorGutters gutters = fx(() -> window.compareView().gutters());
        List<ConnectorBands.Band> atStart = fx(() -> gutters.bands(0));
        assertThat(atStart).as("the parts that open both reports are joined").isNotEmpty();
        assertThat(fx(() -> gutters.getChildren().size())).isEqualTo(atStart.size());

        List<AlignmentRow> rows = fx(() -> window.session().shown().get().outlineRows());
        int row = pairedSection(rows, 2);
        assertThat(row).isNotNegative();
        OutlineNode older = fx(() -> node(columns.get(0).report().outline(), rows.get(row).sections().get(0)));
        OutlineNode newer = fx(() -> node(columns.get(1).report().outline(), rows.get(row).sections().get(1)));
        // the user brings the paragraph before the section to the top of the older column (the newer
        // follows to its level place), then the newer column is placed the same way: the section stands a
        // little below the top in both, where nothing is pressed to an edge
        robot.interact(() -> columns.get(0).area().showParagraphAtTop(columns.get(0).paragraphOf(older.start()) - 1));
        followed();
        robot.interact(() -> columns.get(1).area().showParagraphAtTop(columns.get(1).paragraphOf(newer.start()) - 1));
        followed();
        pulse();
        List<ConnectorBands.Band> scrolled = fx(() -> gutters.bands(0));
        assertThat(scrolled).isNotEqualTo(atStart);
        double top = fx(() -> columns.get(0).viewport(gutters).top());
        ConnectorBands.Band band = scrolled.stream().filter(b -> b.row() == row).findFirst().orElseThrow();
        assertThat(band.leftTop()).isGreaterThan(top + 5);
        assertThat(band.leftTop()).as("the band begins where the section's first line does, in the older column")
                .isCloseTo(yOf(columns.get(0), older.start(), gutters), offset(3.0));
        assertThat(band.rightTop()).as("and in the newer")
                .isCloseTo(yOf(columns.get(1), newer.start(), gutters), offset(3.0));
        assertThat(band.leftBottom()).isGreaterThan(band.leftTop());
    }

    @Test
    void withThreeColumnsEachGutterJoinsItsTwoColumns(FxRobot robot) throws Exception {
        openInThreeColumns(Seeds.DALIAN_2022, Seeds.GAOXIN_2024, Seeds.GAOXIN_2026);
        pulse();
        ConnectorGutters gutters = fx(() -> window.compareView().gutters());
        List<ConnectorBands.Band> first = fx(() -> gutters.bands(0));
        List<ConnectorBands.Band> second = fx(() -> gutters.bands(1));
        assertThat(first).isNotEmpty();
        assertThat(second).isNotEmpty();
        assertThat(fx(() -> gutters.getChildren().size())).isEqualTo(first.size() + second.size());
        List<ColumnView> columns = columns();
        // each gutter lies between its two columns: after the left one, before the right one's text
        List<Double> xs = fx(() -> gutters.getChildren().stream().map(n -> n.getBoundsInParent().getCenterX()).toList());
        double firstEnd = fx(() -> columns.get(0).right(gutters));
        double secondText = fx(() -> columns.get(1).textLeft(gutters));
        double secondEnd = fx(() -> columns.get(1).right(gutters));
        double thirdText = fx(() -> columns.get(2).textLeft(gutters));
        assertThat(xs.subList(0, first.size())).allMatch(x -> x > firstEnd - 1 && x < secondText + 1);
        assertThat(xs.subList(first.size(), xs.size())).allMatch(x -> x > secondEnd - 1 && x < thirdText + 1);
    }

    @Test
    void aReportTickedAgainComesBackLevelAndTheOthersKeepTheirPlaces(FxRobot robot) throws Exception {
        openInThreeColumns(Seeds.DALIAN_2024, Seeds.GAOXIN_2024, Seeds.GAOXIN_2026);
        ColumnView newest = columns().get(2);
        ListView<AlignmentRow> rows = alignmentRows(robot);
        AlignmentRow row = fx(() -> rows.getItems().stream()
                .filter(r -> r.level() == 2 && r.present() == 3).skip(2).findFirst().orElseThrow());
        robot.interact(() -> rows.getSelectionModel().select(row));
        settle();
        Report middle = fx(() -> window.session().shown().get().columns().get(1));
        int newestTop = fx(newest::topOffset);
        assertThat(newestTop).isPositive();
        fx(() -> window.session().toggleColumn(middle, false));
        until(window, () -> analysed(window, 3) && window.session().shown().get().columns().size() == 2);
        settle();
        // 2026 moved from the third column to the second and kept its place
        List<ColumnView> two = columns();
        assertThat(fx(() -> two.get(1).report())).isSameAs(fx(newest::report));
        assertThat(fx(() -> two.get(1).topOffset())).isEqualTo(newestTop);
        fx(() -> window.session().toggleColumn(middle, true));
        until(window, () -> analysed(window, 3) && window.session().shown().get().columns().size() == 3);
        settle();
        List<ColumnView> three = columns();
        assertThat(fx(() -> three.get(2).topOffset())).isEqualTo(newestTop);
        // the report ticked again is level with the others, not at its top
        int first = fx(() -> three.get(0).topOffset());
        int level = fx(() -> window.session().shown().get().scrollMap().level(0, first, 1).orElseThrow());
        assertThat(level).isPositive();
        assertThat(fx(() -> three.get(1).area().firstVisibleParToAllParIndex())).as("the middle report ticked again")
                .isEqualTo(fx(() -> three.get(1).paragraphOf(level)));
    }

    @Test
    void theOtherColumnFollowsLineByLineInsideALongParagraph(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()), 2);
        List<ColumnView> columns = columns();
        OutlineNode older = thirdSectionPair(columns).get(0);
        // the section's first paragraph after its heading at the top of the older column
        int body = fx(() -> columns.get(0).paragraphOf(older.start()) + 1);
        robot.interact(() -> columns.get(0).area().showParagraphAtTop(body));
        followed();
        ColumnView newer = columns.get(1);
        int paragraph = fx(() -> newer.area().firstVisibleParToAllParIndex());
        double y = fx(() -> newer.area().getEstimatedScrollY());
        // two lines down, still inside the older column's paragraph
        robot.interact(() -> columns.get(0).area().scrollYBy(40));
        followed();
        assertThat(fx(() -> columns.get(0).area().firstVisibleParToAllParIndex())).isEqualTo(body);
        assertThat(fx(() -> newer.area().getEstimatedScrollY())).as("the newer column moved with it").isGreaterThan(y + 10);
        assertThat(fx(() -> newer.area().firstVisibleParToAllParIndex())).isBetween(paragraph, paragraph + 1);
    }

    @Test
    void scrollingByPixelsMovesSmoothlyAndTheOtherColumnFollowsWithoutPullingBack(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()), 2);
        List<ColumnView> columns = columns();
        double before = fx(() -> columns.get(0).area().getEstimatedScrollY());
        int otherBefore = fx(() -> columns.get(1).area().firstVisibleParToAllParIndex());
        for (int step = 0; step < 40; step++) {
            robot.interact(() -> columns.get(0).area().scrollYBy(40));
            followed(); // each step laid out and followed, as frames would: the follower's own scrolling comes back each time
        }
        // 40 steps of 40 px: the column the user scrolls is where the steps took it, not snapped back
        assertThat(fx(() -> columns.get(0).area().getEstimatedScrollY()) - before).isGreaterThan(1200);
        assertThat(fx(() -> columns.get(1).area().firstVisibleParToAllParIndex())).isGreaterThan(otherBefore);
    }

    @Test
    void f8MovesToTheNextDuplicateAndTheRulerScrollsWhereItIsClicked(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2024.toString(), Seeds.GAOXIN_2024.toString()), 2);
        ColumnView gaoxin = fx(() -> window.compareView().columns().stream()
                .filter(c -> fileName(c.report()).startsWith("002")).findFirst().orElseThrow());
        caretAtStart(robot, gaoxin);
        robot.type(KeyCode.F8);
        settle();
        int start = fx(() -> gaoxin.area().getSelection().getStart());
        assertThat(fx(() -> gaoxin.area().getSelection().getLength())).isPositive();
        assertThat(fx(() -> gaoxin.area().getStyleOfChar(start))).contains(MarkKind.DUPLICATE.id());
        assertThat(fx(() -> gaoxin.ruler().marks())).anyMatch(m -> m.kind() == MarkKind.DUPLICATE);
        robot.clickOn(onScreen(gaoxin.ruler(), true, 4));
        settle();
        assertThat(fx(() -> gaoxin.area().firstVisibleParToAllParIndex()))
                .isGreaterThan(fx(() -> gaoxin.paragraphOf(gaoxin.area().getLength() / 2)));
    }

    @Test
    void aCorrectedGovernmentAndYearAreUsedByTheTargetTable(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()), 2);
        Analysis before = analysis();
        Report gaoxin2026 = fx(() -> window.session().reports().get().get(1));
        robot.interact(() -> window.session().correct(gaoxin2026, "大连高新区", "2026"));
        until(window, () -> window.session().shown().get().analysis() != before && analysed(window, 2));
        Analysis after = analysis();
        assertThat(fx(() -> window.session().reports().get().get(1).metadata().government())).isEqualTo("大连高新区");
        assertThat(after.targets().table().columns()).anyMatch(c -> "大连高新区".equals(c.government())
                && Integer.valueOf(2026).equals(c.year()));
        assertThat(fx(() -> columns().get(1).header().getText())).startsWith("大连高新区");
    }

    @Test
    void optionsRestoredFromAWorkspaceShowInTheOptionsBar(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()), 2);
        Path file = dir.resolve("options-" + UUID.randomUUID() + ".rlw");
        WorkspaceFile.save(file, new Workspace(
                List.of(new WorkspaceReport(Seeds.DALIAN_2022.toAbsolutePath().toString(), null, null),
                        new WorkspaceReport(Seeds.DALIAN_2024.toAbsolutePath().toString(), null, null)),
                java.util.Map.of("granularity", "sentence", "minDuplicate", "35"), List.of()));
        await(fx(() -> window.review().open(file, (w, outside) -> true)));
        until(window, () -> analysed(window, 2)
                && window.session().shown().get().analysis().options().duplicates().minLength() == 35);
        ChoiceBox<?> granularity = (ChoiceBox<?>) lookup(robot, "#granularity");
        assertThat(fx(granularity::getValue)).isEqualTo(Granularity.SENTENCE);
        assertThat(analysis().options().compare().granularity()).isEqualTo(Granularity.SENTENCE);
    }

    @Test
    void notesOfASessionThatEndedBadlyAreOfferedBack(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()), 2);
        Report dalian2022 = fx(() -> window.session().reports().get().get(0));
        await(fx(() -> window.review().add(dalian2022, 10, 20, "未保存的批注", false)));
        assertThat(settings.recoveryFile()).exists();
        // the process "dies" (nothing is closed): a new window starts with the same settings
        MainWindow next = fx(() -> {
            MainWindow w = new MainWindow(Messages.forLocale(Locale.SIMPLIFIED_CHINESE), settings);
            second = new Stage();
            w.show(second);
            return w;
        });
        Node bar = lookup(robot, second, "#recovery-bar");
        assertThat(fx(bar::isVisible)).isTrue();
        robot.clickOn(onScreen(lookup(robot, second, "#recovery-restore"), false, 0));
        until(next, () -> next.review().notes().get().size() == 1 && analysed(next, 2));
        assertThat(fx(() -> next.review().notes().get().get(0).text())).isEqualTo("未保存的批注");
        assertThat(fx(() -> next.review().unsaved().get())).isTrue();
        assertThat(fx(bar::isVisible)).isFalse();
        fx(() -> {
            next.session().close();
            return null;
        });
    }

    @Test
    void inEnglishTheOptionsKeepTheirWordsAndWhatDoesNotFitGoesOnTheNextLine(FxRobot robot) throws Exception {
        // "Ignore punctuation width and spaces" showed as "Ignore punctuation width a…" in a window 1,600 wide
        fx(() -> {
            MainWindow english = new MainWindow(Messages.forLocale(Locale.ENGLISH), settings);
            second = new Stage();
            english.show(second);
            return null;
        });
        Node bar = lookup(robot, second, ".options-bar");
        for (double width : new double[] {1400, 800}) {
            List<javafx.scene.control.Labeled> labelled = fx(() -> {
                // the window's root at that width (a headless stage keeps the size it was shown at)
                javafx.scene.Parent root = second.getScene().getRoot();
                root.applyCss();
                root.resize(width, second.getScene().getHeight());
                root.layout();
                return ((javafx.scene.Parent) bar).getChildrenUnmodifiable().stream()
                        .filter(n -> n instanceof javafx.scene.control.Labeled).map(n -> (javafx.scene.control.Labeled) n).toList();
            });
            assertThat(labelled).as("options and swatches").hasSizeGreaterThanOrEqualTo(15);
            double barWidth = fx(() -> bar.getLayoutBounds().getWidth());
            assertThat(barWidth).isLessThanOrEqualTo(width);
            for (javafx.scene.control.Labeled l : labelled) {
                String what = fx(l::getText) + " at " + width;
                assertThat(fx(() -> l.getWidth() + 0.5)).as(what).isGreaterThanOrEqualTo(fx(() -> l.prefWidth(-1)));
                assertThat(fx(() -> l.getBoundsInParent().getMaxX())).as(what).isLessThanOrEqualTo(barWidth);
            }
        }
    }

    /** The user clicks into the column's text and puts the caret at its start. */
    private static void caretAtStart(FxRobot robot, ColumnView column) {
        robot.interact(() -> {
            column.area().requestFocus();
            column.area().moveTo(0);
        });
    }

    /**
     * The column shows {@code offset} a little below its top, as every jump places a column — or, near
     * the end of its text, as near as it goes: scrolled to the end, the place in view.
     */
    private static void assertShowsNear(ColumnView column, int offset, String what) throws Exception {
        int expected = fx(() -> Math.max(0, column.paragraphOf(offset) - 1));
        int top = fx(() -> column.area().firstVisibleParToAllParIndex());
        boolean atEnd = fx(() -> column.area().lastVisibleParToAllParIndex() == column.area().getParagraphs().size() - 1);
        if (top < expected && atEnd) {
            assertThat(fx(() -> column.area().lastVisibleParToAllParIndex())).as(what + ": in view")
                    .isGreaterThanOrEqualTo(expected);
        } else {
            assertThat(top).as(what).isEqualTo(expected);
        }
    }

    /** Every column but {@code lead} shows the place level with {@code offset} of the lead: the columns stay level. */
    private void assertLevel(int lead, int offset, String what) throws Exception {
        ScrollMap map = fx(() -> window.session().shown().get().scrollMap());
        List<ColumnView> columns = columns();
        for (int j = 0; j < columns.size(); j++) {
            if (j != lead) {
                OptionalInt level = map.level(lead, offset, j);
                assertThat(level).as("%s: a level place in column %d for %d of column %d", what, j, offset, lead).isPresent();
                assertShowsNear(columns.get(j), level.getAsInt(), what + ", column " + j);
            }
        }
    }

    @Test
    void theChangesPaneFiltersByKindAndSectionAndAClickShowsTheChangeInEveryColumn(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()), 2);
        ListView<?> list = (ListView<?>) lookup(robot, "#changes-list");
        List<ChangeEntry> all = fx(() -> window.session().shown().get().changes());
        assertThat(all).anyMatch(e -> e.kind() == UnitKind.EDITED).anyMatch(e -> e.kind() != UnitKind.EDITED);
        // the user unticks "edited" in the kinds menu
        robot.interact(() -> {
            javafx.scene.control.MenuButton kinds = (javafx.scene.control.MenuButton) stage.getScene().lookup("#changes-kinds");
            javafx.scene.control.CheckMenuItem edited = (javafx.scene.control.CheckMenuItem) kinds.getItems().stream()
                    .filter(i -> "changes-kind-edited".equals(i.getId())).findFirst().orElseThrow();
            edited.setSelected(false);
            edited.fire();
        });
        settle();
        List<Changes.Row> rows = fx(() -> List.copyOf(window.changes().rows().get()));
        List<ChangeEntry> entries = rows.stream().filter(r -> !r.heading()).map(Changes.Row::entry).toList();
        java.util.Set<UnitKind> kinds = fx(() -> window.changes().filter().get().kinds());
        assertThat(kinds).doesNotContain(UnitKind.EDITED);
        assertThat(entries).isNotEmpty().noneMatch(e -> e.kind() == UnitKind.EDITED)
                .hasSize((int) all.stream().filter(e -> kinds.contains(e.kind())).count());
        assertThat(fx(() -> list.getItems().size())).isEqualTo(rows.size());
        // each section heading counts its changes by kind: those of the kinds let through are the ones listed
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).heading()) {
                int listed = 0;
                for (int k = i + 1; k < rows.size() && !rows.get(k).heading(); k++) {
                    listed++;
                }
                assertThat(rows.get(i).counts().entrySet().stream().filter(c -> kinds.contains(c.getKey()))
                        .mapToInt(java.util.Map.Entry::getValue).sum())
                        .as("counts of %s", rows.get(i).section()).isEqualTo(listed);
            }
        }
        // a section chosen: only its changes
        javafx.scene.control.ComboBox<?> section = (javafx.scene.control.ComboBox<?>) lookup(robot, "#changes-section");
        robot.interact(() -> section.getSelectionModel().select(2));
        settle();
        OutlineNode chosen = fx(() -> window.changes().filter().get().section());
        assertThat(chosen).isNotNull();
        List<Changes.Row> inSection = fx(() -> List.copyOf(window.changes().rows().get()));
        assertThat(inSection).isNotEmpty().allMatch(r -> chosen.equals(r.section()));
        // a click on a change: its sides selected in both columns, each shown near its top
        int index = inSection.indexOf(inSection.stream().filter(r -> !r.heading()).reduce((a, b) -> b).orElseThrow());
        ChangeEntry clicked = inSection.get(index).entry();
        robot.interact(() -> list.scrollTo(index));
        settle();
        Node cell = fx(() -> robot.from(list).lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getIndex() == index && c.isVisible()).findFirst()
                .orElseThrow());
        // its tooltip: the change at length, wrapped (a long sentence ran across the screen on one line)
        javafx.scene.control.Tooltip tip = fx(() -> ((javafx.scene.control.ListCell<?>) cell).getTooltip());
        assertThat(fx(tip::getText)).isEqualTo(clicked.detail());
        assertThat(fx(tip::isWrapText)).isTrue();
        assertThat(fx(tip::getMaxWidth)).isEqualTo(WrappingTooltip.WIDTH);
        // straight there: a tooltip of a row passed on the way could take the click
        robot.clickOn(onScreen(cell, false, 0), org.testfx.robot.Motion.DIRECT);
        settle();
        assertThat(fx(() -> list.getSelectionModel().getSelectedIndex())).as("the row clicked").isEqualTo(index);
        assertThat(fx(() -> window.changes().current().get())).isEqualTo(clicked);
        List<ColumnView> columns = columns();
        for (int c = 0; c < 2; c++) {
            Span place = clicked.place(c);
            ColumnView column = columns.get(c);
            assertThat(fx(() -> new Span(column.selectionStart(), column.selectionStart() + column.selectionLength())))
                    .isEqualTo(place);
            assertShowsNear(column, place.start(), "column " + c);
        }
    }

    @Test
    void onlyTheChangesFoldsUnchangedTextInEveryColumnAndAClickOnAStubOpensItInBoth(FxRobot robot) throws Exception {
        // a report and its next draft: one target changed, one sentence added; the rest the same
        String draft = Files.readString(Seeds.DALIAN_2024);
        String target = "规模以上工业增加值增长7.5%";
        int middle = draft.indexOf("。", draft.length() / 2) + 1;
        String next = (draft.substring(0, middle) + "我们将新建一座跨海大桥,连通南北两岸。" + draft.substring(middle))
                .replace(target, "规模以上工业增加值增长8%");
        Path draftFile = Files.writeString(dir.resolve("draft-" + UUID.randomUUID() + ".txt"), draft);
        Path nextFile = Files.writeString(dir.resolve("next-" + UUID.randomUUID() + ".txt"), next);
        openAndWait(List.of(draftFile.toString(), nextFile.toString()), 2);
        List<ColumnView> columns = columns();
        robot.clickOn(onScreen(lookup(robot, "#changes-only-changes"), false, 0));
        settle();
        for (ColumnView c : columns) {
            assertThat(fx(() -> c.shownText().folded())).isTrue();
            assertThat(fx(() -> c.area().getText())).contains("未改动").hasSizeLessThan(fx(() -> c.report().original().length()));
        }
        assertThat(fx(() -> columns.get(1).area().getText())).contains("我们将新建一座跨海大桥", "增长8%");
        assertThat(fx(() -> columns.get(0).area().getText())).contains("增长7.5%");
        // a passage the same in both drafts, folded in both
        ColumnView newer = columns.get(1);
        ShownText.Fold fold = fx(() -> newer.shownText().segments().stream().filter(ShownText.Segment::stub)
                .map(ShownText.Segment::fold).filter(f -> f.hidden() > 100).skip(2).findFirst().orElseThrow());
        String passage = fx(() -> {
            String hidden = fold.span().of(newer.report().original());
            int sentence = hidden.indexOf('。') + 1;
            return hidden.substring(sentence, sentence + 20);
        });
        for (ColumnView c : columns) {
            assertThat(fx(() -> c.report().original())).contains(passage);
            assertThat(fx(() -> c.area().getText())).doesNotContain(passage);
        }
        // the user clicks its stub in the newer column: it opens there, and its counterpart in the older one
        int stub = fx(() -> newer.shownText().toShown(fold.span().start()));
        assertThat(fx(() -> newer.shownText().foldAt(stub))).contains(fold);
        robot.interact(() -> newer.area().showParagraphAtTop(newer.area().offsetToPosition(stub,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        settle();
        Bounds at = fx(() -> newer.area().getCharacterBoundsOnScreen(stub + 2, stub + 3).orElseThrow());
        robot.clickOn(new Point2D(at.getCenterX(), at.getCenterY()), org.testfx.robot.Motion.DIRECT);
        settle();
        for (ColumnView c : columns) {
            assertThat(fx(() -> c.area().getText())).contains(passage);
        }
        // switched off: the whole texts again
        robot.clickOn(onScreen(lookup(robot, "#changes-only-changes"), false, 0));
        settle();
        for (ColumnView c : columns) {
            assertThat(fx(() -> c.area().getText())).isEqualTo(fx(() -> c.report().original()));
        }
    }

    @Test
    void f8TheRulerAndFindKeepTheColumnsLevel(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()), 2);
        List<ColumnView> columns = columns();
        ColumnView newer = columns.get(1);
        caretAtStart(robot, newer);
        // F8 until a duplicate with a level place in the other column, past the first (Shift+F8 goes back to one before it)
        ScrollMap map = fx(() -> window.session().shown().get().scrollMap());
        int at = -1;
        for (int press = 0; press < 40 && at < 0; press++) {
            robot.type(KeyCode.F8);
            settle();
            int start = fx(newer::selectionStart);
            at = press > 0 && map.level(1, start, 0).isPresent() && start > 0 ? start : -1;
        }
        assertThat(at).as("a duplicate in an aligned section").isPositive();
        assertThat(fx(newer::selectionLength)).isPositive();
        assertShowsNear(newer, at, "F8, the column it moves in");
        assertLevel(1, at, "F8");
        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        settle();
        assertThat(fx(newer::selectionStart)).isLessThan(at);
        robot.type(KeyCode.F8);
        settle();
        assertThat(fx(newer::selectionStart)).isEqualTo(at);
        assertLevel(1, at, "F8 after Shift+F8");

        // a click in the middle of the older column's ruler (at exactly half its height: a known offset)
        ColumnView older = columns.get(0);
        int clicked = fx(() -> {
            double h = older.ruler().getHeight();
            Point2D scene = older.ruler().localToScene(4, h / 2);
            // the offset the ruler works out from where the click lands, as it works it out
            int offset = (int) Math.round(older.ruler().sceneToLocal(scene).getY() / h * older.area().getLength());
            Event.fireEvent(older.ruler(), new MouseEvent(MouseEvent.MOUSE_CLICKED, scene.getX(), scene.getY(), 0, 0,
                    MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, true, null));
            return offset;
        });
        settle();
        assertShowsNear(older, clicked, "the ruler, the column clicked");
        assertLevel(0, clicked, "the ruler");

        // find, with a count, then previous
        caretAtStart(robot, newer);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        settle();
        robot.write("营商环境").type(KeyCode.ENTER);
        settle();
        robot.type(KeyCode.ENTER);
        settle();
        int found = fx(newer::selectionStart);
        String text = fx(() -> newer.report().original());
        assertThat(text.substring(found, found + 4)).isEqualTo("营商环境");
        assertThat(found).isEqualTo(text.indexOf("营商环境", text.indexOf("营商环境") + 1));
        assertThat(fx(() -> ((Labeled) lookup(robot, "#find-count")).getText()))
                .isEqualTo(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).format("find.count", 2, text.split("营商环境", -1).length - 1));
        assertShowsNear(newer, found, "find");
        assertLevel(1, found, "find");
        robot.clickOn(onScreen(lookup(robot, "#find-previous"), false, 0));
        settle();
        assertThat(fx(newer::selectionStart)).isEqualTo(text.indexOf("营商环境"));
    }

    @Test
    void theTextMenuFindsTheSelectionInTheOtherColumnsAndOffersNothingWithoutOne(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()), 2);
        List<ColumnView> columns = columns();
        ColumnView older = columns.get(0);
        ColumnView newer = columns.get(1);
        javafx.scene.control.ContextMenu menu = fx(() -> newer.area().getContextMenu());

        // nothing selected: nothing to copy, note or look for
        robot.interact(() -> {
            newer.area().requestFocus();
            newer.area().moveTo(0);
            menu.show(newer.area(), javafx.geometry.Side.TOP, 20, 20);
        });
        assertThat(fx(() -> menu.getItems().stream().filter(i -> !(i instanceof javafx.scene.control.SeparatorMenuItem))
                .allMatch(javafx.scene.control.MenuItem::isDisable))).isTrue();
        robot.interact(menu::hide);

        // 招商引资 selected in the newer column: "find in the other columns" selects it in the older one
        String newerText = fx(() -> newer.report().original());
        int at = newerText.indexOf("招商引资");
        assertThat(at).isNotNegative();
        robot.interact(() -> {
            newer.area().requestFocus();
            newer.selectOnly(at, at + 4);
            menu.show(newer.area(), javafx.geometry.Side.TOP, 20, 20);
        });
        javafx.scene.control.MenuItem find = fx(() -> menu.getItems().get(menu.getItems().size() - 1));
        assertThat(fx(find::isDisable)).isFalse();
        robot.interact(() -> {
            menu.hide();
            find.fire();
        });
        settle();
        assertThat(fx(() -> older.area().getSelectedText())).isEqualTo("招商引资");
        assertThat(fx(() -> ((Labeled) lookup(robot, "#find-count")).getText())).isNotEmpty();
        assertThat(fx(() -> newer.area().getSelectedText())).as("the newer column keeps its selection").isEqualTo("招商引资");
    }

    @Test
    void theTrustPromptListsWhatWouldBeReadAndEnterRefuses(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString()), 1);
        Messages zh = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        TrustPrompt prompt = new TrustPrompt(zh, stage);
        List<String> outside = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(i -> "/elsewhere/r" + i + ".txt").toList();
        for (boolean read : new boolean[] {false, true}) {
            CompletableFuture<Boolean> answer = new CompletableFuture<>();
            javafx.application.Platform.runLater(() -> answer.complete(prompt.readOutside(Path.of("shared.rlw"), outside)));
            settle();
            javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) fx(() -> robot.lookup("#trust-prompt").query());
            String listed = fx(pane::getContentText);
            assertThat(listed).contains("/elsewhere/r1.txt", "/elsewhere/r8.txt").doesNotContain("/elsewhere/r9.txt")
                    .contains(zh.format("trust.more", 2));
            assertThat(fx(pane::getHeaderText)).contains("shared.rlw");
            javafx.scene.control.Button cancel = (javafx.scene.control.Button) fx(() -> pane.lookupButton(javafx.scene.control.ButtonType.CANCEL));
            javafx.scene.control.Button readButton = (javafx.scene.control.Button) fx(() -> pane.getButtonTypes().stream()
                    .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.YES).map(pane::lookupButton)
                    .findFirst().orElseThrow());
            assertThat(fx(cancel::isDefaultButton)).as("reading files the user did not choose is not the default").isTrue();
            assertThat(fx(readButton::isDefaultButton)).isFalse();
            if (read) {
                robot.clickOn(onScreen(readButton, false, 0));
            } else {
                robot.type(KeyCode.ENTER); // the default answer
            }
            assertThat(await(answer)).isEqualTo(read);
        }
    }

    @Test
    void quittingWithUnsavedNotesAsksFirst(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()), 2);
        CompletableFuture<Void> exited = new CompletableFuture<>();
        Report dalian2022 = fx(() -> window.session().reports().get().get(0));
        fx(() -> {
            window.onExit(() -> exited.complete(null));
            return window.review().add(dalian2022, 10, 20, "未保存的批注", false);
        });
        until(window, () -> window.review().unsaved().get());
        // the user cancels: nothing closes, the note stays
        javafx.application.Platform.runLater(window::quit);
        settle();
        javafx.scene.control.DialogPane prompt = (javafx.scene.control.DialogPane) fx(() -> robot.lookup("#quit-prompt").query());
        robot.clickOn(onScreen(fx(() -> prompt.lookupButton(javafx.scene.control.ButtonType.CANCEL)), false, 0));
        settle();
        assertThat(exited).isNotDone();
        assertThat(fx(stage::isShowing)).isTrue();
        assertThat(fx(() -> window.review().notes().get())).hasSize(1);
        // quit without saving: the window closes
        javafx.application.Platform.runLater(window::quit);
        settle();
        javafx.scene.control.DialogPane again = (javafx.scene.control.DialogPane) fx(() -> robot.lookup("#quit-prompt").query());
        Node discard = fx(() -> again.getButtonTypes().stream().filter(b -> b.getButtonData()
                == javafx.scene.control.ButtonBar.ButtonData.NO).map(again::lookupButton).findFirst().orElseThrow());
        robot.clickOn(onScreen(discard, false, 0));
        await(exited);
        assertThat(fx(stage::isShowing)).isFalse();
        assertThat(fx(() -> window.review().unsaved().get())).isFalse();
    }

    @Test
    void quittingWithEverythingSavedDoesNotAsk(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.DALIAN_2022.toString()), 1);
        CompletableFuture<Void> exited = new CompletableFuture<>();
        robot.interact(() -> {
            window.onExit(() -> exited.complete(null));
            window.quit();
        });
        await(exited);
        assertThat(fx(stage::isShowing)).isFalse();
    }

    @Test
    void linkSaysWhatItWantsSelectedEvenWhileItCannotBeUsed(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()), 2);
        javafx.scene.control.Button link = (javafx.scene.control.Button) lookup(robot, "#link-sections");
        assertThat(fx(link::isDisabled)).as("nothing selected: nothing to link").isTrue();
        Node holder = lookup(robot, "#link-sections-holder");
        // where Tooltip.install keeps a node's tooltip
        javafx.scene.control.Tooltip tip = fx(() -> (javafx.scene.control.Tooltip) holder.getProperties().get("javafx.scene.control.Tooltip"));
        assertThat(fx(tip::getText)).startsWith("把选中两行的章节手动配成一对");
        CompletableFuture<Void> shown = new CompletableFuture<>();
        fx(() -> {
            tip.showingProperty().addListener((o, was, now) -> {
                if (now) {
                    shown.complete(null);
                }
            });
            return null;
        });
        robot.moveTo(link);
        await(shown);
        assertThat(fx(link::isDisabled)).isTrue();
        // enabled, the button shows the same explanation itself
        assertThat(fx(link::getTooltip)).isSameAs(tip);
    }

    @Test
    void linkingADroppedAndANewSectionPairsThemAndTheSavedWorkspaceKeepsThePair(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()), 2);
        ListView<AlignmentRow> rows = alignmentRows(robot);
        javafx.scene.control.Button link = (javafx.scene.control.Button) lookup(robot, "#link-sections");
        // the first section shown as dropped and the first shown as new
        int[] picked = fx(() -> {
            List<AlignmentRow> items = rows.getItems();
            int dropped = -1;
            int added = -1;
            for (int i = 0; i < items.size(); i++) {
                List<String> s = items.get(i).sections();
                if (dropped < 0 && s.get(0) != null && s.get(1) == null) {
                    dropped = i;
                }
                if (added < 0 && s.get(0) == null && s.get(1) != null) {
                    added = i;
                }
            }
            return new int[] {dropped, added};
        });
        assertThat(picked).doesNotContain(-1);
        List<String> pair = fx(() -> List.of(rows.getItems().get(picked[0]).sections().get(0),
                rows.getItems().get(picked[1]).sections().get(1)));
        assertThat(fx(link::isDisabled)).as("nothing selected, nothing to link").isTrue();
        fx(() -> {
            rows.getSelectionModel().clearSelection();
            rows.getSelectionModel().selectIndices(picked[0], picked[1]);
            return null;
        });
        assertThat(fx(link::isDisabled)).isFalse();
        fx(() -> {
            link.fire();
            return null;
        });
        until(window, () -> analysed(window, 2) && window.session().shown().get().outlineRows().stream()
                .anyMatch(r -> r.sections().equals(pair)));
        AlignmentRow pinned = fx(() -> window.session().shown().get().outlineRows().stream()
                .filter(r -> r.sections().equals(pair)).findFirst().orElseThrow());
        assertThat(pinned.pairs()).anyMatch(p -> p.pinned());
        assertThat(fx(() -> rows.getSelectionModel().getSelectedItem().sections()))
                .as("the row worked on stays selected, so Unlink can take it back at once").isEqualTo(pair);

        savingAndReopeningKeeps(pair, true);
    }

    /**
     * Saves the workspace and finds the correction of {@code pair} in the file; without it the rows go
     * back to the program's; reopening the workspace brings the correction back.
     */
    private void savingAndReopeningKeeps(List<String> pair, boolean linked) throws Exception {
        Predicate<AlignmentRow> together = r -> r.sections().equals(pair);
        Path file = dir.resolve("links-" + UUID.randomUUID() + ".rlw");
        await(fx(() -> window.review().save(file)));
        Workspace saved = WorkspaceFile.load(file);
        assertThat(saved.links().links()).singleElement().satisfies(l -> {
            assertThat(l.linked()).isEqualTo(linked);
            assertThat(List.of(l.a().section(), l.b().section())).containsExactlyInAnyOrderElementsOf(pair);
        });
        fx(() -> {
            window.session().useOptions(window.session().options().get().withCompare(
                    window.session().options().get().compare().withLinks(org.reportlens.core.compare.SectionLinks.NONE)));
            return null;
        });
        until(window, () -> analysed(window, 2)
                && window.session().shown().get().outlineRows().stream().anyMatch(together) != linked);
        await(fx(() -> window.review().open(file, (w, outside) -> true)));
        until(window, () -> analysed(window, 2)
                && window.session().shown().get().outlineRows().stream().anyMatch(together) == linked);
    }

    @Test
    void unlinkingAPairSplitsItsRowAndTheSavedWorkspaceKeepsItApart(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()), 2);
        ListView<AlignmentRow> rows = alignmentRows(robot);
        javafx.scene.control.Button unlink = (javafx.scene.control.Button) lookup(robot, "#unlink-sections");
        int paired = fx(() -> pairedSection(rows.getItems(), 0));
        assertThat(paired).isNotNegative();
        List<String> pair = fx(() -> rows.getItems().get(paired).sections());
        Predicate<AlignmentRow> together = r -> r.sections().equals(pair);
        assertThat(fx(unlink::isDisabled)).as("nothing selected, nothing to unlink").isTrue();
        fx(() -> {
            rows.getSelectionModel().clearSelection();
            rows.getSelectionModel().select(paired);
            return null;
        });
        assertThat(fx(unlink::isDisabled)).isFalse();
        fx(() -> {
            unlink.fire();
            return null;
        });
        until(window, () -> analysed(window, 2)
                && window.session().shown().get().outlineRows().stream().noneMatch(together));
        assertThat(fx(() -> rows.getItems().stream().noneMatch(together))).as("the pane shows the rows apart").isTrue();
        assertThat(fx(() -> rows.getSelectionModel().getSelectedItem().sections().get(0)))
                .as("the older section's row stays selected").isEqualTo(pair.get(0));
        assertThat(fx(() -> window.review().unsaved().get())).as("an unlinked pair is work to save").isTrue();

        savingAndReopeningKeeps(pair, false);
    }

    @Test
    void aRightClickOnTheRowsOffersTheCorrectionsByNameOrWhatToSelect(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()), 2);
        ListView<AlignmentRow> rows = alignmentRows(robot);
        int paired = fx(() -> pairedSection(rows.getItems(), 0));
        List<String> pair = fx(() -> rows.getItems().get(paired).sections());
        Predicate<AlignmentRow> together = r -> r.sections().equals(pair);
        javafx.scene.control.ContextMenu menu = fx(rows::getContextMenu);
        List<javafx.scene.control.MenuItem> none = fx(() -> {
            rows.getSelectionModel().clearSelection();
            return List.copyOf(menu.getItems());
        });
        assertThat(none).singleElement().satisfies(i -> {
            assertThat(i.getText()).isEqualTo("选中一行可拆开其配对；按住 Ctrl 选中两行可将其配对");
            assertThat(i.isDisable()).isTrue();
        });
        List<javafx.scene.control.MenuItem> offered = fx(() -> {
            rows.getSelectionModel().select(paired);
            return List.copyOf(menu.getItems());
        });
        assertThat(offered).extracting(javafx.scene.control.MenuItem::getText).containsExactly("拆开 2024 ↔ 2026");
        fx(() -> {
            offered.get(0).fire();
            return null;
        });
        until(window, () -> analysed(window, 2)
                && window.session().shown().get().outlineRows().stream().noneMatch(together));
        assertThat(fx(() -> window.review().unsaved().get())).as("a correction made from the menu is work to save").isTrue();
    }

    @Test
    void aPairTheUserPartedIsTracedInThePaneAndAClickOnTheTraceTakesItBack(FxRobot robot) throws Exception {
        openAndWait(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()), 2);
        ListView<AlignmentRow> rows = alignmentRows(robot);
        int paired = fx(() -> pairedSection(rows.getItems(), 0));
        List<String> pair = fx(() -> rows.getItems().get(paired).sections());
        Predicate<AlignmentRow> together = r -> r.sections().equals(pair);
        assertThat(shown(robot, ".row-parted")).as("nothing parted yet").isFalse();
        fx(() -> {
            rows.getSelectionModel().clearSelection();
            rows.getSelectionModel().select(paired);
            ((javafx.scene.control.Button) lookup(robot, "#unlink-sections")).fire();
            return null;
        });
        until(window, () -> analysed(window, 2)
                && window.session().shown().get().outlineRows().stream().noneMatch(together));
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.Hyperlink> traces = fx(() -> robot.from(stage.getScene().getRoot()).lookup(".row-parted")
                .queryAllAs(javafx.scene.control.Hyperlink.class).stream().toList());
        String olderTitle = fx(() -> titleOf(rows.getItems(), 0, pair.get(0)));
        String newerTitle = fx(() -> titleOf(rows.getItems(), 1, pair.get(1)));
        assertThat(traces).as("the parted pair is shown on the rows of both its sections")
                .extracting(javafx.scene.control.Hyperlink::getText)
                .containsExactlyInAnyOrder("✕ 已拆开：2026 · " + newerTitle, "✕ 已拆开：2024 · " + olderTitle);
        javafx.scene.control.Hyperlink trace = traces.get(0);

        fx(() -> {
            trace.fire();
            return null;
        });
        until(window, () -> analysed(window, 2)
                && window.session().shown().get().outlineRows().stream().anyMatch(together));
        assertThat(fx(() -> window.session().options().get().compare().links().isEmpty())).isTrue();
        assertThat(shown(robot, ".row-parted")).as("no trace left").isFalse();
    }

    @Test
    void unlinkingARowOfThreeYearsAsksWhichTwoYearsToPartAndPartsThose(FxRobot robot) throws Exception {
        openInThreeColumns(Seeds.DALIAN_2024, Seeds.GAOXIN_2024, Seeds.GAOXIN_2026);
        ListView<AlignmentRow> rows = alignmentRows(robot);
        javafx.scene.control.Button unlink = (javafx.scene.control.Button) lookup(robot, "#unlink-sections");
        int three = fx(() -> {
            for (int i = 0; i < rows.getItems().size(); i++) {
                if (rows.getItems().get(i).present() == 3) {
                    return i;
                }
            }
            return -1;
        });
        assertThat(three).as("a row holding a section of each year").isNotNegative();
        List<String> chain = fx(() -> rows.getItems().get(three).sections());
        fx(() -> {
            rows.getSelectionModel().clearSelection();
            rows.getSelectionModel().select(three);
            unlink.fire();
            return null;
        });
        // no pair is parted yet: a menu asks which two years
        javafx.scene.control.ContextMenu menu = shownMenu("unlink-choices");
        assertThat(fx(() -> window.session().options().get().compare().links().isEmpty())).isTrue();
        assertThat(fx(() -> menu.getItems().size())).isEqualTo(2);
        fx(() -> {
            menu.getItems().get(1).fire(); // the later two years
            menu.hide();
            return null;
        });
        // the later two years parted, the earlier two still together
        Predicate<AlignmentRow> laterTogether = r -> chain.get(1).equals(r.sections().get(1)) && chain.get(2).equals(r.sections().get(2));
        until(window, () -> analysed(window, 3) && window.session().shown().get().outlineRows().stream().noneMatch(laterTogether));
        assertThat(fx(() -> rows.getItems().stream().anyMatch(r -> chain.get(0).equals(r.sections().get(0))
                && chain.get(1).equals(r.sections().get(1))))).as("the earlier two years stay a pair").isTrue();
    }

    @Test
    void linkingTwoRowsOfThreeYearsAsksWhichSectionsToPairAndPairsThose(FxRobot robot) throws Exception {
        openInThreeColumns(Seeds.DALIAN_2024, Seeds.GAOXIN_2024, Seeds.GAOXIN_2026);
        ListView<AlignmentRow> rows = alignmentRows(robot);
        javafx.scene.control.Button link = (javafx.scene.control.Button) lookup(robot, "#link-sections");
        List<Integer> full = fx(() -> java.util.stream.IntStream.range(0, rows.getItems().size())
                .filter(i -> rows.getItems().get(i).present() == 3 && rows.getItems().get(i).level() == 2).boxed().toList());
        assertThat(full).as("two rows holding a section of each year").hasSizeGreaterThanOrEqualTo(2);
        fx(() -> {
            rows.getSelectionModel().clearSelection();
            rows.getSelectionModel().select(full.get(0));
            rows.getSelectionModel().select(full.get(1));
            link.fire();
            return null;
        });
        // nothing pinned yet: a menu asks which two sections, as pairing them breaks pairs the program made
        javafx.scene.control.ContextMenu menu = shownMenu("link-choices");
        assertThat(fx(() -> window.session().options().get().compare().links().isEmpty())).isTrue();
        assertThat(fx(() -> menu.getItems().size())).isEqualTo(4);
        assertThat(fx(() -> menu.getItems().get(3).getText())).startsWith("配对 2024 ").contains(" ↔ 2026 ");
        fx(() -> {
            menu.getItems().get(3).fire();
            menu.hide();
            return null;
        });
        until(window, () -> analysed(window, 3) && window.session().options().get().compare().links().links().size() == 1);
        SectionLink pinned = fx(() -> window.session().options().get().compare().links().links().get(0));
        assertThat(pinned.linked()).isTrue();
        assertThat(List.of(pinned.a().file(), pinned.b().file()))
                .containsExactly(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString());
    }
}
