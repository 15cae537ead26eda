package org.mentorplanner.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.model.Entry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.caldav.RadicaleServer;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.PlanningSyncService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.SyncConflictView;
import org.mentorplanner.service.WorkProgress;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoOrganisation;
import org.mentorplanner.ui.DemoWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The sync dialog with the planning calendar on a real Radicale: two planners (the window on one
 * database, the other driven through the services) change the same session's title, the dialog
 * lists the conflict, the grid marks the block, and "Keep mine" resolves it here and, after the
 * next syncs, in the other planner too.
 */
@ExtendWith(ApplicationExtension.class)
class SyncConflictDialogTest {

    @RegisterExtension
    static final RadicaleServer RADICALE = new RadicaleServer();

    @TempDir
    static Path folder;

    private final PinnedMoment moment = PinnedMoment.DEFAULT;
    private DemoWindow fixture;
    private PlannerWindow window;
    private URI planning;
    private Path otherPlanner;
    private long sessionId;
    private String uid;

    @Start
    void start(Stage stage) throws Exception {
        planning = RADICALE.newCalendar();
        otherPlanner = folder.resolve("other-" + System.nanoTime() + ".db");
        fixture = DemoWindow.seeded(folder, moment.clock(), (mine, org) -> {
            SessionService sessions = mine.service(SessionService.class);
            MentorshipSession chat = sessions.create(Actor.owner(), new SessionDetails(org.people.get("ada").id(), null,
                    org.locations.get("london").id(), moment.today().plusDays(1).atTime(15, 30), Duration.ofMinutes(45),
                    EnrollmentMethod.IN_PERSON, null, "Room 4", Set.of(), "Career chat", ""), true).session();
            sessionId = chat.id();
            uid = chat.uid();
            sync(mine);
            try (GuiceWorkspace other = GuiceWorkspace.open(otherPlanner, moment.clock())) {
                DemoOrganisation.directory(other);
                sync(other);
                retitle(other, "Career chat with the other planner's title");
                sync(other);
            }
            retitle(mine, "Career chat with my title");
        });
        window = fixture.open(stage);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void theDialogListsAConflictTheGridMarksItAndKeepMineResolvesItEverywhere(FxRobot robot) {
        robot.clickOn("#appMenu");
        robot.clickOn("S_ync calendars…");
        assertThat(robot.lookup("#planningUrl").<TextField>query().getText()).as("remembered").isEqualTo(planning.toString());
        assertThat(robot.lookup("#calendarUrl").<TextField>query().getText()).as("no team calendar set up").isEmpty();

        robot.clickOn("#calendarPassword").write(RadicaleServer.PASSWORD);
        robot.clickOn("#sync");

        assertThat(robot.lookup("#summary").<Label>query().getText())
                .contains("(planning): 0 pulled", "In all: 0 pulled, 0 booked, 1 conflict.", "Keep one side");
        VBox conflicts = robot.lookup("#conflicts").query();
        assertThat(conflicts.isVisible()).isTrue();
        assertThat(robot.lookup("#conflict-" + sessionId + " .conflict-field").<Label>query().getText())
                .isEqualTo("Title: mine \"Career chat with my title\", theirs \"Career chat with the other planner's title\"");
        Entry<Long> block = window.presenter().entryOf(sessionId).orElseThrow();
        assertThat(block.getStyleClass()).as("the grid marks the block").contains("session-conflict");
        assertThat(block.getTitle()).startsWith("⚠ Career chat with my title");

        robot.clickOn("#keepMine-" + sessionId);

        assertThat(conflicts.isVisible()).as("no conflict left to list").isFalse();
        assertThat(robot.lookup("#summary").<Label>query().getText()).endsWith("All conflicts resolved: the next sync sends the versions kept here.");
        List<SyncConflictView> left =
                fixture.stored(w -> w.service(PlanningSyncService.class).conflicts());
        assertThat(left).as("resolved in the database").isEmpty();
        Entry<Long> after = window.presenter().entryOf(sessionId).orElseThrow();
        assertThat(after.getStyleClass()).doesNotContain("session-conflict");
        assertThat(after.getTitle()).isEqualTo("Career chat with my title");

        robot.clickOn("#sync");
        try (GuiceWorkspace other = GuiceWorkspace.open(otherPlanner, moment.clock())) {
            sync(other);
            assertThat(other.service(SessionService.class).list(SessionQuery.all()).stream()
                    .filter(s -> s.uid().equals(uid)).map(s -> s.details().title()))
                    .as("mine reached the other planner").containsExactly("Career chat with my title");
        }
    }

    private void sync(GuiceWorkspace planner) {
        PlanningSyncService service = planner.service(PlanningSyncService.class);
        service.sync(service.account(planning.toString(), RadicaleServer.USER, RadicaleServer.PASSWORD), WorkProgress.none());
    }

    private void retitle(GuiceWorkspace planner, String title) {
        SessionService sessions = planner.service(SessionService.class);
        MentorshipSession session = sessions.list(SessionQuery.all()).stream()
                .filter(s -> s.uid().equals(uid)).findFirst().orElseThrow();
        SessionDetails d = session.details();
        sessions.update(Actor.owner(), session.id(), new SessionDetails(d.mentorId(), d.menteeId(), d.locationId(), d.localStart(),
                d.duration(), d.method(), d.meetingUrl(), d.place(), d.groupIds(), title, d.notes()));
    }
}
