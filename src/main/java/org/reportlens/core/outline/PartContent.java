package org.reportlens.core.outline;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The kind of a part whose title does not tell ("一、牢记殷殷嘱托，在接续奋斗中新福建建设取得新成效"),
 * from what it holds: the first part, when it opens by looking back ("过去一年，…", "一年来，…",
 * "2024年，我们…"), reviews; a part that states the year's main targets ("今年…主要预期目标
 * 是：") plans, when no part does.
 */
final class PartContent {
    private static final Pattern LOOKS_BACK = Pattern.compile(
            "^(?:过去的?一年|过去五年|一年来|五年来|刚刚过去的|(?:19|20)\\d\\d年(?:是|,|我们|全[省市区州县])|本届政府)");
    private static final Pattern TARGET_CUE = Pattern.compile(
            "(?:主要(?:预期)?(?:目标|指标)|预期目标)(?:安排|建议)?(?:是|为)?:");
    private static final Pattern SEVERAL_YEARS = Pattern.compile("五年|十[一二三四五六七八九]五|时期|远景");

    private PartContent() {
    }

    /**
     * Refines {@code kinds} (one per part, in text order) in place.
     *
     * @param bodies each part's body as normalized {@code [headingEnd, end)}
     */
    static void refine(List<int[]> bodies, List<Part> kinds, String folded) {
        boolean planned = kinds.contains(Part.PLAN);
        for (int i = 0; i < kinds.size(); i++) {
            int start = bodies.get(i)[0];
            int end = Math.min(bodies.get(i)[1], folded.length());
            if (i == 0 && kinds.get(i) == Part.OTHER && opensLookingBack(folded, start, end)) {
                kinds.set(i, Part.REVIEW);
            } else if (kinds.get(i) == Part.OTHER && !planned && statesTargets(folded, start, end)) {
                kinds.set(i, Part.PLAN);
                planned = true;
            }
        }
    }

    private static boolean opensLookingBack(String folded, int start, int end) {
        int at = start;
        while (at < end && (folded.charAt(at) == '\n' || folded.charAt(at) == ' ')) {
            at++;
        }
        return at < end && LOOKS_BACK.matcher(folded).region(at, end).lookingAt();
    }

    private static boolean statesTargets(String folded, int start, int end) {
        java.util.regex.Matcher m = TARGET_CUE.matcher(folded).region(start, end);
        while (m.find()) {
            int sentenceStart = Math.max(folded.lastIndexOf('。', m.start()), folded.lastIndexOf('\n', m.start())) + 1;
            if (!SEVERAL_YEARS.matcher(folded.substring(Math.max(sentenceStart, start), m.start())).find()) {
                return true;
            }
        }
        return false;
    }
}
