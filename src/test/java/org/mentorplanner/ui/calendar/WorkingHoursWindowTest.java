package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.DayEntryView;
import com.calendarfx.view.DayView;
import com.calendarfx.view.DetailedWeekView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.WorkingHours;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.WeekGrid;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The week opens on the working day (08:00 by default), scrolled after the grid was laid out,
 * and a block that runs across the start of the working day is shown whole (never cut at the top). The default
 * moment's week (Berlin, Monday 4 January 2027); the grid's zone is the clock's.
 */
@ExtendWith(ApplicationExtension.class)
class WorkingHoursWindowTest {

    private static final LocalDate TUESDAY = LocalDate.of(2027, 1, 5);

    @TempDir
    static Path folder;

    private DemoWindow fixture;

    @AfterEach
    void closeDatabase() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private DetailedWeekView open(FxRobot robot, LocalTime start, String title) {
        fixture = DemoWindow.seeded(folder, PinnedMoment.DEFAULT.clock(), (workspace, org) ->
                workspace.service(SessionService.class).create(Actor.owner(),
                        org.hourInBerlinShownAt("ada", TUESDAY.atTime(start), PinnedMoment.DEFAULT.clock().getZone(), title), true));
        fixture.workingHours(WorkingHours.DEFAULT);
        robot.interact(() -> fixture.open(new Stage()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#weekView").query();
    }

    /** The time at the top edge of the grid's scrolled area, read from Tuesday's column. */
    private static LocalTime timeAtTop(FxRobot robot, DetailedWeekView week) {
        DayView column = WeekGrid.column(robot, TUESDAY);
        double top = column.sceneToLocal(0, viewportTop(week)).getY();
        return column.getZonedDateTimeAt(1, Math.max(0, top + 2), week.getZoneId()).toLocalTime();
    }

    /** The scene y where the grid's scrolled area begins: the top of the pane that clips the columns. */
    private static double viewportTop(DetailedWeekView week) {
        return week.getWeekView().getParent().localToScene(week.getWeekView().getParent().getLayoutBounds()).getMinY();
    }

    @Test
    void theWeekOpensAtTheStartOfTheWorkingDay(FxRobot robot) {
        DetailedWeekView week = open(robot, LocalTime.of(10, 0), "Mid-morning chat");

        assertThat(timeAtTop(robot, week)).isBetween(LocalTime.of(7, 30), LocalTime.of(8, 0));
    }

    @Test
    void aBlockAcrossTheWorkingDaysStartIsShownWhole(FxRobot robot) {
        DetailedWeekView week = open(robot, LocalTime.of(7, 30), "Early stand-up");

        DayEntryView block = WeekGrid.block(robot, "Early stand-up");
        assertThat(block.localToScene(block.getLayoutBounds()).getMinY()).as("the block's top is in sight")
                .isGreaterThanOrEqualTo(viewportTop(week) - 1);
        assertThat(timeAtTop(robot, week)).as("not scrolled further up than needed").isAfter(LocalTime.of(6, 59));
    }
}
