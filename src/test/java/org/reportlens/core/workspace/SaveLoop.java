package org.reportlens.core.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Saves a workspace over and over, alternating between two versions, until it is killed; says
 * "saved N" after each save, so that a test can kill it while the next one is being written.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    static Workspace version(int notes) {
        List<Note> list = new ArrayList<>();
        for (int i = 0; i < notes; i++) {
            list.add(new Note(new Anchor("seeds/001.txt", i, i + 10, "引文" + i), "审阅意见 " + i + " ".repeat(200), i % 2 == 0));
        }
        return new Workspace(List.of(new WorkspaceReport("seeds/001.txt", null, null)), Map.of("granularity", "character"),
                list);
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Workspace small = version(1000);
        Workspace large = version(3000);
        System.out.println("saving");
        System.out.flush();
        for (int i = 0; ; i++) {
            WorkspaceFile.save(file, i % 2 == 0 ? large : small);
            System.out.println("saved " + (i + 1));
            System.out.flush();
        }
    }
}
