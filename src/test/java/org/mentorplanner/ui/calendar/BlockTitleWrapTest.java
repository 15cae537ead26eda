package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorplanner.ui.FxThread;
import org.testfx.api.FxToolkit;

/**
 * A block's title breaks between words, never inside one ("Machin e learning" at normal width,
 * "Ope n offic" when narrow): laid out at widths where a word does not fit, every line the
 * title's text shows starts at the start of a word.
 */
class BlockTitleWrapTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest(name = "\"{0}\" at {1} px")
    @CsvSource({"Machine learning, 40", "Open office, 24", "Open office, 50", "Career chat with a long title, 60"})
    void aTitleBreaksOnlyBetweenWords(String title, double width) {
        List<Integer> lineStarts = FxThread.call(() -> {
            // A title label as CalendarFX makes it for a block: wrapping, in the block's style.
            Label label = new Label(title);
            label.setWrapText(true);
            label.getStyleClass().add("title-label");
            SessionBlockSkin.breakOnlyBetweenWords(label);
            Pane pane = new Pane(label);
            new Scene(pane, 400, 200);
            pane.applyCss();
            label.resize(width, 120);
            label.layout();
            label.resize(width, 120);
            label.layout();
            Text shown = (Text) label.lookup(".text");
            return lineStarts(shown);
        });

        for (int start : lineStarts) {
            assertThat(start == 0 || Character.isWhitespace(title.charAt(start - 1)))
                    .as("a line of \"%s\" starts inside a word, at %d (lines start at %s)", title, start, lineStarts)
                    .isTrue();
        }
    }

    /** The index of the first character of each line the text node shows. */
    private static List<Integer> lineStarts(Text text) {
        List<Integer> starts = new ArrayList<>();
        double lastY = Double.NaN;
        String shown = text.getText();
        for (int i = 0; i < shown.length(); i++) {
            if (Character.isWhitespace(shown.charAt(i))) {
                continue;
            }
            double y = Double.NaN;
            for (PathElement element : text.caretShape(i, true)) {
                if (element instanceof MoveTo move) {
                    y = move.getY();
                    break;
                }
            }
            if (starts.isEmpty() || y > lastY + 1) {
                starts.add(i);
                lastY = y;
            }
        }
        return starts;
    }
}
