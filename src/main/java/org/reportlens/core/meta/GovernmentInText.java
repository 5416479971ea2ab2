package org.reportlens.core.meta;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The government a report speaks for, when no title or congress line names it: a report calls
 * itself 我区/全区, 我省/全省, 我市/全市 …; the place of that kind it names most often is the one
 * ("甘肃" in a report that says 全省 → 甘肃省). A development zone is named by its city
 * ("大连高新区"), in full or as 高新区 beside the city's name. Only the opening of the text is read.
 */
final class GovernmentInText {
    /** Enough to hold the opening of a report, where it names itself. */
    static final int READ = 12_000;
    /** A kind of self-reference must be met this often to count. */
    static final int LEAST_MENTIONS = 3;
    private static final Pattern SELF = Pattern.compile("(?:我|全|本)(省|市|区|州|县|盟)");
    private static final String ZONES = "高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区|保税区";
    private static final Pattern ZONE = Pattern.compile(ZONES);

    private GovernmentInText() {
    }

    static String infer(String text, GovernmentNames names) {
        String head = text.length() > READ ? text.substring(0, READ) : text;
        Map<String, Integer> kinds = new HashMap<>();
        Matcher self = SELF.matcher(head);
        while (self.find()) {
            kinds.merge(self.group(1), 1, Integer::sum);
        }
        String kind = kinds.entrySet().stream().filter(e -> e.getValue() >= LEAST_MENTIONS)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (kind == null) {
            return null;
        }
        if (kind.equals("区")) {
            String zone = zone(head, names);
            if (zone != null) {
                return zone;
            }
        }
        return mostNamed(head, names, kind);
    }

    /** "大连高新区" written in full, or the zone most named with the city most named. */
    private static String zone(String head, GovernmentNames names) {
        Map<String, Integer> zones = new HashMap<>();
        Matcher m = ZONE.matcher(head);
        while (m.find()) {
            zones.merge(m.group(), 1, Integer::sum);
        }
        String word = zones.entrySet().stream().filter(e -> e.getValue() >= LEAST_MENTIONS)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (word == null) {
            return null;
        }
        String city = mostNamed(head, names, "市");
        if (city == null) {
            return null;
        }
        String cityShort = city.endsWith("市") ? city.substring(0, city.length() - 1) : city;
        return cityShort + word;
    }

    /** The province, prefecture or autonomous prefecture of the kind most named in {@code head}. */
    private static String mostNamed(String head, GovernmentNames names, String kind) {
        String best = null;
        int bestCount = 0;
        for (String[] place : names.placeNames()) {
            String full = place[1];
            if (!fits(full, names.level(full), kind)) {
                continue;
            }
            int count = 0;
            for (int at = head.indexOf(place[0]); at >= 0; at = head.indexOf(place[0], at + place[0].length())) {
                count++;
            }
            if (count >= LEAST_MENTIONS && count > bestCount) {
                best = full;
                bestCount = count;
            }
        }
        return best;
    }

    private static boolean fits(String full, String level, String kind) {
        return switch (kind) {
            case "省" -> "province".equals(level) && full.endsWith("省");
            case "区" -> "province".equals(level) && full.endsWith("自治区");
            case "州" -> full.endsWith("自治州");
            case "盟" -> full.endsWith("盟");
            default -> "prefecture".equals(level) && full.endsWith("市") || "province".equals(level) && full.endsWith("市");
        };
    }
}
