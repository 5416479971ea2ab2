package org.reportlens.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which installed font the PDF uses, and a file that is no Chinese font refused by name. */
class ChineseFontTest {
    @TempDir
    Path dir;

    @Test
    void theFirstKnownFontByPreferenceIsChosenWhereverItLies() throws IOException {
        Path windows = Files.createDirectories(dir.resolve("Windows/Fonts"));
        Path linux = Files.createDirectories(dir.resolve("share/fonts/truetype/wqy"));
        Files.write(windows.resolve("SIMSUN.TTC"), new byte[] {1});
        Files.write(windows.resolve("arial.ttf"), new byte[] {1});
        assertThat(ChineseFont.find(List.of(windows, linux, dir.resolve("missing"))))
                .contains(new ChineseFont(windows.resolve("SIMSUN.TTC")));
        Files.write(linux.resolve("wqy-zenhei.ttc"), new byte[] {1});
        assertThat(ChineseFont.find(List.of(windows, dir.resolve("share"))))
                .contains(new ChineseFont(linux.resolve("wqy-zenhei.ttc")));
        assertThat(ChineseFont.find(List.of(dir.resolve("missing")))).isEmpty();
    }

    @Test
    void aFileThatIsNoFontIsRefusedNamingIt() throws IOException {
        Path fake = dir.resolve("simhei.ttf");
        Files.writeString(fake, "not a font");
        try (PDDocument document = new PDDocument()) {
            assertThatThrownBy(() -> new ChineseFont(fake).load(document)).isInstanceOf(IOException.class)
                    .hasMessageContaining(fake.toString());
        }
    }
}
