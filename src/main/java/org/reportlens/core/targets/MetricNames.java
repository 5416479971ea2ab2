package org.reportlens.core.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.reportlens.core.load.InputFile;
import org.reportlens.core.text.CharFolding;

/**
 * Canonical metric names: 规上工业增加值 and 规模以上工业增加值 are one metric. The table ships as a
 * resource; a user's file of the same shape adds to it and wins where the two disagree.
 */
public final class MetricNames {
    private static final String RESOURCE = "/org/reportlens/core/targets/metric-names.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Who speaks or when, not what is measured: "全市地区生产总值" is 地区生产总值, "年末城镇调查失业率" 城镇调查失业率. */
    private static final Pattern SPEAKER = Pattern.compile("^(?:全年|年末|全市|全区|全县|全省|全州|全盟|我市|我区|我县|其中)+");

    private final Map<String, String> canonical;
    private final Set<String> approximate;

    private MetricNames(Map<String, String> canonical, Set<String> approximate) {
        this.canonical = Map.copyOf(canonical);
        this.approximate = Set.copyOf(approximate);
    }

    public static MetricNames defaults() {
        try (InputStream in = MetricNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            return parse(MAPPER.readTree(in), new HashMap<>(), new HashSet<>());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * These names with a user's file added: {@code {"metrics": [{"name": …, "same": […], "approximate": […]}]}},
     * UTF-8, a regular file of at most {@link InputFile#MAX_OPTION_FILE_BYTES}.
     *
     * @throws IOException naming the file and the reason when it cannot be read, or a short reason
     *                     when it is not such a table
     */
    public MetricNames with(Path userFile) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(InputFile.readUtf8(userFile));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("metrics").isArray()) {
            throw new IOException("it has no \"metrics\" list");
        }
        return parse(root, new HashMap<>(canonical), new HashSet<>(approximate));
    }

    private static MetricNames parse(JsonNode root, Map<String, String> canonical, Set<String> approximate) {
        for (JsonNode metric : root.path("metrics")) {
            String name = key(metric.path("name").asText(""));
            if (name.isEmpty()) {
                continue;
            }
            canonical.put(name, name);
            for (JsonNode same : metric.path("same")) {
                canonical.put(key(same.asText()), name);
            }
            for (JsonNode near : metric.path("approximate")) {
                canonical.put(key(near.asText()), name);
                approximate.add(key(near.asText()));
            }
        }
        return new MetricNames(canonical, approximate);
    }

    private static String key(String name) {
        return CharFolding.fold(name.strip());
    }

    /** The metric as the reader calls it, without who speaks ("全市…"). */
    public static String strip(String metric) {
        return SPEAKER.matcher(metric.strip()).replaceFirst("");
    }

    /** Its canonical name; a metric not in the table is its own. */
    public String canonical(String metric) {
        String stripped = key(strip(metric));
        return canonical.getOrDefault(stripped, stripped);
    }

    /** Whether the table knows the metric — a standard indicator, not a one-off figure. */
    public boolean isKnown(String metric) {
        return canonical.containsKey(key(strip(metric)));
    }

    /** Whether it is merged with its canonical name only as a close, not identical, statistic. */
    public boolean isApproximate(String metric) {
        return approximate.contains(key(strip(metric)));
    }
}
