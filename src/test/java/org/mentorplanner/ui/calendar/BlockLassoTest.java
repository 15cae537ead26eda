package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.DayView;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.DemoWindows;
import org.mentorplanner.ui.WeekGrid;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Shift+drag over empty grid selects the blocks under the band, and only those; nothing is created. */
@ParameterizedClass
@MethodSource("org.mentorplanner.time.PinnedMoment#all")
@ExtendWith(ApplicationExtension.class)
class BlockLassoTest {

    /** The moment the test runs at, through the app's clock. */
    @Parameter
    PinnedMoment moment;

    @RegisterExtension
    final DemoWindows windows = new DemoWindows();

    private LocalDate monday;
    private DemoWindow fixture;
    private PlannerWindow window;
    private MentorshipSession tuesday;
    private MentorshipSession wednesday;
    private MentorshipSession friday;

    @Start
    void start(Stage stage) {
        monday = LoadedWeeks.monday(moment.today());
        fixture = windows.seeded(moment.clock(), (workspace, org) -> {
            SessionService sessions = workspace.service(SessionService.class);
            tuesday = sessions.create(Actor.owner(), org.hourInBerlinShownAt("ada", monday.plusDays(1).atTime(10, 0), moment.zone(), "Tuesday block"), false).session();
            wednesday = sessions.create(Actor.owner(), org.hourInBerlinShownAt("grace", monday.plusDays(2).atTime(10, 30), moment.zone(), "Wednesday block"), false).session();
            friday = sessions.create(Actor.owner(), org.hourInBerlinShownAt("ada", monday.plusDays(4).atTime(10, 0), moment.zone(), "Friday block"), false).session();
        });
        window = fixture.open(stage);
    }

    @Test
    void shiftDragOverEmptyGridSelectsTheBlocksItTouches(FxRobot robot) {
        Bounds tue = screenBounds(WeekGrid.block(robot, "Tuesday block"));
        Bounds wed = screenBounds(WeekGrid.block(robot, "Wednesday block"));
        DayView mondayColumn = WeekGrid.column(robot, monday);
        // From empty grid left of and above Tuesday's block (in Monday's column) to below Wednesday's.
        Point2D from = new Point2D(mondayColumn.localToScreen(mondayColumn.getLayoutBounds()).getCenterX(), tue.getMinY() - 10);
        Point2D to = new Point2D(wed.getMaxX() - 5, wed.getMaxY() + 10);

        robot.press(KeyCode.SHIFT);
        robot.moveTo(from).press(MouseButton.PRIMARY);
        robot.moveTo(from.midpoint(to));
        assertThat(robot.lookup(".lasso").tryQuery()).as("the band is drawn while dragging").isPresent();
        robot.moveTo(to).release(MouseButton.PRIMARY);
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.presenter().selectedSessions()).extracting(MentorshipSession::id)
                .containsExactlyInAnyOrder(tuesday.id(), wednesday.id());
        assertThat(robot.lookup(".lasso").tryQuery()).as("the band is gone after the release").isEmpty();
        assertThat(robot.lookup("#title").tryQuery()).as("no editor: the drag created nothing").isEmpty();
        List<MentorshipSession> stored = fixture.stored(w -> w.service(SessionService.class).list(SessionQuery.all()));
        assertThat(stored).extracting(MentorshipSession::id).containsExactlyInAnyOrder(tuesday.id(), wednesday.id(), friday.id());
    }

    private static Bounds screenBounds(Node block) {
        return block.localToScreen(block.getLayoutBounds());
    }
}
