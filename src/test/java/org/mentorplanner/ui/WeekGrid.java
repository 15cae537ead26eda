package org.mentorplanner.ui;

import com.calendarfx.view.DayEntryView;
import com.calendarfx.view.DayView;
import java.time.LocalDate;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Finds blocks and day columns in the planner's week view, for the window tests. */
public final class WeekGrid {

    private WeekGrid() {
    }

    /** The visible block titled {@code title}, once the FX events so far have run. */
    public static DayEntryView block(FxRobot robot, String title) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#weekView").lookup((Node n) -> n instanceof DayEntryView).<DayEntryView>queryAll().stream()
                    .filter(v -> title.equals(v.getEntry().getTitle()) && v.isVisible()).findFirst()
                    .orElseThrow(() -> new AssertionError("no block titled " + title));
    }

    /** The week view's column for {@code date}. */
    public static DayView column(FxRobot robot, LocalDate date) {
        Node week = robot.lookup("#weekView").query();
        return week.lookupAll(".day-view").stream().filter(n -> n instanceof DayView).map(n -> (DayView) n)
                   .filter(d -> date.equals(d.getDate())).findFirst()
                   .orElseThrow(() -> new AssertionError("no column for " + date));
    }
}
