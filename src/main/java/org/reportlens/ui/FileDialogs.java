package org.reportlens.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.reportlens.core.load.ReportFileTypes;
import org.reportlens.session.Session;

/** The file choosers of the window: reports to open, a workspace to open or save, a file to export to. */
final class FileDialogs {
    private final Messages messages;
    private final Window owner;

    FileDialogs(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** The report files chosen; empty when the user cancelled. */
    List<String> reports() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.file.open"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("filter.text"), ReportFileTypes.globs()),
                new FileChooser.ExtensionFilter(messages.get("filter.all"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::getPath).toList();
    }

    Optional<Path> workspace(boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(save ? "menu.file.saveWorkspaceAs" : "menu.file.openWorkspace"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("filter.workspace"), "*.rlw"));
        File file = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    /**
     * The file to export to; {@code name} is the name offered ({@link Session#exportName}), in {@code folder}
     * when there is one ({@link Session#exportFolder}).
     */
    Optional<Path> export(Session.ExportFormat format, String name, Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(switch (format) {
            case HTML -> "menu.file.exportHtml";
            case CSV -> "menu.file.exportCsv";
            case DOCX -> "menu.file.exportWord";
            case PDF -> "menu.file.exportPdf";
        }));
        chooser.setInitialFileName(name);
        folder.map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
