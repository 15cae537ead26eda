package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.DateControl;
import com.calendarfx.view.DayView;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.ui.DemoOrganisation;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.DemoWindows;
import org.mentorplanner.ui.WeekGrid;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The grid's time zone is said and can be changed; the editor says what the location's time is
 * in "your time"; a new session starts at the mentor's usual location.
 */
@ExtendWith(ApplicationExtension.class)
class GridZoneWindowTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @RegisterExtension
    final DemoWindows windows = new DemoWindows();

    private DemoWindow fixture;
    private PlannerWindow window;
    private DemoOrganisation demo;
    private MentorshipSession inBangalore;

    @Start
    void start(Stage stage) {
        fixture = windows.seeded((workspace, org) -> {
            SessionService sessions = workspace.service(SessionService.class);
            Location bangalore = org.locations.get("bangalore");
            for (int day = 0; day < 2; day++) {
                SessionDetails details = new SessionDetails(org.people.get("ada").id(), null, bangalore.id(),
                        MONDAY.plusDays(day).atTime(16, 0), Duration.ofMinutes(60), EnrollmentMethod.IN_PERSON,
                        null, "Room 1", Set.of(), "Bangalore hour", "");
                MentorshipSession saved = sessions.create(Actor.owner(), details, false).session();
                if (day == 0) {
                    inBangalore = saved;
                }
            }
            sessions.create(Actor.owner(), org.hourInBerlin("ada", MONDAY.plusDays(3).atTime(9, 0), "Berlin hour"), false);
        });
        demo = fixture.demo();
        window = fixture.open(stage);
        window.presenter().showZone(UTC); // never the machine's zone
        ((DateControl) window.presenter().view().lookup("#weekView")).setDate(MONDAY.plusDays(2));
    }

    @Test
    void theStatusBarSaysTheGridsZoneAndAnotherZoneShowsTheBlocksAtItsTimes(FxRobot robot) {
        ComboBox<ZoneId> zones = robot.lookup("#gridZone").query();
        assertThat(zones.getValue()).isEqualTo(UTC);
        assertThat(zones.getItems()).as("this computer's zone and every location's").contains(UTC, KOLKATA, ZoneId.of("Europe/Berlin"));
        assertThat(window.presenter().entryOf(inBangalore.id()).orElseThrow().getStartAsLocalDateTime())
                .as("16:00 in Bangalore is 10:30 UTC").isEqualTo(MONDAY.atTime(10, 30));

        robot.interact(() -> zones.setValue(KOLKATA));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#weekView").<DateControl>query().getZoneId()).isEqualTo(KOLKATA);
        assertThat(window.presenter().entryOf(inBangalore.id()).orElseThrow().getStartAsLocalDateTime())
                .as("the block at Bangalore's own time").isEqualTo(MONDAY.atTime(16, 0));
    }

    @Test
    void aDraggedBlockOpensAtTheMentorsUsualLocationAndTheEditorSaysTheTimeInYourZone(FxRobot robot) {
        LocalDate wednesday = MONDAY.plusDays(2);
        DayView column = WeekGrid.column(robot, wednesday);
        Point2D from = at(column, wednesday.atTime(10, 0));
        Point2D to = at(column, wednesday.atTime(11, 0));
        robot.moveTo(from).press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D(from.getX(), (from.getY() + to.getY()) / 2));
        robot.moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#location").<ComboBox<Location>>query().getValue())
                .as("where most of Ada's sessions are").isEqualTo(demo.locations.get("bangalore"));
        assertThat(robot.lookup("#time").<TextField>query().getText()).isEqualTo("15:30");
        assertThat(robot.lookup("#yourTime").<Label>query().getText())
                .isEqualTo("15:30 in Bangalore office is 10:00 your time (UTC).");
        robot.clickOn("#cancel");
    }

    private static Point2D at(DayView column, LocalDateTime time) {
        double y = column.getLocation(ZonedDateTime.of(time, column.getZoneId()));
        return column.localToScreen(column.getWidth() / 2, y + 1);
    }
}
