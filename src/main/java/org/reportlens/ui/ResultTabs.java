package org.reportlens.ui;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.dups.Duplicate;

/**
 * The tabs on the right: the columns side by side, the targets table, the duplicates, the draft
 * checks, the notes.
 * The targets, duplicates and checks tabs are filled when they are opened: less to lay out before the
 * first paint.
 */
final class ResultTabs extends TabPane {
    private final Tab compareTab;
    private final Tab targetsTab;
    private final Tab duplicatesTab;
    private final Tab checksTab;
    private final ChecksView checksView;
    private final TargetsView targetsView;
    private final DuplicatesView duplicatesView;
    private final Set<Tab> filled = new HashSet<>();
    private Analysis analysis;

    ResultTabs(Messages messages, Node compare, Node notes, Consumer<Duplicate> openDuplicate) {
        targetsView = new TargetsView(messages);
        duplicatesView = new DuplicatesView(messages, openDuplicate);
        checksView = new ChecksView(messages);
        checksTab = tab(messages.get("tab.checks"), "checks-tab", null);
        compareTab = tab(messages.get("tab.compare"), "compare-tab", compare);
        targetsTab = tab(messages.get("tab.targets"), "targets-tab", null);
        duplicatesTab = tab(messages.get("tab.duplicates"), "duplicates-tab", null);
        getTabs().setAll(compareTab, targetsTab, duplicatesTab, checksTab, tab(messages.get("tab.notes"), "notes-tab", notes));
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> fillSelected());
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        tab.setId(id);
        return tab;
    }

    /** The analysis for the targets and duplicates tabs; the one open is filled at once, the others when opened. */
    void show(Analysis newAnalysis) {
        if (newAnalysis != analysis) {
            analysis = newAnalysis;
            filled.clear();
            fillSelected();
        }
    }

    ChecksView checksView() {
        return checksView;
    }

    void selectCompare() {
        getSelectionModel().select(compareTab);
    }

    private void fillSelected() {
        Tab tab = getSelectionModel().getSelectedItem();
        if (tab == targetsTab && filled.add(tab)) {
            tab.setContent(targetsView);
            targetsView.show(analysis);
        } else if (tab == duplicatesTab && filled.add(tab)) {
            tab.setContent(duplicatesView);
            duplicatesView.show(analysis);
        } else if (tab == checksTab && filled.add(tab)) {
            tab.setContent(checksView);
            checksView.show(analysis);
        }
    }
}
