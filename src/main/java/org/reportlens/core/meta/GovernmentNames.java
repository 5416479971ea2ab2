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
    /** The first characters of the short forms of provinces and prefectures, sorted; {@link #places} in the same order. */
    private final char[] placeStarts;
    /** {short, full} of the provinces and prefectures whose short forms start with {@code placeStarts[i]}. */
    private final String[][][] places;
    /** The characters in {@link #placeStarts}, to pass over the others at once. */
    private final java.util.BitSet starts = new java.util.BitSet(Character.MAX_VALUE + 1);

    private GovernmentNames(Map<String, String> canonical, Map<String, String> levels, List<String[]> placeNames) {
        this.canonical = Map.copyOf(canonical);
        this.levels = Map.copyOf(levels);
        java.util.TreeMap<Character, List<String[]>> byFirst = new java.util.TreeMap<>();
        for (String[] place : placeNames) {
            byFirst.computeIfAbsent(place[0].charAt(0), c -> new ArrayList<>()).add(place);
        }
        this.placeStarts = new char[byFirst.size()];
        this.places = new String[byFirst.size()][][];
        int i = 0;
        for (Map.Entry<Character, List<String[]>> e : byFirst.entrySet()) {
            placeStarts[i] = e.getKey();
            starts.set(e.getKey());
            places[i++] = e.getValue().toArray(new String[0][]);
        }
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

    /**
     * How often each province and prefecture is named in {@code text} by a short form, full name
     * to count; one pass over the text.
     */
    Map<String, Integer> placesNamed(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!starts.get(c)) {
                continue;
            }
            int at = java.util.Arrays.binarySearch(placeStarts, c);
            for (String[] place : places[at]) {
                if (text.startsWith(place[0], i)) {
                    counts.merge(place[1], 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
