package org.reportlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SizedHeapTest {
    @Test
    void theHeapGrowsWithTheInputBetweenAFloorAndThreeQuartersOfTheMachine() {
        long mb = 1024 * 1024;
        assertThat(SizedHeap.heapMegabytes(0, 24_000)).isEqualTo(SizedHeap.LEAST_MB);
        // 1,000 reports of 40,000 characters are 110 MB of UTF-8: 512 + 8 × 110
        assertThat(SizedHeap.heapMegabytes(110 * mb, 24_000)).isEqualTo(1_392);
        assertThat(SizedHeap.heapMegabytes(10_000 * mb, 24_000)).isEqualTo(18_000);
        assertThat(SizedHeap.heapMegabytes(10_000 * mb, 1_000)).isEqualTo(SizedHeap.LEAST_MB);
    }

    @Test
    void aCollectorTheUserChoseIsKept() {
        // two collectors chosen stop the JVM at start ("Multiple garbage collectors selected")
        assertThat(SizedHeap.choosesCollector(List.of("-Dfoo=bar", "-XX:+UseG1GC"))).isTrue();
        assertThat(SizedHeap.choosesCollector(List.of("-XX:+UseZGC"))).isTrue();
        assertThat(SizedHeap.choosesCollector(List.of("-XX:+UseShenandoahGC"))).isTrue();
        assertThat(SizedHeap.choosesCollector(List.of("-XX:-UseCompressedOops", "-XX:+UseStringDeduplication", "-Xss2m")))
                .isFalse();
    }

    @Test
    void aHeapTheUserSetIsLeftAlone() {
        assertThat(SizedHeap.setsHeap(List.of("-Xmx2g"))).isTrue();
        assertThat(SizedHeap.setsHeap(List.of("-Dfoo=bar", "-XX:MaxRAMPercentage=50"))).isTrue();
        assertThat(SizedHeap.setsHeap(List.of("-XX:MaxHeapSize=3g"))).isTrue();
        assertThat(SizedHeap.setsHeap(List.of("-Dfile.encoding=UTF-8", "-Xss2m"))).isFalse();
    }
}
