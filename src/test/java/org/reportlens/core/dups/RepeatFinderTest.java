package org.reportlens.core.dups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatFinderTest {
    private static String repeats(int k, String... texts) {
        KeyCorpus corpus = new KeyCorpus(List.of(texts));
        StringBuilder out = new StringBuilder();
        RepeatFinder.find(corpus, k).stream()
                .sorted((a, b) -> b.length() - a.length())
                .forEach(r -> out.append(corpus.substring(r.starts()[0], r.starts()[0] + r.length()))
                        .append(' ').append(java.util.Arrays.toString(r.starts())).append('\n'));
        return out.toString();
    }

    @Test
    void aLongRepeatIsOneFindingNotManyOverlappingOnes() {
        String passage = "全力以赴拼经济抓发展闯新路经济社会高质量发展取得积极成效";
        assertThat(repeats(8, "甲" + passage + "乙", "丙" + passage + "丁"))
                .isEqualTo(passage + " [1, " + (passage.length() + 4) + "]\n");
    }

    @Test
    void occurrencesOfOnePassageAreGroupedAndALongerSharedPartIsItsOwnFinding() {
        String common = "推进保障性住房建设城中村改造";
        String longer = common + "平急两用公共基础设施建设";
        String found = repeats(8, "一" + longer + "二", "三" + longer + "四", "五" + common + "六");
        assertThat(found.split("\n")).containsExactly(
                longer + " [1, " + (longer.length() + 4) + "]",
                common + " [1, " + (longer.length() + 4) + ", " + (2 * longer.length() + 7) + "]");
    }

    @Test
    void aPassageNeverRunsAcrossTwoTexts() {
        // the end of the first text and the start of the second read like a repeat only if joined
        assertThat(repeats(6, "甲乙丙丁戊己", "庚辛壬癸子丑", "甲乙丙", "丁戊己庚辛壬")).isEmpty();
    }

    @Test
    void shortRepeatsAndUniqueTextFindNothing() {
        assertThat(repeats(10, "高质量发展高质量发展", "高质量发展")).isEmpty();
        assertThat(repeats(10, "", "一二三")).isEmpty();
    }

    @Test
    void aRepeatInsideOneTextIsFound() {
        String passage = "突出抓好高校毕业生退役军人等重点群体就业";
        String text = passage + "。中间的话不相同。" + passage;
        assertThat(repeats(10, text)).isEqualTo(passage + " [0, " + (passage.length() + 9) + "]\n");
    }

    @Test
    void repeatsWithMoreOccurrencesThanAskedAreLeftOutAndNothingElseChanges() {
        String common = "坚持稳中求进工作总基调";
        String rare = "新认定高新技术企业一百八十四家";
        List<String> texts = List.of("甲" + common + "乙" + rare + "丙", "丁" + common + "戊", "己" + common + "庚" + rare + "辛");
        KeyCorpus corpus = new KeyCorpus(texts);
        List<RepeatFinder.Repeat> all = RepeatFinder.find(corpus, 8);
        List<RepeatFinder.Repeat> few = RepeatFinder.find(corpus, 8, 2);
        assertThat(all).extracting(r -> r.starts().length).containsExactlyInAnyOrder(3, 2);
        assertThat(few).singleElement().satisfies(r -> {
            assertThat(r.starts()).hasSize(2);
            assertThat(corpus.substring(r.starts()[0], r.starts()[0] + r.length())).isEqualTo(rare);
        });
    }
}
