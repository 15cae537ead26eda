package org.mentorplanner.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.caldav.RadicaleServer;
import org.mentorplanner.service.DiscoveredCalendar;
import org.mentorplanner.ui.DemoWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Find a calendar" from the sync dialog, in the real planner window, headless, against a real
 * CalDAV server: the server's address and a user name are enough to pick or make a calendar.
 */
@ExtendWith(ApplicationExtension.class)
class CalendarFinderTest {

    @RegisterExtension
    static final RadicaleServer RADICALE = new RadicaleServer();

    @TempDir
    static Path folder;

    private DemoWindow fixture;
    private URI team;

    @Start
    void start(Stage stage) throws Exception {
        team = RADICALE.newCalendar();
        fixture = DemoWindow.empty(folder);
        fixture.open(stage);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void theServersAddressAndAUserNameFindTheCalendarsAndANewOneGoesBackToTheSyncDialog(FxRobot robot) {
        URI root = team.resolve("/");
        robot.clickOn("#appMenu");
        robot.clickOn("S_ync calendars…");
        robot.clickOn("#findCalendar");

        robot.clickOn("#discoverServer").write(root.toString());
        robot.clickOn("#discoverUser").write(RadicaleServer.USER);
        robot.clickOn("#findCalendars");
        Label problems = robot.lookup("#finderProblems").query();
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getText()).isEqualTo("Type the password of alice.");

        robot.clickOn("#discoverPassword").write("wrong");
        robot.clickOn("#findCalendars");
        assertThat(problems.getText()).contains("refused the login of alice: wrong user name or password");

        robot.interact(() -> robot.lookup("#discoverPassword").<TextField>query().setText(RadicaleServer.PASSWORD));
        robot.clickOn("#findCalendars");
        ListView<DiscoveredCalendar> calendars = robot.lookup("#calendars").query();
        assertThat(calendars.getItems()).extracting(DiscoveredCalendar::url).contains(team);
        assertThat(robot.lookup("#finderStatus").<Label>query().getText()).endsWith(" in " + root.resolve("/alice/") + ".");

        robot.clickOn("#newCalendarName").write("Mentoring planning");
        robot.clickOn("#createCalendar");
        URI created = root.resolve("/alice/mentoring-planning/");
        assertThat(calendars.getSelectionModel().getSelectedItem().url()).isEqualTo(created);
        assertThat(calendars.getSelectionModel().getSelectedItem().displayName()).isEqualTo("Mentoring planning");
        assertThat(robot.lookup("#finderStatus").<Label>query().getText())
                .isEqualTo("Created \"Mentoring planning\" at " + created + ".");

        robot.clickOn("#useCalendar");
        assertThat(robot.lookup("#calendars").tryQuery()).as("the finder closed").isEmpty();
        assertThat(robot.lookup("#calendarUrl").<TextField>query().getText()).isEqualTo(created.toString());
        assertThat(robot.lookup("#calendarUser").<TextField>query().getText()).isEqualTo(RadicaleServer.USER);
        assertThat(robot.lookup("#sync").<Button>query().isDisabled()).as("the password came along").isFalse();

        robot.clickOn("#sync");
        assertThat(robot.lookup("#summary").<Label>query().getText()).startsWith("Synced with " + created + ":");
    }
}
