package org.reportlens.core.dups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.core.text.ComparableText;

class OriginalOffsetsTest {
    @Test
    void theCompactMapReadsAsTheComparableTextDoesWithGapsOfAnyLength() {
        Random random = new Random(17);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            text.append((char) ('一' + random.nextInt(500)));
            int r = random.nextInt(100);
            if (r < 10) {
                text.append(" ".repeat(1 + random.nextInt(4)));
            } else if (r < 12) {
                text.append("\n");
            } else if (r == 12) {
                text.append("\n").append("　".repeat(300 + random.nextInt(400))).append("\n"); // a gap over 255
            }
        }
        Report report = ReportAnalyzer.analyze("r1", "r1.txt", new DecodedText(text.toString(), "UTF-8", List.of()));
        ComparableText key = ComparableText.of(report.text(), 0, report.text().length(), true, false);
        OriginalOffsets offsets = OriginalOffsets.of(key);
        assertThat(offsets.length()).isEqualTo(key.length());
        int end = report.original().length();
        for (int i = 0; i <= key.length(); i++) {
            assertThat(offsets.at(i, end)).as("character %d", i).isEqualTo(key.originalAt(i, end));
        }
        for (int o = 0; o <= end; o += 7) {
            assertThat(offsets.firstAtOrAfter(o)).as("offset %d", o).isEqualTo(key.fromOriginal(o));
        }
    }
}
