package org.mentorplanner.ui.calendar;

import com.calendarfx.view.DayEntryView;
import impl.com.calendarfx.view.DayEntryViewSkin;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.text.Text;
import org.mentorplanner.service.format.DisplayFormats;

/**
 * A block's face on the grid: its start written as the window writes times (ADR 30), and a
 * title that breaks only between words. JavaFX wraps a word wider than the label inside the word
 * ("Machin e learning", "Ope n offic"); where a word does not fit, the title keeps one line and
 * ends with an ellipsis instead.
 */
final class SessionBlockSkin extends DayEntryViewSkin {

    private final DisplayFormats formats;

    SessionBlockSkin(DayEntryView view, DisplayFormats formats) {
        super(view);
        this.formats = formats;
    }

    @Override
    protected String formatTime(ZonedDateTime time, ZoneId zone) {
        // Called from the super constructor, before formats is set.
        return formats == null ? super.formatTime(time, zone) : formats.time(time.withZoneSameInstant(zone).toLocalTime());
    }

    @Override
    protected Label createTitleLabel() {
        return breakOnlyBetweenWords(super.createTitleLabel());
    }

    /**
     * Makes {@code title} wrap only while each of its words fits its width, and keep one line
     * ending with "…" otherwise, as its width, text or font change.
     */
    static Label breakOnlyBetweenWords(Label title) {
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        Runnable fit = () -> title.setWrapText(wordsFit(title));
        title.widthProperty().addListener(o -> fit.run());
        title.textProperty().addListener(o -> fit.run());
        title.fontProperty().addListener(o -> fit.run());
        fit.run();
        return title;
    }

    /** Whether every word of the label's text fits its width on a line of its own. */
    static boolean wordsFit(Label label) {
        double room = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
        if (room <= 0 || label.getText() == null) {
            return false;
        }
        Text measure = new Text();
        measure.setFont(label.getFont());
        for (String word : label.getText().split("\\s+")) {
            measure.setText(word);
            if (measure.getLayoutBounds().getWidth() > room) {
                return false;
            }
        }
        return true;
    }
}
