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
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.core.compare.SectionLinks;
import org.reportlens.core.compare.SectionRef;
import org.reportlens.core.export.AtomicFile;

/**
 * Reads and writes a workspace as JSON with a {@code schemaVersion}. Saving never leaves a half
 * file: the new version is written beside it and moved over it, and the version it replaces is
 * kept as {@code FILE.bak}. Reading never writes: a file that is not a workspace, is damaged or was
 * written by a newer ReportLens is refused with a message, and stays as it is.
 */
public final class WorkspaceFile {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WorkspaceFile() {
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    public static void save(Path file, Workspace workspace) throws WorkspaceException {
        Path dir = file.toAbsolutePath().getParent();
        try {
            byte[] bytes = MAPPER.writeValueAsString(tree(workspace, dir)).getBytes(StandardCharsets.UTF_8);
            if (Files.exists(file)) {
                Path backup = backupOf(file);
                Path temp = Files.createTempFile(dir, "." + backup.getFileName() + ".", ".tmp");
                Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            AtomicFile.write(file, bytes);
        } catch (IOException e) {
            throw new WorkspaceException(file, "could not be saved (" + e.getMessage() + "); the file on disk is unchanged");
        }
    }

    public static Workspace load(Path file) throws WorkspaceException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new WorkspaceException(file, "is not a valid workspace (damaged JSON: " + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new WorkspaceException(file, "cannot be read (" + e.getMessage() + ")");
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
            for (JsonNode r : array(root, "reports")) {
                reports.add(new WorkspaceReport(resolve(dir, text(r, "path")), r.hasNonNull("government")
                        ? r.get("government").asText() : null, r.hasNonNull("year") ? r.get("year").asInt() : null));
            }
            Map<String, String> options = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("options").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                options.put(e.getKey(), e.getValue().asText());
            }
            List<Note> notes = new ArrayList<>();
            for (JsonNode n : array(root, "notes")) {
                JsonNode a = n.path("anchor");
                notes.add(new Note(new Anchor(resolve(dir, text(a, "report")), a.path("start").asInt(),
                        a.path("end").asInt(), text(a, "quote")), text(n, "text"), n.path("reviewed").asBoolean()));
            }
            List<SectionLink> links = new ArrayList<>();
            for (JsonNode l : array(root, "links")) {
                links.add(new SectionLink(ref(dir, l.path("a")), ref(dir, l.path("b")), l.path("linked").asBoolean(true)));
            }
            return new Workspace(reports, options, notes, new SectionLinks(links));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new WorkspaceException(file, "is not a valid workspace (" + e.getMessage() + ")");
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
        return root;
    }

    private static void ref(ObjectNode o, SectionRef ref, Path dir) {
        o.put("report", relative(dir, ref.file())).put("section", ref.section()).put("title", ref.title());
    }

    private static SectionRef ref(Path dir, JsonNode o) {
        return new SectionRef(resolve(dir, text(o, "report")), text(o, "section"),
                o.hasNonNull("title") ? o.get("title").asText() : null);
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

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing");
        }
        return value.asText();
    }
}
