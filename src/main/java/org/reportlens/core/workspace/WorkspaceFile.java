package org.reportlens.core.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.core.compare.SectionLinks;
import org.reportlens.core.compare.SectionRef;
import org.reportlens.core.export.AtomicFile;
import org.reportlens.core.load.FileReadException;
import org.reportlens.core.load.InputFile;

/**
 * Reads and writes a workspace as JSON with a {@code schemaVersion}. Saving never leaves a half
 * file: the new version is written beside it and moved over it, and the version it replaces is
 * kept as {@code FILE.bak}. Reading never writes: a file that is not a workspace, is damaged or was
 * written by a newer ReportLens is refused with a message, and stays as it is.
 */
public final class WorkspaceFile {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** A corrected year outside these is a typing slip. */
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2200;

    private WorkspaceFile() {
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    public static void save(Path file, Workspace workspace) throws WorkspaceException {
        Path dir = file.toAbsolutePath().getParent();
        try {
            byte[] bytes = MAPPER.writeValueAsString(tree(workspace, dir)).getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(file)) {
                AtomicFile.write(backupOf(file), Files.readAllBytes(file));
            }
            AtomicFile.write(file, bytes);
        } catch (IOException e) {
            throw new WorkspaceException(file, "could not be saved (" + InputFile.describe(file, e)
                    + "); the file on disk is unchanged");
        }
    }

    /**
     * Reads a workspace. It must be a regular UTF-8 file (a byte order mark is allowed, as Notepad
     * writes one) of at most {@link InputFile#MAX_OPTION_FILE_BYTES}, and every value must have its
     * type: a year that is not a whole number, say, is refused with a message naming the field,
     * never read as 0. Report paths are resolved against the workspace's folder; which of them lie
     * outside that folder, {@link #outsideFolder} tells.
     */
    public static Workspace load(Path file) throws WorkspaceException {
        JsonNode root;
        try {
            root = MAPPER.readTree(InputFile.readUtf8(file));
        } catch (FileReadException e) {
            throw new WorkspaceException(file, e.problem());
        } catch (JsonProcessingException e) {
            throw new WorkspaceException(file, "is not a valid workspace (damaged JSON: " + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject() || !root.path("schemaVersion").canConvertToInt()) {
            throw new WorkspaceException(file, "is not a ReportLens workspace (no schemaVersion)");
        }
        int version = root.path("schemaVersion").asInt();
        if (version > Workspace.SCHEMA_VERSION) {
            throw new WorkspaceException(file, "was saved by a newer ReportLens (workspace version " + version
                    + "; this one reads up to " + Workspace.SCHEMA_VERSION + "); it is left untouched");
        }
        Path dir = file.toAbsolutePath().getParent();
        try {
            List<WorkspaceReport> reports = new ArrayList<>();
            int i = 0;
            for (JsonNode r : array(root, "reports")) {
                String where = "reports[" + i++ + "]";
                reports.add(new WorkspaceReport(resolve(dir, text(r, where, "path")), optionalText(r, where, "government"),
                        optionalYear(r, where)));
            }
            Map<String, String> options = new LinkedHashMap<>();
            JsonNode saved = root.path("options");
            if (!saved.isMissingNode() && !saved.isObject()) {
                throw new IllegalArgumentException("\"options\" is not a set of named values");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = saved.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                    throw new IllegalArgumentException("options." + e.getKey() + " must be a text, a number or true/false");
                }
                options.put(e.getKey(), e.getValue().asText());
            }
            SavedState.check(options);
            List<Note> notes = new ArrayList<>();
            i = 0;
            for (JsonNode n : array(root, "notes")) {
                String where = "notes[" + i++ + "]";
                JsonNode a = n.path("anchor");
                String at = where + ".anchor";
                notes.add(new Note(new Anchor(resolve(dir, text(a, at, "report")), whole(a, at, "start"),
                        whole(a, at, "end"), text(a, at, "quote")), text(n, where, "text"), flag(n, where, "reviewed")));
            }
            List<SectionLink> links = new ArrayList<>();
            i = 0;
            for (JsonNode l : array(root, "links")) {
                String where = "links[" + i++ + "]";
                JsonNode linked = l.get("linked");
                if (linked != null && !linked.isNull() && !linked.isBoolean()) {
                    throw new IllegalArgumentException(where + ".linked must be true or false, not " + linked);
                }
                links.add(new SectionLink(ref(dir, l.path("a"), where + ".a"), ref(dir, l.path("b"), where + ".b"),
                        linked == null || linked.isNull() || linked.asBoolean()));
            }
            List<String> columns = new ArrayList<>();
            i = 0;
            for (JsonNode c : array(root, "columns")) {
                if (!c.isTextual()) {
                    throw new IllegalArgumentException("columns[" + i + "] must be a report's path, not " + c);
                }
                columns.add(resolve(dir, c.asText()));
                i++;
            }
            return new Workspace(reports, options, notes, new SectionLinks(links), columns);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new WorkspaceException(file, "is not a valid workspace (" + e.getMessage() + ")");
        }
    }

    /**
     * The report paths of {@code workspace}, read from {@code file}, that lie outside the
     * workspace's folder (symbolic links followed): a workspace from someone else could name any
     * file ({@code ../../etc/passwd}) and have it read into an export, so such paths are read only
     * when the user agrees ({@code --trust-workspace} on the command line). Paths in the order of
     * the reports; empty when all lie inside.
     */
    public static List<String> outsideFolder(Path file, Workspace workspace) {
        Path dir = real(file.toAbsolutePath().getParent());
        return workspace.reports().stream().map(WorkspaceReport::path)
                .filter(p -> !real(Path.of(p).toAbsolutePath()).startsWith(dir)).toList();
    }

    /** The path with its symbolic links followed, where it exists; else as written, normalized. */
    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p.normalize();
        }
    }

    private static ObjectNode tree(Workspace w, Path dir) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", Workspace.SCHEMA_VERSION);
        ArrayNode reports = root.putArray("reports");
        for (WorkspaceReport r : w.reports()) {
            reports.addObject().put("path", relative(dir, r.path())).put("government", r.government()).put("year", r.year());
        }
        ObjectNode options = root.putObject("options");
        w.options().forEach(options::put);
        ArrayNode notes = root.putArray("notes");
        for (Note n : w.notes()) {
            ObjectNode note = notes.addObject();
            note.putObject("anchor").put("report", relative(dir, n.anchor().report())).put("start", n.anchor().start())
                    .put("end", n.anchor().end()).put("quote", n.anchor().quote());
            note.put("text", n.text()).put("reviewed", n.reviewed());
        }
        ArrayNode links = root.putArray("links");
        for (SectionLink l : w.links().links()) {
            ObjectNode link = links.addObject();
            ref(link.putObject("a"), l.a(), dir);
            ref(link.putObject("b"), l.b(), dir);
            link.put("linked", l.linked());
        }
        ArrayNode columns = root.putArray("columns");
        w.columns().forEach(c -> columns.add(relative(dir, c)));
        return root;
    }

    private static void ref(ObjectNode o, SectionRef ref, Path dir) {
        o.put("report", relative(dir, ref.file())).put("section", ref.section()).put("title", ref.title());
    }

    private static SectionRef ref(Path dir, JsonNode o, String where) {
        return new SectionRef(resolve(dir, text(o, where, "report")), text(o, where, "section"),
                optionalText(o, where, "title"));
    }

    /**
     * A report path relative to the workspace's folder when it lies inside it or beside it (at most
     * one "..": the folders move together), else absolute.
     */
    static String relative(Path dir, String path) {
        Path p = Path.of(path).toAbsolutePath().normalize();
        try {
            Path relative = dir.normalize().relativize(p);
            int up = 0;
            while (up < relative.getNameCount() && relative.getName(up).toString().equals("..")) {
                up++;
            }
            return up <= 1 ? relative.toString().replace('\\', '/') : p.toString();
        } catch (IllegalArgumentException e) {
            return p.toString();
        }
    }

    static String resolve(Path dir, String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p.toString() : dir.resolve(p).normalize().toString();
    }

    private static Iterable<JsonNode> array(JsonNode root, String field) {
        JsonNode node = root.path(field);
        if (!node.isMissingNode() && !node.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" is not a list");
        }
        return node;
    }

    private static String text(JsonNode node, String where, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" is missing");
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(where + "." + field + " must be a text, not " + value);
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String where, String field) {
        return node.hasNonNull(field) ? text(node, where, field) : null;
    }

    /** A year the user corrected: a whole number such as 2022, not a text ("二〇二二") read as 0. */
    private static Integer optionalYear(JsonNode node, String where) {
        if (!node.hasNonNull("year")) {
            return null;
        }
        JsonNode value = node.get("year");
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < MIN_YEAR || value.asInt() > MAX_YEAR) {
            throw new IllegalArgumentException(where + ".year must be a year as a whole number such as 2022, not "
                    + value);
        }
        return value.asInt();
    }

    private static int whole(JsonNode node, String where, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            throw new IllegalArgumentException(where + "." + field + " must be a whole number of at least 0, not "
                    + value);
        }
        return value.asInt();
    }

    private static boolean flag(JsonNode node, String where, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(where + "." + field + " must be true or false, not " + value);
        }
        return value.asBoolean();
    }
}
