package org.reportlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stylesheet's marks combined as the report text combines them: a heading inside a new or dropped
 * passage (a review written as topic leads is new text around its section headings) still reads as a
 * heading, not as the passage's body text.
 */
@ExtendWith(ApplicationExtension.class)
class ReportTextCssTest {
    private static final long TIMEOUT_SECONDS = 60;
    private StackPane text;

    @Start
    void start(Stage stage) {
        text = new StackPane();
        text.getStyleClass().add("report-text");
        Scene scene = new Scene(text, 300, 200);
        scene.getStylesheets().add(MainWindow.class.getResource("reportlens.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private Color fillOf(String... classes) throws Exception {
        return fx(() -> {
            Text t = new Text("交通瓶颈有效破解。");
            t.getStyleClass().addAll(classes);
            text.getChildren().setAll(t);
            t.applyCss();
            return (Color) t.getFill();
        });
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(read));
    }

    @Test
    void aHeadingInANewOrDroppedPassageKeepsTheHeadingsColour() throws Exception {
        Color heading = fillOf("text", "heading");
        assertThat(fillOf("text", "unit-new")).as("new body text has its own colour").isNotEqualTo(heading);
        assertThat(fillOf("text", "heading", "unit-new")).isEqualTo(heading);
        assertThat(fillOf("text", "heading", "unit-dropped")).isEqualTo(heading);
        assertThat(fillOf("text", "heading-part", "unit-new")).isEqualTo(fillOf("text", "heading-part"));
        assertThat(fillOf("text", "lead", "unit-dropped")).isEqualTo(fillOf("text", "lead"));
    }

    @Test
    void aHeadingsMarkdownMarkIsMutedWhateverTheHeadingsColour() throws Exception {
        // 国务院: "## 一、2024年工作回顾"; the "## " is no part of the title
        Color muted = fillOf("text", "markup");
        assertThat(muted).isNotEqualTo(fillOf("text", "heading-part"));
        assertThat(fillOf("text", "heading-part", "markup")).isEqualTo(muted);
        assertThat(fillOf("text", "heading-part", "markup", "unit-new")).isEqualTo(muted);
        assertThat(fillOf("text", "heading", "markup", "unit-dropped")).isEqualTo(muted);
    }
}
