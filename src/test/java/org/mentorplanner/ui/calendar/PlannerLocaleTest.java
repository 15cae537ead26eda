package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.DateControl;
import java.time.DayOfWeek;
import java.util.Locale;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorplanner.ui.DemoWorkspace;
import org.mentorplanner.ui.Dialogs;
import org.mentorplanner.ui.FxThread;

/**
 * The planner in four locales, set explicitly: the week starts on the locale's first day and the
 * toolbar's title is written its way (the default moment: Monday 4 January 2027).
 */
@ParameterizedClass
@CsvSource(delimiter = '|', value = {
        "en-US | SUNDAY | Jan 3 – Jan 9, 2027",
        "en-GB | MONDAY | 4 – 10 Jan 2027",
        "de-DE | MONDAY | 4. – 10. Jan. 2027",
        "ja-JP | SUNDAY | 1月3日 – 2027年1月9日"})
class PlannerLocaleTest {

    private final DayOfWeek firstDay;
    private final String title;

    PlannerLocaleTest(String tag, DayOfWeek firstDay, String title) {
        this.firstDay = firstDay;
        this.title = title;
        this.gui = DemoWorkspace.withUi(new Dialogs()).in(Locale.forLanguageTag(tag));
    }

    @RegisterExtension
    final DemoWorkspace gui;

    @Test
    void theWeekStartsAndIsTitledAsTheLocaleDoes() {
        PlannerPresenter planner = gui.startPlanner();
        String shown = FxThread.call(() -> ((Label) planner.view().lookup("#rangeLabel")).getText());
        DayOfWeek first = FxThread.call(() -> ((DateControl) planner.view().lookup("#weekView")).getWeekFields().getFirstDayOfWeek());

        assertThat(first).isEqualTo(firstDay);
        assertThat(shown).isEqualTo(title);
    }
}
