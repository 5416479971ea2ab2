package org.reportlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reportlens.core.compare.UnitKind;
import org.reportlens.core.compare.Granularity;
import org.reportlens.core.targets.AchievementStatus;
import org.reportlens.core.targets.TargetChange;
import org.reportlens.core.targets.TargetKind;

/** Every key exists in every language, every key is used by the code, and every placeholder is filled. */
class MessagesTest {

    private static Set<String> keys(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Properties properties(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theExportNamesTargetChangesAsTheViewerDoes() throws Exception {
        // the printed table said 降低/取消/未知 where the window said 调低/删去/完成情况未知 (from an editor's tour)
        for (String suffix : new String[] {"", "_zh"}) {
            Properties viewer = properties("messages" + suffix + ".properties");
            Properties export = properties("/org/reportlens/core/export/html" + suffix + ".properties");
            for (TargetChange change : TargetChange.values()) {
                assertThat(export.getProperty("change." + change.id())).as(change + suffix)
                        .isEqualTo(viewer.getProperty("change.target." + change.id()));
            }
            for (AchievementStatus status : AchievementStatus.values()) {
                assertThat(export.getProperty("status." + status.id())).as(status + suffix)
                        .isEqualTo(viewer.getProperty("status.target." + status.id()));
            }
        }
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws Exception {
        assertThat(keys("messages_zh.properties")).isEqualTo(keys("messages.properties"));
    }

    @Test
    void everyTextWithPlaceholdersFillsThemAll() throws Exception {
        // an apostrophe in a text with placeholders quotes what follows it ("section's … {1}" printed "{1}")
        // unless it is doubled
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Messages messages = Messages.forLocale(locale);
            for (String key : keys("messages.properties")) {
                if (messages.get(key).contains("{")) {
                    assertThat(messages.format(key, 1, 2, 3, 4, 5, 6)).as(locale + " " + key).doesNotContain("{", "}");
                }
            }
        }
    }

    @Test
    void everyKeyIsUsed() throws Exception {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");
        // the session says what happened by key; the views say the rest
        for (String dir : new String[] {"src/main/java/org/reportlens/ui", "src/main/java/org/reportlens/session"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                    Matcher m = literal.matcher(Files.readString(file));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        // looked up as a prefix and an enum's id: every value needs its text
        for (UnitKind k : UnitKind.values()) {
            if (k != UnitKind.SAME) {
                used.add("unit." + k.id());
            }
        }
        for (TargetChange c : TargetChange.values()) {
            used.add("change.target." + c.id());
        }
        for (TargetKind k : TargetKind.values()) {
            used.add("kind." + k.id());
        }
        for (AchievementStatus a : AchievementStatus.values()) {
            used.add("status.target." + a.id());
        }
        for (Granularity g : Granularity.values()) {
            used.add("granularity." + g.id());
        }
        Set<String> unused = new TreeSet<>(keys("messages.properties"));
        unused.removeAll(used);
        assertThat(unused).isEmpty();
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(keys("messages.properties"));
        missing.removeIf(k -> k.endsWith(".css") || k.endsWith(".png") || k.endsWith(".csv") || k.endsWith(".html")
                || k.endsWith(".txt") || k.endsWith(".json") || k.endsWith(".rlw")
                || k.startsWith("reportlens.") || k.startsWith("org.") || k.startsWith("user.")
                || k.startsWith("window.") || k.startsWith("recent."));
        assertThat(missing).isEmpty();
    }

    @Test
    void languageFollowsTheLocale() {
        assertThat(Messages.forLocale(Locale.CHINA).get("menu.file")).isEqualTo("文件");
        assertThat(Messages.forLocale(Locale.US).get("menu.file")).isEqualTo("File");
        assertThat(Messages.forLocale(Locale.GERMANY).get("menu.file")).isEqualTo("File");
    }

    @Test
    void aFailureTheSessionExplainsIsToldInTheInterfacesLanguage() {
        org.reportlens.session.Failure failure = new org.reportlens.session.Failure(
                org.reportlens.session.Notice.of("task.export", Path.of("out.pdf")),
                new org.reportlens.session.ExplainedFailure(org.reportlens.session.Notice.of("problem.noChineseFont")));
        assertThat(Messages.forLocale(Locale.CHINA).text(failure.notice())).contains("没有装含中文字形的 TrueType 字体")
                .doesNotContain("no TrueType font");
        assertThat(Messages.forLocale(Locale.US).text(failure.notice())).contains("no TrueType font with Chinese characters");
    }
}
