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
    private static final Pattern SPEAKER = Pattern.compile("^(?:全年|年末|期末|全市|全区|全县|全省|全州|全盟|全国|我市|我区|我县|我省|本市|本省|本区|预计"
            + "|其中)+");
    /**
     * How a figure is compared, estimated or hoped for, not what is measured: "一般公共预算收入同口径",
     * "…按可比口径", "地区生产总值同比", "城乡居民人均收入实际", "农民人均纯收入力争", "城镇调查失业率全年",
     * "万元GDP能耗预计", "…比上年", "城镇调查失业率平均", "城镇调查失业率均值", "登记失业率稳定".
     */
    private static final Pattern MANNER = Pattern.compile(
            "(?:同比|实际|(?:力争)?(?:按|以)?(?:同|可比)口径(?:计算)?|可比|力争|全年|继续保持|保持|在正常年景下|增速|、"
            + "|(?:保持|实现)?(?:稳定|平稳|正)增长|止跌回稳|预计|[比较]上年|平均|均值|稳定|平稳)+$");
    /** Only how a figure is compared, with no metric: "同口径", "比上年", "可比", "实际". */
    private static final Pattern MANNER_ONLY = Pattern.compile("^" + MANNER.pattern());
    /** The first characters of SPEAKER's words and the last of MANNER's: most names need no pattern run. */
    private static final String SPEAKER_START = "全年我本其预期";
    private static final String MANNER_END = "比际径算争年持下速、长稳计均值定";
    /** A note in brackets is no part of the name: "居民消费价格指数（CPI）", "财政总收入（省口径）". */
    private static final Pattern BRACKETED = Pattern.compile("[(（][^)）]*[)）]");
    /** A government named before the metric ("北京市生产总值"): two to eight characters and one of these. */
    private static final String PLACE_SUFFIXES = "省市区县州";
    private static final int PLACE_LONGEST = 8;
    /** GDP as reports write it: 国内生产总值, GDP, 生产总值 (not already 地区生产总值). */
    private static final Pattern GDP = Pattern.compile("国内生产总值|GDP|(?<!地区)生产总值");
    /** Names in the table are at most this long (for looking one up at the opening of a clause). */
    private static final int LONGEST_NAME = 24;
    private static final int SHORTEST_OPENING = 4;

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
            canonical.put(oneGdp(name), name);
            for (JsonNode same : metric.path("same")) {
                canonical.put(key(same.asText()), name);
                canonical.put(oneGdp(key(same.asText())), name);
            }
            for (JsonNode near : metric.path("approximate")) {
                canonical.put(key(near.asText()), name);
                canonical.put(oneGdp(key(near.asText())), name);
                approximate.add(key(near.asText()));
            }
        }
        return new MetricNames(canonical, approximate);
    }

    /** Width folded, without spaces or notes in brackets. */
    private static String key(String name) {
        String folded = CharFolding.fold(name);
        if (folded.indexOf('(') >= 0) {
            folded = BRACKETED.matcher(folded).replaceAll("");
        }
        for (int i = 0; i < folded.length(); i++) {
            if (Character.isWhitespace(folded.charAt(i))) {
                return folded.replaceAll("\\s+", "");
            }
        }
        return folded;
    }

    /**
     * The metric as the reader calls it, without who speaks ("全市…", "本省…") or how it is compared
     * ("…同口径", "…同比", "…实际").
     */
    public static String strip(String metric) {
        String s = metric.strip();
        if (SPEAKER_START.indexOf(s.isEmpty() ? ' ' : s.charAt(0)) >= 0) {
            s = SPEAKER.matcher(s).replaceFirst("");
        }
        if (s.isEmpty() || MANNER_END.indexOf(s.charAt(s.length() - 1)) < 0) {
            return s;
        }
        String without = MANNER.matcher(s).replaceFirst("");
        return without.isEmpty() ? s : without;
    }

    /** Whether {@code metric} says only how a figure is compared or estimated ("同口径", "比上年"), or nothing. */
    static boolean isMannerOnly(String metric) {
        String s = metric.strip();
        return s.isEmpty() || MANNER_ONLY.matcher(s).matches();
    }

    /**
     * Its canonical name; a metric not in the table is its own (in its key form: width folded, no
     * spaces or bracketed notes). "北京市生产总值" is 地区生产总值 when the table knows 生产总值.
     */
    public String canonical(String metric) {
        String stripped = key(strip(metric));
        String known = find(stripped);
        return known != null ? known : stripped;
    }

    /** Whether the table knows the metric — a standard indicator, not a one-off figure. */
    public boolean isKnown(String metric) {
        return find(key(strip(metric))) != null;
    }

    /** The canonical name of a key: as it is, with GDP named one way, or without a government before it; null if unknown. */
    private String find(String key) {
        String known = canonical.get(key);
        if (known == null) {
            known = canonical.get(oneGdp(key));
        }
        if (known == null) {
            String unplaced = unplaced(key);
            known = unplaced == null ? null : canonical.get(oneGdp(unplaced));
        }
        return known;
    }

    /**
     * GDP named one way, so that every name built on it matches however a report writes it:
     * "研发投入占GDP比重" = "研发投入占地区生产总值的比重", "万元国内生产总值能耗" = "万元地区生产总值能耗".
     */
    private static String oneGdp(String key) {
        if (key.indexOf("GDP") < 0 && key.indexOf("生产总值") < 0 && key.indexOf("的比重") < 0) {
            return key;
        }
        return GDP.matcher(key.replace("的比重", "比重")).replaceAll("地区生产总值");
    }

    /** {@code name} without a government named before it ("北京市生产总值" → 生产总值); null when none is. */
    private static String unplaced(String name) {
        for (int i = 2; i < Math.min(name.length() - 1, PLACE_LONGEST + 1); i++) {
            char c = name.charAt(i);
            // "人均地区生产总值": 地区 is part of the name, not a place
            if (PLACE_SUFFIXES.indexOf(c) >= 0 && name.charAt(i - 1) != '地') {
                return name.substring(i + 1);
            }
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                return null;
            }
        }
        return null;
    }

    /**
     * The metric the table knows that opens {@code clause} ("地区生产总值增速保持在合理区间" opens with
     * 地区生产总值), after who speaks; "" when none does.
     */
    String knownOpening(String clause) {
        String s = clause.strip();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return ""; // "进出口总额1亿美元以上外贸企业达41家": a clause about something else that it measures
            }
        }
        if (SPEAKER_START.indexOf(s.isEmpty() ? ' ' : s.charAt(0)) >= 0) {
            s = SPEAKER.matcher(s).replaceFirst("");
        }
        // four characters at least: "经济…", "就业…" open many a clause about something else
        for (int length = Math.min(s.length(), LONGEST_NAME); length >= SHORTEST_OPENING; length--) {
            String head = s.substring(0, length);
            if (find(key(head)) != null) {
                return head;
            }
        }
        return "";
    }

    /** Whether it is merged with its canonical name only as a close, not identical, statistic. */
    public boolean isApproximate(String metric) {
        return approximate.contains(key(strip(metric)));
    }
}
