package org.mentorplanner.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.DateControl;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.cli.Cli;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.WindowLock;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoOrganisation;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.SameThreadTaskExecutor;
import org.mentorplanner.ui.editor.SessionEditorPresenter;
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

    /**
     * The command line's {@code import people} and {@code import locations} while the window is
     * open: the mentor list, the grid's columns and the editor's choices show them within two
     * seconds, and the selected block, the date and the scroll stay.
     */
    @Test
    void peopleAndPlacesImportedByAnotherProgramShowInTheMentorListAndTheEditor(FxRobot robot) throws Exception {
        robot.interact(() -> week(robot).setDate(MONDAY));
        WaitForAsyncUtils.waitForFxEvents();
        var entry = window.presenter().entryOf(careerChat.id()).orElseThrow();
        robot.interact(() -> week(robot).select(entry));
        robot.interact(() -> week(robot).setRequestedTime(LocalTime.of(6, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        double scrolled = weekScroll(robot);
        assertThat(scrolled).as("the week view's scroll bar").isNotNegative();

        Path people = Files.writeString(folder.resolve("people-" + UUID.randomUUID() + ".csv"),
                "email,name,roles\nlin@example.org,Lin Yutang,mentor\nmo@example.org,Mo Farah,mentee\n");
        Path places = Files.writeString(folder.resolve("places-" + UUID.randomUUID() + ".csv"),
                "name,zone,kind\nLagos hub,Africa/Lagos,in-person\n");
        StringWriter err = new StringWriter();
        Cli cli = new Cli(file -> GuiceWorkspace.open(file, PinnedMoment.DEFAULT.clock()),
                fileOf(), database -> { });
        assertThat(cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "import", "people", people.toString())).as(err.toString()).isZero();
        assertThat(cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "import", "locations", places.toString())).as(err.toString()).isZero();

        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> robot.lookup(".mentor-check").queryAll().stream()
                .anyMatch(box -> box instanceof CheckBox check && "Lin Yutang".equals(check.getText())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(week(robot).getDate()).isEqualTo(MONDAY);
        var entryNow = window.presenter().entryOf(careerChat.id()).orElseThrow();
        assertThat(week(robot).getSelections()).as("the selection stays").containsExactly(entryNow);
        assertThat(weekScroll(robot)).as("the scroll stays").isEqualTo(scrolled);

        robot.interact(() -> window.presenter().newSession());
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Person> mentors = robot.lookup("#mentor").query();
        ComboBox<Person> mentees = robot.lookup("#mentee").query();
        ComboBox<Location> locations = robot.lookup("#location").query();
        assertThat(mentors.getItems()).extracting(Person::name).contains("Lin Yutang");
        assertThat(mentees.getItems()).extracting(Person::name).contains("Mo Farah");
        assertThat(locations.getItems()).extracting(Location::name).contains("Lagos hub");
        robot.interact(() -> window.presenter().openEditor().ifPresent(SessionEditorPresenter::close));
    }

    /** The week view's vertical scroll position (the first scroll bar CalendarFX's day columns sit in). */
    private static double weekScroll(FxRobot robot) {
        return robot.lookup("#weekView .scroll-bar:vertical").queryAll().stream()
                    .filter(node -> node instanceof ScrollBar)
                    .mapToDouble(node -> ((ScrollBar) node).getValue()).max().orElse(-1);
    }

    @Test
    void aSecondWindowOnTheSameFileBringsTheFirstForwardInsteadOfOpeningIt(FxRobot robot) throws Exception {
        assertThat(WindowLock.isHeld(fileOf())).as("the open window marks its file").isTrue();
        AtomicBoolean elsewhere = new AtomicBoolean();
        robot.interact(() -> {
            PlannerWindow second = new PlannerWindow(new SameThreadTaskExecutor(), Preferences.userRoot()
                    .node("org/mentorplanner/test/" + UUID.randomUUID()), PinnedMoment.DEFAULT.clock(), Locale.UK);
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
