package org.mentorplanner.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.DateControl;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.WindowLock;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoOrganisation;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.SameThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The open window beside other writers: it shows their changes without a restart, keeping the
 * selection, and it is the only window on its file (issue 13).
 */
@ExtendWith(ApplicationExtension.class)
class OtherWritersWindowTest {

    /** A fixed week, shown by moving the grid there: the test does not depend on today's date. */
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @TempDir
    static Path folder;

    private DemoWindow fixture;
    private PlannerWindow window;
    private MentorshipSession careerChat;
    private DemoOrganisation org;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = DemoWindow.seeded(folder, (workspace, demo) -> {
            org = demo;
            careerChat = workspace.service(SessionService.class)
                                  .create(Actor.owner(), demo.hourInBerlin("ada", MONDAY.plusDays(1).atTime(9, 0), "Career chat"), false)
                                  .session();
        });
        window = fixture.open(stage);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private DateControl week(FxRobot robot) {
        return robot.lookup("#weekView").query();
    }

    @Test
    void aChangeByAnotherProgramShowsWithoutARestartAndTheSelectionStays(FxRobot robot) throws Exception {
        robot.interact(() -> week(robot).setDate(MONDAY));
        WaitForAsyncUtils.waitForFxEvents();
        var entry = window.presenter().entryOf(careerChat.id()).orElseThrow();
        robot.interact(() -> week(robot).select(entry));

        long added;
        // Another program: a connection of its own on the same file, as the command line has.
        try (GuiceWorkspace other = GuiceWorkspace.open(fileOf(), PinnedMoment.DEFAULT.clock())) {
            SessionService sessions = other.service(SessionService.class);
            added = sessions.create(Actor.owner(), org.hourInBerlin("grace", MONDAY.plusDays(2).atTime(11, 0), "Added by a script"), true)
                            .session().id();
            SessionDetails d = careerChat.details();
            sessions.update(Actor.owner(), careerChat.id(), new SessionDetails(d.mentorId(), d.menteeId(), d.locationId(), d.localStart(),
                    d.duration(), d.method(), d.meetingUrl(), d.place(), d.groupIds(), "Career chat, renamed by a script", d.notes()));
        }

        // The window looks once a second; two seconds is what a user may wait.
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> window.presenter().knownSession(added).isPresent()
                && entry.getTitle().startsWith("Career chat, renamed"));
        assertThat(window.presenter().entryOf(careerChat.id())).containsSame(entry);
        assertThat(week(robot).getSelections()).as("the selection stays").containsExactly(entry);
        assertThat(week(robot).getDate()).isEqualTo(MONDAY);
    }

    @Test
    void aSecondWindowOnTheSameFileBringsTheFirstForwardInsteadOfOpeningIt(FxRobot robot) throws Exception {
        assertThat(WindowLock.isHeld(fileOf())).as("the open window marks its file").isTrue();
        AtomicBoolean elsewhere = new AtomicBoolean();
        robot.interact(() -> {
            PlannerWindow second = new PlannerWindow(new SameThreadTaskExecutor(), java.util.prefs.Preferences.userRoot()
                    .node("org/mentorplanner/test/" + java.util.UUID.randomUUID()), PinnedMoment.DEFAULT.clock(), java.util.Locale.UK);
            second.setOnOpenElsewhere(() -> elsewhere.set(true));
            second.open(new Stage(), fileOf());
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(elsewhere).as("the first window answered and came forward").isTrue();
        assertThat(stage.isShowing()).isTrue();
    }

    private Path fileOf() {
        return fixture.stored(GuiceWorkspace::databaseFile);
    }
}
