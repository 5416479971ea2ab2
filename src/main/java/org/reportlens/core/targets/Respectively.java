package org.reportlens.core.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The metrics of a clause stating several figures "respectively" (分别): "城镇和农村居民人均可支配收入
 * 分别增长7%、7.5%" is about 城镇居民人均可支配收入 and 农村居民人均可支配收入; "城乡居民收入分别增长…"
 * about 城镇居民收入 and 农村居民收入; "金融机构存贷款余额分别增长13%和15%" about 存款余额 and 贷款余额;
 * "一般公共预算总收入、地方一般公共预算收入分别增长7%和7.5%" names both in full.
 */
final class Respectively {
    static final String WORD = "分别";
    private static final Pattern AND = Pattern.compile("[、和与及]");
    /** Names before the shared tail are this short at most: "城镇和农村…" shares "居民人均可支配收入". */
    private static final int SHORT_QUALIFIER = 4;

    private Respectively() {
    }

    /** The metrics named by {@code metric}, the text before 分别; one name when it names one. */
    static List<String> names(String metric) {
        String m = metric.strip();
        if (m.contains("城乡") && !AND.matcher(m).find()) {
            return List.of(m.replaceFirst("城乡", "城镇"), m.replaceFirst("城乡", "农村"));
        }
        if (m.contains("存贷款")) {
            return List.of(m.replaceFirst("存贷款", "存款"), m.replaceFirst("存贷款", "贷款"));
        }
        String[] parts = AND.split(m);
        if (parts.length < 2) {
            return List.of(m);
        }
        String last = parts[parts.length - 1];
        boolean shortHeads = true;
        for (int i = 0; i < parts.length - 1; i++) {
            shortHeads &= !parts[i].isEmpty() && parts[i].length() <= SHORT_QUALIFIER;
        }
        List<String> names = new ArrayList<>();
        if (shortHeads && last.length() > parts[0].length()) {
            String tail = last.substring(parts[0].length());
            for (int i = 0; i < parts.length - 1; i++) {
                names.add(parts[i] + tail);
            }
            names.add(last);
        } else {
            names.addAll(List.of(parts));
        }
        return List.copyOf(names);
    }
}
