package org.reportlens.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.analysis.MarkKind;
import org.reportlens.core.compare.Granularity;
import org.reportlens.core.dups.DuplicateOptions;
import org.reportlens.session.Session;

/**
 * Granularity, width and punctuation, shortest duplicate, and the legend of the highlights. A
 * change is the user's choice ({@link Session#chooseOptions}); options set elsewhere (a workspace
 * opened) show here without being chosen once more.
 */
final class OptionsBar extends FlowPane {
    private static final int LONGEST_MIN_DUPLICATE = 500;
    private final Messages messages;
    private final ChoiceBox<Granularity> granularity = new ChoiceBox<>();
    private final CheckBox width;
    private final CheckBox punctuation;
    private final CheckBox hideRoutine;
    private final Spinner<Integer> minLength;
    private boolean showing;

    OptionsBar(Messages messages, Session session) {
        super(8, 4);
        this.messages = messages;
        AnalysisOptions current = session.options().get();
        granularity.setId("granularity");
        granularity.getItems().setAll(Granularity.SENTENCE, Granularity.WORD, Granularity.CHARACTER);
        granularity.setConverter(new StringConverter<>() {
            @Override
            public String toString(Granularity g) {
                return g == null ? "" : messages.get("granularity." + g.id());
            }

            @Override
            public Granularity fromString(String s) {
                return null;
            }
        });
        width = new CheckBox(messages.get("options.ignoreWidth"));
        punctuation = new CheckBox(messages.get("options.ignorePunctuation"));
        hideRoutine = new CheckBox(messages.get("options.hideRoutine"));
        hideRoutine.setId("hide-routine");
        minLength = new Spinner<>(DuplicateOptions.SMALLEST_MIN_LENGTH, LONGEST_MIN_DUPLICATE, current.duplicates().minLength());
        minLength.setEditable(true);
        minLength.setPrefWidth(80);
        Fx.show(session.options(), this::showOptions);
        Runnable choose = () -> {
            if (!showing) {
                AnalysisOptions o = session.options().get();
                session.chooseOptions(o.withCompare(o.compare().withGranularity(granularity.getValue())
                                .withIgnoreWidth(width.isSelected()).withIgnorePunctuation(punctuation.isSelected()))
                        .withDuplicates(o.duplicates().withMinLength(minLength.getValue())).withHideRoutine(hideRoutine.isSelected()));
            }
        };
        granularity.setOnAction(e -> choose.run());
        width.setOnAction(e -> choose.run());
        punctuation.setOnAction(e -> choose.run());
        hideRoutine.setOnAction(e -> choose.run());
        minLength.valueProperty().addListener((o, a, b) -> choose.run());
        Region gap = new Region();
        gap.setPrefWidth(16);
        getChildren().setAll(new Label(messages.get("options.granularity")), granularity, width, punctuation, hideRoutine,
                new Label(messages.get("options.minDuplicate")), minLength, gap);
        getChildren().addAll(legend());
        // every option and swatch keeps its words ("Ignore punctuation width and spaces" was cut to "Ignore
        // punctuation width a…" in English, the swatches to "new senten…"); what does not fit goes on the next
        // line, so nothing runs past the window however narrow
        getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("options-bar");
        setPadding(new Insets(4, 8, 4, 8));
    }

    private void showOptions(AnalysisOptions now) {
        showing = true;
        try {
            granularity.setValue(now.compare().granularity());
            width.setSelected(now.compare().ignoreWidth());
            punctuation.setSelected(now.compare().ignorePunctuation());
            hideRoutine.setSelected(now.hideRoutine());
            minLength.getValueFactory().setValue(now.duplicates().minLength());
        } finally {
            showing = false;
        }
    }

    /** The swatches of the legend, each a label styled as the highlight it names. */
    private List<Label> legend() {
        List<Label> legend = new ArrayList<>();
        String[][] entries = {
            {MarkKind.NEW_BLOCK.id(), "legend.new"}, {MarkKind.DROPPED_BLOCK.id(), "legend.dropped"},
            {MarkKind.INSERT.id(), "legend.insert"}, {MarkKind.DELETE.id(), "legend.delete"},
            {MarkKind.REPLACE.id(), "legend.replace"}, {MarkKind.MOVE.id(), "legend.move"},
            {MarkKind.ROUTINE.id(), "legend.routine"},
            {MarkKind.DUPLICATE.id(), "legend.duplicate"}, {MarkKind.TARGET_CHANGED.id(), "legend.target"},
            {MarkKind.FURNITURE.id(), "legend.furniture"},
        };
        for (String[] e : entries) {
            Label swatch = new Label(messages.get(e[1]));
            swatch.getStyleClass().addAll("legend-item", "legend-" + e[0]);
            legend.add(swatch);
        }
        return legend;
    }
}
