package org.reportlens.core.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The metrics of a clause stating several figures "respectively" (分别): "城镇和农村居民人均可支配收入
 * 分别增长7%、7.5%" is about 城镇居民人均可支配收入 and 农村居民人均可支配收入; "城乡居民收入分别增长…"
 * about 城镇居民收入 and 农村居民收入; "金融机构存贷款余额分别增长13%和15%" about 存款余额 and 贷款余额;
 * "一般公共预算总收入、地方一般公共预算收入分别增长7%和7.5%" names both in full; "第一、二、三产业分别
 * 增长6%、15%、12%" names 第一产业, 第二产业 and 第三产业. The same names serve a clause that gives
 * them one figure each (均): "城乡居民人均可支配收入均增长7%".
 */
final class Respectively {
    static final String WORD = "分别";
    /** "地区生产总值、公共财政预算收入均增长10%": one figure for each metric named. */
    static final String EACH = "均";
    private static final Pattern AND = Pattern.compile("[、和与及]");
    /** Names before the shared tail are this short at most: "城镇和农村…" shares "居民人均可支配收入". */
    private static final int SHORT_QUALIFIER = 4;

    private Respectively() {
    }

    /**
     * The metrics of a clause giving one figure to each of several ("地区生产总值、公共财政预算收入均增长10%",
     * "地区生产总值、固定资产投资、规上工业增加值增长5%左右", "财政总收入和地方级收入增长15%"); null when
     * {@code metric} names one.
     */
    static List<String> each(String metric) {
        String m = metric.strip();
        // "城镇调查失业率平均为5.2%": 平均 is an average, not "each"
        boolean all = m.endsWith(EACH) && !m.endsWith("平" + EACH);
        if (all) {
            m = m.substring(0, m.length() - EACH.length());
        }
        if (m.contains(WORD)) {
            return null;
        }
        String[] parts = AND.split(m);
        boolean whole = parts.length > 1;
        for (String part : parts) {
            whole &= part.length() > SHORT_QUALIFIER;
        }
        if (whole) {
            return List.of(parts);
        }
        return all ? names(m) : null;
    }

    /**
     * The clauses of one sentence read in order: which metrics a figure is for when a 分别 or a
     * 均 decides it. "城乡居民人均收入分别实际增长7%和7.1%" gives 城镇…, then 农村…; "城镇和农村居民人均
     * 可支配收入分别达到5.1万元和2.3万元，同比增长8.2%和8.8%" starts the names again for the second
     * pair; "地区生产总值、固定资产投资、全部工业总产值均突破4000亿元，分别增长8%、12%和14%" hands the
     * names of the 均 to the 分别 after it.
     */
    static final class Sequence {
        private List<String> names;
        private int next;
        private List<String> lastEach;
        private String verb;

        /**
         * The figure of a clause {@link #metrics} handed a name to, with the verb of the figure before
         * when it has none: "分别增长8%和8.5%左右" gives 增长8% and 增长8.5%左右.
         */
        Clause complete(Clause figure) {
            if (figure.verb() != null) {
                verb = figure.verb();
                return figure;
            }
            return verb != null && names != null ? figure.withVerb(verb) : figure;
        }

        /**
         * The metrics the figure of this clause is for, in order; null when a 分别 or 均 does not
         * decide it (the clause names its own metric, or takes the one before).
         */
        List<String> metrics(Clause figure) {
            String metric = figure.metric();
            List<String> each = each(metric);
            if (each != null) {
                names = null;
                lastEach = each;
                return each;
            }
            int word = metric.indexOf(WORD);
            if (word > 0) {
                names = names(metric.substring(0, word));
                next = 1;
                return List.of(names.get(0));
            }
            if (word == 0 && lastEach != null) {
                names = lastEach;
                next = 1;
                return List.of(names.get(0));
            }
            if (names != null && MetricNames.isMannerOnly(metric)) {
                if (next < names.size()) {
                    return List.of(names.get(next++));
                }
                if (figure.verb() != null) {
                    next = 1;
                    return List.of(names.get(0));
                }
            }
            forget();
            return null;
        }

        /** A clause that is no figure ends what the clauses before handed on. */
        void forget() {
            names = null;
            lastEach = null;
            verb = null;
        }
    }

    /**
     * The figures of a sentence's clauses, a 分别 run's closing qualifier given to the figures of the run before it
     * that have none: "城镇登记失业率、调查失业率分别控制在4%、5%以内" holds both within, and 2020's "4%以内" read as a
     * qualifier changed from 2019's "4%" (a tour); "分别增长8%、10%左右" is about 8% and about 10%. The run is the
     * 分别 clause and the clauses after it that only go on with its figures — no verb of their own ("，同比增长8.2%
     * 和8.8%左右" starts the names again), no more than 分别 named — and only a qualifier written after the number
     * (左右, 以上, 以内, 以下, 上下) is shared: 约, 近 and 超 stand before the one figure they qualify.
     */
    static List<Optional<Clause>> qualifiersShared(List<Optional<Clause>> figures) {
        List<Optional<Clause>> out = new ArrayList<>(figures);
        List<String> lastEach = null;
        for (int i = 0; i < out.size(); i++) {
            String metric = out.get(i).map(Clause::metric).orElse("");
            int word = metric.indexOf(WORD);
            List<String> each = word < 0 ? each(metric) : null;
            lastEach = each != null ? each : lastEach;
            if (word < 0 || word == 0 && lastEach == null) {
                continue;
            }
            // "…均突破4000亿元，分别增长8%、12%和14%左右": the names of the 均 before
            int named = word > 0 ? names(metric.substring(0, word)).size() : lastEach.size();
            int last = i;
            while (last + 1 < out.size() && last + 1 - i < named && out.get(last + 1).isPresent()
                    && out.get(last + 1).get().verb() == null
                    && MetricNames.isMannerOnly(out.get(last + 1).get().metric())) {
                last++;
            }
            String closing = out.get(last).get().qualifier();
            for (int k = i; k < last && closing != null && AFTER_THE_NUMBER.contains(closing); k++) {
                if (out.get(k).get().qualifier() == null) {
                    out.set(k, Optional.of(out.get(k).get().withQualifier(closing)));
                }
            }
            i = last;
        }
        return out;
    }

    /** Qualifiers written after the number, which a 分别 run's last figure may share. */
    private static final List<String> AFTER_THE_NUMBER = List.of("左右", "以上", "以内", "以下", "上下");

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
        int shortest = parts[0].length();
        for (int i = 0; i < parts.length - 1; i++) {
            shortHeads &= !parts[i].isEmpty() && parts[i].length() <= SHORT_QUALIFIER;
            shortest = i == 0 ? shortest : Math.min(shortest, parts[i].length());
        }
        List<String> names = new ArrayList<>();
        if (shortHeads && last.length() > shortest) {
            // "第一、二、三产业": the later heads are shorter; the first's opening ("第") is theirs too
            String tail = last.substring(shortest);
            String opening = parts[0].substring(0, parts[0].length() - shortest);
            for (int i = 0; i < parts.length; i++) {
                String head = i == parts.length - 1 ? last.substring(0, shortest) : parts[i];
                names.add((i == 0 || head.startsWith(opening) ? "" : opening) + head + tail);
            }
        } else {
            names.addAll(List.of(parts));
        }
        return List.copyOf(names);
    }
}
