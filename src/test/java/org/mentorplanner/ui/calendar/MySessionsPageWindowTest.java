package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.DemoWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** My Sessions is a list, not a calendar: the week's title, arrows, date field and counts leave with the calendar. */
@ExtendWith(ApplicationExtension.class)
class MySessionsPageWindowTest {

    @RegisterExtension
    final DemoWindows windows = new DemoWindows();

    private DemoWindow fixture;
    private PlannerWindow window;

    @Start
    void start(Stage stage) {
        fixture = windows.seeded((workspace, org) -> { });
        window = fixture.open(stage);
    }

    @Test
    void mySessionsHidesTheCalendarsTitleArrowsAndCountsAndTheWeekBringsThemBack(FxRobot robot) {
        robot.interact(() -> window.presenter().showPage(PlannerPage.MY_SESSIONS));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown(robot.lookup(".range-label").query())).as("the week's title").isFalse();
        assertThat(shown(robot.lookup(".nav-arrow").query())).as("the arrows").isFalse();
        assertThat(shown(robot.lookup("#counts").query())).as("This week's counts").isFalse();
        assertThat(shown(robot.lookup("#mySessions").query())).isTrue();

        robot.interact(() -> window.presenter().showPage(PlannerPage.WEEK));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown(robot.lookup(".range-label").query())).isTrue();
        assertThat(shown(robot.lookup(".nav-arrow").query())).isTrue();
        assertThat(shown(robot.lookup("#counts").query())).isTrue();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
