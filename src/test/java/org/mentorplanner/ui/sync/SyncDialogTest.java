package org.mentorplanner.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
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
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorplanner.caldav.RadicaleServer;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Sync calendars…" in the real planner window, headless, against a real CalDAV server. */
@ParameterizedClass
@MethodSource("org.mentorplanner.time.PinnedMoment#all")
@ExtendWith(ApplicationExtension.class)
class SyncDialogTest {

    /** The moment the test runs at, through the app's clock. */
    @Parameter
    PinnedMoment moment;

    @RegisterExtension
    static final RadicaleServer RADICALE = new RadicaleServer();

    @TempDir
    static Path folder;

    private DemoWindow fixture;
    private URI calendar;

    @Start
    void start(Stage stage) throws Exception {
        calendar = RADICALE.newCalendar();
        fixture = DemoWindow.seeded(folder, moment.clock(), (workspace, org) -> {
            SessionService sessions = workspace.service(SessionService.class);
            int day = 1;
            for (String title : new String[] {"Career chat", "Code review"}) {
                sessions.create(Actor.owner(), new SessionDetails(org.people.get("ada").id(), null, org.locations.get("london").id(),
                        moment.today().plusDays(day++).atTime(15, 30), Duration.ofMinutes(45),
                        EnrollmentMethod.IN_PERSON, null, "Room 4", Set.of(), title, ""), true);
            }
            workspace.service(SettingsService.class).setTeamCalendar(calendar.toString(), RadicaleServer.USER);
        });
        fixture.open(stage);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void syncFromTheMenuShowsTheSummaryThenAConflictUntilOverwritten(FxRobot robot) throws Exception {
        robot.clickOn("#appMenu");
        robot.clickOn("S_ync calendars…");

        assertThat(robot.lookup("#calendarUrl").<TextField>query().getText()).as("from the settings").isEqualTo(calendar.toString());
        assertThat(robot.lookup("#calendarUser").<TextField>query().getText()).isEqualTo(RadicaleServer.USER);
        assertThat(robot.lookup("#sync").<Button>query().isDisabled()).as("no password yet").isTrue();
        assertThat(robot.lookup("#problems").<Label>query().getText()).isEqualTo("Type the password of alice.");

        robot.clickOn("#calendarPassword").write("wrong");
        robot.clickOn("#sync");
        Label summary = robot.lookup("#summary").query();
        assertThat(summary.getText()).contains("refused the login of alice: wrong user name or password");

        robot.interact(() -> robot.lookup("#calendarPassword").<TextField>query().setText(RadicaleServer.PASSWORD));
        robot.clickOn("#sync");
        assertThat(summary.getText()).isEqualTo("Synced with " + calendar + ": 2 created, 0 updated, 0 deleted, 0 unchanged, 0 conflicts.");
        ListView<String> details = robot.lookup("#details").query();
        assertThat(details.getItems()).hasSize(2).allMatch(line -> line.startsWith("Created: "));

        // Someone edits one of the events in their calendar app.
        String uid = RADICALE.get(calendar, "").lines().filter(line -> line.startsWith("UID:session-")).findFirst().orElseThrow();
        String href = calendar.getPath() + uid.substring("UID:".length(), uid.indexOf('@')) + ".ics";
        RADICALE.put(calendar, href, RADICALE.get(calendar, href).replace("SUMMARY:", "SUMMARY:Edited: "));
        robot.clickOn("#sync");
        assertThat(summary.getText()).contains("1 conflict.", "tick \"Overwrite\"");
        assertThat(details.getItems()).singleElement().asString().startsWith("Conflict: ").contains("changed on the server");
        assertThat(RADICALE.get(calendar, href)).contains("SUMMARY:Edited: ");

        robot.clickOn("#overwrite");
        robot.clickOn("#sync");
        assertThat(summary.getText()).contains("1 updated", "0 conflicts.");
        assertThat(RADICALE.get(calendar, href)).doesNotContain("SUMMARY:Edited: ");

        robot.clickOn("#close");
        assertThat(robot.lookup("#summary").tryQuery()).as("the dialog closed").isEmpty();
    }
}
