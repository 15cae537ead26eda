package org.mentorplanner.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.model.Entry;
import com.calendarfx.view.DateControl;
import com.google.inject.AbstractModule;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
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
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.service.WorkProgress;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoOrganisation;
import org.mentorplanner.ui.DemoWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The background sync in the real window against Radicale, its timer replaced by one the test
 * fires: it waits for a password, then pulls a move another planner made and the block moves on
 * the open grid, still selected; the status bar shows the last sync.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundSyncTest {

    @RegisterExtension
    static final RadicaleServer RADICALE = new RadicaleServer();

    @TempDir
    static Path folder;

    private final PinnedMoment moment = PinnedMoment.DEFAULT;
    private final ManualScheduler scheduler = new ManualScheduler();
    /** What the environment variable holds for the window; empty at first. */
    private volatile String environmentPassword;
    private DemoWindow fixture;
    private PlannerWindow window;
    private URI planning;
    private Path otherPlanner;
    private long sessionId;
    private String uid;

    /** A scheduler whose ticks the test fires. */
    static final class ManualScheduler implements SyncScheduler {
        Duration period;
        Runnable tick;

        @Override
        public Repeating every(Duration every, Runnable onTick) {
            period = every;
            tick = onTick;
            return () -> tick = null;
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        planning = RADICALE.newCalendar();
        otherPlanner = folder.resolve("other-" + System.nanoTime() + ".db");
        fixture = DemoWindow.seeded(folder, moment.clock(), (mine, org) -> {
            MentorshipSession chat = mine.service(SessionService.class).create(Actor.owner(), new SessionDetails(
                    org.people.get("ada").id(), null, org.locations.get("london").id(), moment.today().plusDays(1).atTime(10, 0),
                    Duration.ofMinutes(45), EnrollmentMethod.IN_PERSON, null, "Room 4", Set.of(), "Career chat", ""), true).session();
            sessionId = chat.id();
            uid = chat.uid();
            sync(mine);
            mine.service(SettingsService.class).setBackgroundSyncMinutes(5);
            try (GuiceWorkspace other = GuiceWorkspace.open(otherPlanner, moment.clock())) {
                DemoOrganisation.directory(other);
                sync(other);
            }
        });
        window = fixture.open(stage, new AbstractModule() {
            @Override
            protected void configure() {
                bind(SyncScheduler.class).toInstance(scheduler);
                bind(SyncPassword.class).toInstance(new SyncPassword(name ->
                        name.equals(SyncPassword.VARIABLE) ? environmentPassword : null));
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void aBackgroundSyncMovesABlockAnotherPlannerMovedAndKeepsItSelected(FxRobot robot) throws Exception {
        Hyperlink status = robot.lookup("#syncStatus").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().contains("Planning synced"));
        assertThat(status.getText()).isEqualTo("Planning synced 00:05");
        assertThat(scheduler.period).as("from the settings").isEqualTo(Duration.ofMinutes(5));

        robot.interact(scheduler.tick);
        assertThat(status.getText()).as("no password typed and none in the environment")
                .contains("background sync waits for the password");

        Entry<Long> block = window.presenter().entryOf(sessionId).orElseThrow();
        DateControl week = robot.lookup("#weekView").query();
        robot.interact(() -> week.getSelections().add(block));
        LocalDateTime before = block.getStartAsLocalDateTime();
        try (GuiceWorkspace other = GuiceWorkspace.open(otherPlanner, moment.clock())) {
            SessionService sessions = other.service(SessionService.class);
            MentorshipSession there = sessions.list(SessionQuery.all()).stream().filter(s -> s.uid().equals(uid))
                                              .findFirst().orElseThrow();
            sessions.update(Actor.owner(), there.id(), there.details().withLocalStart(there.details().localStart().plusHours(2)));
            sync(other);
        }

        environmentPassword = RadicaleServer.PASSWORD;
        robot.interact(scheduler.tick);

        Entry<Long> after = window.presenter().entryOf(sessionId).orElseThrow();
        assertThat(after).as("the same block, updated in place").isSameAs(block);
        assertThat(after.getStartAsLocalDateTime()).isEqualTo(before.plusHours(2));
        assertThat(week.getSelections()).as("the selection stays").containsExactly(block);
        assertThat(status.getText()).isEqualTo("Planning synced 00:05");
    }

    private void sync(GuiceWorkspace planner) {
        PlanningSyncService service = planner.service(PlanningSyncService.class);
        service.sync(service.account(planning.toString(), RadicaleServer.USER, RadicaleServer.PASSWORD), WorkProgress.none());
    }
}
