package org.reportlens.core.meta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The full official names of China's governments and the short forms reports use for them
 * (恩施州 → 恩施土家族苗族自治州, 宁夏 → 宁夏回族自治区, 大连 → 大连市), read from the data resource
 * {@code governments.tsv}. A short form that two governments share (吉林: the province and the
 * city) names neither. Immutable and shared.
 */
final class GovernmentNames {
    private static final String RESOURCE = "/org/reportlens/core/meta/governments.tsv";
    private static final GovernmentNames DEFAULT = load();

    /** Every full name and unambiguous short form, to its full name. */
    private final Map<String, String> canonical;
    /** Full names by level ("province", "prefecture", "county", "state"). */
    private final Map<String, String> levels;
    /** Short forms of provinces and prefectures with their full names, for finding them in a text. */
    private final List<String[]> placeNames;

    private GovernmentNames(Map<String, String> canonical, Map<String, String> levels, List<String[]> placeNames) {
        this.canonical = Map.copyOf(canonical);
        this.levels = Map.copyOf(levels);
        this.placeNames = List.copyOf(placeNames);
    }

    static GovernmentNames defaults() {
        return DEFAULT;
    }

    private static GovernmentNames load() {
        Map<String, String> canonical = new HashMap<>();
        Map<String, String> levels = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        List<String[]> places = new ArrayList<>();
        try (InputStream in = GovernmentNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> shortForms = new HashMap<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                String name = fields[0];
                levels.put(name, fields[1]);
                canonical.put(name, name);
                if (fields.length > 3 && !fields[3].isBlank()) {
                    for (String s : fields[3].strip().split(" ")) {
                        String before = shortForms.putIfAbsent(s, name);
                        if (before != null && !before.equals(name)) {
                            ambiguous.add(s);
                        }
                    }
                }
            }
            shortForms.forEach((s, name) -> {
                if (!ambiguous.contains(s) && !canonical.containsKey(s)) {
                    canonical.put(s, name);
                }
                if (!ambiguous.contains(s) && s.length() >= 2) {
                    places.add(new String[] {s, name});
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GovernmentNames(canonical, levels, places);
    }

    /** The full name of a government written in full or short; null when the table does not know it. */
    String canonical(String name) {
        return name == null ? null : canonical.get(name);
    }

    /** "province", "prefecture", "county" or "state"; null for a name the table does not know in full. */
    String level(String fullName) {
        return levels.get(fullName);
    }

    /** Short forms of provinces and prefectures ({short, full}), to be found in a text. */
    List<String[]> placeNames() {
        return placeNames;
    }
}
