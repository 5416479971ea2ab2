package org.reportlens.core.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The government a report speaks for, when no title or congress line names it: a report calls
 * itself 我区/全区, 我省/全省, 我市/全市 …; the place of that kind it names most often is the one
 * ("甘肃" in a report that says 全省 → 甘肃省). A development zone is named by its city
 * ("大连高新区"), in full or as 高新区 beside the city's name. Only the opening of the text is read.
 */
final class GovernmentInText {
    /** Enough to hold the opening of a report, where it names itself. */
    static final int READ = 8_000;
    /** A kind of self-reference must be met this often to count. */
    static final int LEAST_MENTIONS = 3;
    private static final String SELF_FIRST = "我全本";
    private static final String SELF_KINDS = "省市区州县盟";
    /** All end in 区, so they are found from the 区s of a text. */
    private static final List<String> ZONES = List.of("高新技术产业开发区", "经济技术开发区", "高新区", "经开区", "开发区", "新区",
            "保税区");

    private GovernmentInText() {
    }

    static String infer(String text, GovernmentNames names) {
        String head = text.length() > READ ? text.substring(0, READ) : text;
        Map<String, Integer> kinds = new HashMap<>();
        for (int i = 1; i < head.length(); i++) {
            char kind = head.charAt(i);
            if (SELF_KINDS.indexOf(kind) >= 0 && SELF_FIRST.indexOf(head.charAt(i - 1)) >= 0) {
                kinds.merge(String.valueOf(kind), 1, Integer::sum);
            }
        }
        String kind = kinds.entrySet().stream().filter(e -> e.getValue() >= LEAST_MENTIONS)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (kind == null) {
            return null;
        }
        Map<String, Integer> places = names.placesNamed(head);
        if (kind.equals("区")) {
            String zone = zone(head, names, places);
            if (zone != null) {
                return zone;
            }
        }
        return mostNamed(places, names, kind);
    }

    /** "大连高新区" written in full, or the zone most named with the city most named. */
    private static String zone(String head, GovernmentNames names, Map<String, Integer> places) {
        Map<String, Integer> zones = new HashMap<>();
        for (int end = head.indexOf('区') + 1; end > 0; end = head.indexOf('区', end) + 1) {
            for (String zone : ZONES) {
                if (head.startsWith(zone, end - zone.length())) {
                    zones.merge(zone, 1, Integer::sum);
                    break;
                }
            }
        }
        String word = zones.entrySet().stream().filter(e -> e.getValue() >= LEAST_MENTIONS)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (word == null) {
            return null;
        }
        String city = mostNamed(places, names, "市");
        if (city == null) {
            return null;
        }
        String cityShort = city.endsWith("市") ? city.substring(0, city.length() - 1) : city;
        return cityShort + word;
    }

    /** The province, prefecture or autonomous prefecture of the kind most named, at least {@value #LEAST_MENTIONS} times. */
    private static String mostNamed(Map<String, Integer> places, GovernmentNames names, String kind) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : places.entrySet()) {
            int count = e.getValue();
            boolean better = count > bestCount || count == bestCount && best != null && e.getKey().compareTo(best) < 0;
            if (count >= LEAST_MENTIONS && better && fits(e.getKey(), names.level(e.getKey()), kind)) {
                best = e.getKey();
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
