package org.reportlens.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.testing.HostileFixtures;

/** Workspaces as people and other programs really write them, and as an attacker would (issue 16). */
class HostileWorkspaceTest {
    @TempDir
    Path dir;

    private Path copy(String fixture) throws Exception {
        return Files.copy(HostileFixtures.file(fixture), dir.resolve(fixture));
    }

    @Test
    void aWorkspaceSavedWithAByteOrderMarkIsRead() throws Exception {
        Workspace w = WorkspaceFile.load(copy("workspace-saved-with-utf-8-bom.rlw"));
        assertThat(w.reports()).containsExactly(new WorkspaceReport(dir.resolve("report.txt").toString(), "大连市", 2024));
        assertThat(w.options()).containsEntry("granularity", "word");
    }

    @Test
    void aYearThatIsNotAWholeNumberIsRefusedNotReadAsZero() throws Exception {
        Path file = copy("workspace-year-in-chinese-numerals.rlw");
        assertThatThrownBy(() -> WorkspaceFile.load(file)).hasMessage(file + ": is not a valid workspace"
                + " (reports[0].year must be a year as a whole number such as 2022, not \"二〇二二\")");
    }

    @Test
    void everyValueIsTypeChecked() throws Exception {
        String[][] cases = {
                {"{\"schemaVersion\": 1, \"reports\": [{\"path\": 7}]}", "reports[0].path must be a text, not 7"},
                {"{\"schemaVersion\": 1, \"reports\": [{\"path\": \"a.txt\", \"government\": [\"大连市\"]}]}",
                        "reports[0].government must be a text, not [\"大连市\"]"},
                {"{\"schemaVersion\": 1, \"reports\": [{\"path\": \"a.txt\", \"year\": 2024.5}]}",
                        "reports[0].year must be a year as a whole number such as 2022, not 2024.5"},
                {"{\"schemaVersion\": 1, \"options\": {\"granularity\": \"line\"}}",
                        "options.granularity: unknown granularity 'line' (sentence, word, character)"},
                {"{\"schemaVersion\": 1, \"options\": {\"minDuplicate\": \"二十\"}}",
                        "options.minDuplicate must be a whole number of at least 8, not \"二十\""},
                {"{\"schemaVersion\": 1, \"options\": {\"ignoreWidth\": \"yes\"}}",
                        "options.ignoreWidth must be true or false, not \"yes\""},
                {"{\"schemaVersion\": 1, \"options\": {\"granularity\": {\"a\": 1}}}",
                        "options.granularity must be a text, a number or true/false"},
                {"{\"schemaVersion\": 1, \"notes\": [{\"anchor\": {\"report\": \"a.txt\", \"start\": \"10\", \"end\": 12,"
                        + " \"quote\": \"增长\"}, \"text\": \"意见\"}]}",
                        "notes[0].anchor.start must be a whole number of at least 0, not \"10\""},
                {"{\"schemaVersion\": 1, \"notes\": [{\"anchor\": {\"report\": \"a.txt\", \"start\": 10, \"end\": 12,"
                        + " \"quote\": \"增长\"}, \"text\": \"意见\", \"reviewed\": \"yes\"}]}",
                        "notes[0].reviewed must be true or false, not \"yes\""}};
        for (String[] c : cases) {
            Path file = Files.writeString(dir.resolve("typed.rlw"), c[0]);
            assertThatThrownBy(() -> WorkspaceFile.load(file)).as(c[0])
                    .hasMessage(file + ": is not a valid workspace (" + c[1] + ")");
        }
    }

    @Test
    void aWorkspaceInAnotherEncodingSaysWhereItIsNotUtf8() throws Exception {
        Path file = copy("workspace-in-gbk.rlw");
        assertThatThrownBy(() -> WorkspaceFile.load(file)).hasMessage(file
                + ": is not UTF-8 text (the byte at offset 71 is not valid UTF-8); save it as UTF-8");
    }

    @Test
    void aPipeADeviceAndAMissingFileAreRefusedAtOnceWithTheirReason() throws Exception {
        Path pipe = org.reportlens.core.load.HostileFilesTestAccess.fifo(dir.resolve("w.rlw"));
        assertThatThrownBy(() -> WorkspaceFile.load(pipe)).hasMessage(pipe + ": is a named pipe (FIFO), not a file");
        assertThatThrownBy(() -> WorkspaceFile.load(Path.of("/dev/zero"))).hasMessage("/dev/zero: is a device, not a file");
        Path missing = dir.resolve("missing.rlw");
        assertThatThrownBy(() -> WorkspaceFile.load(missing)).hasMessage(missing + ": no such file");
    }

    @Test
    void theReportsOutsideTheWorkspacesFolderAreNamed() throws Exception {
        Path file = copy("workspace-names-etc-passwd.rlw");
        Workspace w = WorkspaceFile.load(file);
        assertThat(WorkspaceFile.outsideFolder(file, w)).containsExactly(Path.of("/etc/passwd").toString());
        // a link inside the folder that leads outside it is outside too
        Path link = Files.createSymbolicLink(dir.resolve("inside.txt"), Path.of("/etc/hostname"));
        Workspace linked = new Workspace(List.of(new WorkspaceReport(link.toString(), null, null),
                new WorkspaceReport(dir.resolve("sub/r.txt").toString(), null, null)), Map.of(), List.of());
        assertThat(WorkspaceFile.outsideFolder(file, linked)).containsExactly(link.toString());
    }
}
