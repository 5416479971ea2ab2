package org.reportlens.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.core.compare.SectionLinks;
import org.reportlens.core.compare.SectionRef;

class WorkspaceFileTest {
    @TempDir
    Path dir;

    private Workspace sample() {
        String report = dir.resolve("seeds/001.txt").toString();
        return new Workspace(List.of(new WorkspaceReport(report, "大连市", 2024),
                new WorkspaceReport("/elsewhere/003.txt", null, null)),
                Map.of("granularity", "word", "minDuplicate", "30"),
                List.of(new Note(new Anchor(report, 10, 14, "增长6%"), "目标调低了，需核实", true)));
    }

    @Test
    void aWorkspaceComesBackAsSavedWithPathsRelativeToIt() throws Exception {
        Path file = dir.resolve("review.rlw");
        WorkspaceFile.save(file, sample());
        assertThat(Files.readString(file)).contains("\"schemaVersion\" : 1", "\"path\" : \"seeds/001.txt\"",
                "\"/elsewhere/003.txt\"");
        assertThat(WorkspaceFile.load(file)).isEqualTo(sample());
    }

    @Test
    void correctionsOfTheAlignmentComeBackWithTheirReportsRelativeToIt() throws Exception {
        String report = dir.resolve("seeds/001.txt").toString();
        SectionLinks links = SectionLinks.NONE
                .with(new SectionLink(new SectionRef(report, "2.3", "全面深化改革开放"),
                        new SectionRef("/elsewhere/003.txt", "1.2", "深化改革"), true))
                .with(new SectionLink(new SectionRef(report, "1.1", null),
                        new SectionRef("/elsewhere/003.txt", "1.1", "扩大开放"), false));
        Workspace withLinks = new Workspace(sample().reports(), sample().options(), sample().notes(), links);
        Path file = dir.resolve("review.rlw");
        WorkspaceFile.save(file, withLinks);
        assertThat(Files.readString(file)).contains("\"links\"", "\"report\" : \"seeds/001.txt\"",
                "\"section\" : \"2.3\"", "\"title\" : \"全面深化改革开放\"", "\"linked\" : false");
        assertThat(WorkspaceFile.load(file)).isEqualTo(withLinks);
        // a workspace written before corrections existed has none
        Path older = Files.writeString(dir.resolve("older.rlw"), "{\"schemaVersion\": 1, \"reports\": []}");
        assertThat(WorkspaceFile.load(older).links().isEmpty()).isTrue();
        Path broken = Files.writeString(dir.resolve("broken.rlw"),
                "{\"schemaVersion\": 1, \"links\": [{\"a\": {\"report\": \"x.txt\"}, \"b\": {}}]}");
        assertThatThrownBy(() -> WorkspaceFile.load(broken)).hasMessageContaining("\"section\" is missing");
    }

    @Test
    void theColumnsShownComeBackWithTheirReportsRelativeToIt() throws Exception {
        String report = dir.resolve("seeds/001.txt").toString();
        Workspace withColumns = new Workspace(sample().reports(), sample().options(), sample().notes(), SectionLinks.NONE,
                List.of(report, "/elsewhere/003.txt"));
        Path file = dir.resolve("review.rlw");
        WorkspaceFile.save(file, withColumns);
        assertThat(Files.readString(file)).contains("\"columns\" : [ \"seeds/001.txt\", \"/elsewhere/003.txt\" ]");
        assertThat(WorkspaceFile.load(file)).isEqualTo(withColumns);
        // a workspace written before columns were saved leaves the choice to the program
        Path older = Files.writeString(dir.resolve("older.rlw"), "{\"schemaVersion\": 1, \"reports\": []}");
        assertThat(WorkspaceFile.load(older).columns()).isEmpty();
        Path broken = Files.writeString(dir.resolve("broken.rlw"), "{\"schemaVersion\": 1, \"columns\": [3]}");
        assertThatThrownBy(() -> WorkspaceFile.load(broken)).hasMessageContaining("columns[0] must be a report's path");
    }

    @Test
    void savingKeepsThePreviousVersionAsABackup() throws Exception {
        Path file = dir.resolve("review.rlw");
        WorkspaceFile.save(file, sample());
        Workspace changed = new Workspace(sample().reports(), sample().options(), List.of());
        WorkspaceFile.save(file, changed);
        assertThat(WorkspaceFile.load(file).notes()).isEmpty();
        assertThat(WorkspaceFile.load(WorkspaceFile.backupOf(file)).notes()).hasSize(1);
    }

    @Test
    void aDamagedWorkspaceOrOneFromANewerVersionIsRefusedAndLeftAsItIs() throws Exception {
        Path damaged = Files.writeString(dir.resolve("damaged.rlw"), "{\"schemaVersion\": 1, \"reports\": [");
        assertThatThrownBy(() -> WorkspaceFile.load(damaged)).hasMessageStartingWith(damaged + ": is not a valid workspace");
        Path newer = Files.writeString(dir.resolve("newer.rlw"), "{\"schemaVersion\": 7, \"reports\": []}");
        assertThatThrownBy(() -> WorkspaceFile.load(newer))
                .hasMessageContaining("was saved by a newer ReportLens (workspace version 7");
        Path other = Files.writeString(dir.resolve("other.json"), "{\"name\": \"not ours\"}");
        assertThatThrownBy(() -> WorkspaceFile.load(other)).hasMessageContaining("is not a ReportLens workspace");
        Path missingField = Files.writeString(dir.resolve("bad.rlw"), "{\"schemaVersion\": 1, \"reports\": [{}]}");
        assertThatThrownBy(() -> WorkspaceFile.load(missingField)).hasMessageContaining("\"path\" is missing");
        assertThat(Files.readString(damaged)).isEqualTo("{\"schemaVersion\": 1, \"reports\": [");
        assertThat(Files.readString(newer)).isEqualTo("{\"schemaVersion\": 7, \"reports\": []}");
    }

    @Test
    void aNoteFindsItsPlaceAgainWhenTheTextMoved() {
        Anchor anchor = new Anchor("r.txt", 4, 8, "增长6%");
        assertThat(anchor.relocate("今年目标增长6%左右")).isEqualTo(anchor);
        assertThat(anchor.relocate("前言。今年目标增长6%左右")).isEqualTo(new Anchor("r.txt", 7, 11, "增长6%"));
        assertThat(anchor.relocate("今年目标增长5%左右")).isNull();
    }

    @Test
    void aProcessKilledWhileSavingLeavesAWholeWorkspace() throws Exception {
        Path file = dir.resolve("killed.rlw");
        WorkspaceFile.save(file, SaveLoop.version(1000));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 5; round++) {
            Process saver = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), file.toString()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("saving");
                // killed after a different number of whole saves each round, while the next one is written
                // (the loop saves without pause): no timing guess, and the kill always lands mid-work
                for (int saved = 0; saved <= round; saved++) {
                    assertThat(out.readLine()).isEqualTo("saved " + (saved + 1));
                }
                saver.destroyForcibly().waitFor();
            }
            int notes = WorkspaceFile.load(file).notes().size();
            assertThat(notes).as("round %d: the workspace is one of the two versions, whole", round).isIn(1000, 3000);
        }
    }
}
