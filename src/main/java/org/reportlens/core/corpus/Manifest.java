package org.reportlens.core.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A manifest of a corpus: a JSON list of objects, one per file, each with {@code "file"} (relative
 * to the corpus folder) and any of {@code "government"}, {@code "year"}, {@code "planYear"},
 * {@code "statesTargets"}, {@code "review"}, {@code "plan"}, {@code "targets"} (a list of
 * {@code "metric value[-upper] [unit]"}). Other fields are ignored. Several manifests merge: the
 * first that states a field for a file wins.
 */
public final class Manifest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Map<String, Expectation> byFile;

    private Manifest(Map<String, Expectation> byFile) {
        this.byFile = byFile;
    }

    public static final Manifest EMPTY = new Manifest(Map.of());

    /** Reads a manifest; the message of the exception says what is wrong and where. */
    public static Manifest read(Path file) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IOException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IOException("a manifest is a JSON list of objects, one per file");
        }
        Map<String, Expectation> byFile = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode entry : root) {
            index++;
            String name = entry.path("file").asText("");
            if (name.isEmpty()) {
                throw new IOException("entry " + index + " has no \"file\"");
            }
            List<ExpectedTarget> targets = null;
            if (entry.has("targets")) {
                targets = new ArrayList<>();
                for (JsonNode t : entry.get("targets")) {
                    try {
                        targets.add(ExpectedTarget.parse(t.asText()));
                    } catch (IllegalArgumentException e) {
                        throw new IOException("entry " + index + " (" + name + "): " + e.getMessage(), e);
                    }
                }
            }
            Expectation e = new Expectation(name.replace('\\', '/'), text(entry, "government"), number(entry, "year"),
                    number(entry, "planYear"), flag(entry, "statesTargets"), flag(entry, "review"), flag(entry, "plan"),
                    targets);
            byFile.merge(e.file(), e, Expectation::orElse);
        }
        return new Manifest(byFile);
    }

    /** This manifest with {@code other}'s entries added; where both speak of a file, this one wins field by field. */
    public Manifest with(Manifest other) {
        Map<String, Expectation> merged = new LinkedHashMap<>(byFile);
        other.byFile.forEach((file, e) -> merged.merge(file, e, Expectation::orElse));
        return new Manifest(merged);
    }

    public boolean isEmpty() {
        return byFile.isEmpty();
    }

    /** The files it lists, in its order. */
    public List<String> files() {
        return List.copyOf(byFile.keySet());
    }

    /** What it says of {@code file}; an expectation with every field unknown when it does not list it. */
    public Expectation of(String file) {
        Expectation e = byFile.get(file);
        return e != null ? e : new Expectation(file, null, null, null, null, null, null, null);
    }

    private static String text(JsonNode entry, String field) {
        JsonNode n = entry.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Integer number(JsonNode entry, String field) {
        JsonNode n = entry.get(field);
        return n == null || !n.canConvertToInt() ? null : n.asInt();
    }

    private static Boolean flag(JsonNode entry, String field) {
        JsonNode n = entry.get(field);
        return n == null || !n.isBoolean() ? null : n.asBoolean();
    }
}
