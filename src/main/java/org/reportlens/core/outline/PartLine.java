package org.reportlens.core.outline;

import java.util.regex.Pattern;

/**
 * A part standing on a line of its own without a number, found from its wording: a review
 * ("2023年工作回顾", "“十三五”时期及2020年工作回顾", "本届政府工作回顾"), a plan or proposal
 * ("2024年主要工作", "2024年工作安排建议", "今后五年及2012年工作建议"), a five-year section
 * ("“十四五”时期主要目标任务", "今后五年工作总体部署"), the government's own conduct
 * ("全面加强政府自身建设"), or an appendix ("附件1", "名词解释"). Such a line holds no sentence:
 * no comma, colon or sentence end, and it is short.
 */
final class PartLine {
    static final int MAX_LENGTH = 32;
    private static final Pattern PROSE = Pattern.compile("[,;:。!?，；：！？、]");
    private static final String PERIOD = "(?:\\d{4}年|[一二][〇零○一二三四五六七八九]{3}年|今年|明年|过去一年|过去五年|今后五年|未来五年|"
            + "本届政府|新一届政府|下届政府|“?十[一二三四五六七八九]五”?|[一二三四五六七八九十]年来|直辖以来)";
    private static final Pattern REVIEW = Pattern.compile("(?:回顾|工作总结|发展成就|主要成就|主要成绩|执行情况|发展成效)$");
    private static final Pattern PLAN = Pattern.compile(PERIOD + ".{0,24}(?:工作|任务|安排|建议|重点|打算|部署|意见|目标|展望"
            + "|思路|要求|构想|考虑|举措)$");
    private static final Pattern DO_WELL = Pattern.compile("^做好" + PERIOD + ".{0,12}工作$");
    private static final Pattern GOVERNMENT = Pattern.compile("^(?:关于|全面|切实|努力|着力|进一步|不断|持续|大力)*(?:加强|推进|提升|加快)?"
            + "(?:政府)?自身建设$|^(?:努力|全面|加快|致力|着力)?建设人民满意的?(?:服务型|法治|效能)?政府$");
    /** "附件1", "附件:1.遵义市2014年民生实事", "附:名词解释(以在报告中出现的先后排序)", "名词解释及有关说明". */
    private static final Pattern APPENDIX = Pattern.compile(
            "^(?:附件[一二三四五六七八九十\\d]*(?:$|[:：\\s])|附[:：]|名词解释|注释$|有关用语|相关用语|有关注释|词语解释|《政府工作报告》(?:部分词语)?注释)");

    private PartLine() {
    }

    /** Whether {@code foldedLine} opens an appendix: "附件1", "名词解释" … */
    static boolean isAppendix(String foldedLine) {
        String line = foldedLine.strip();
        return !line.isEmpty() && line.length() <= MAX_LENGTH && APPENDIX.matcher(line).lookingAt();
    }

    /** Whether {@code foldedLine}, a whole paragraph, width-folded and stripped, is a part on its own line. */
    static boolean matches(String foldedLine) {
        String line = foldedLine.strip();
        if (line.isEmpty() || line.length() > MAX_LENGTH) {
            return false;
        }
        if (APPENDIX.matcher(line).lookingAt()) {
            return true;
        }
        if (PROSE.matcher(line).find()) {
            return false;
        }
        return REVIEW.matcher(line).find() || PLAN.matcher(line).find() || DO_WELL.matcher(line).find()
                || GOVERNMENT.matcher(line).find();
    }
}
