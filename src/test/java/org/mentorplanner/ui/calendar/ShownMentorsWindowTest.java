package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.model.Entry;
import com.calendarfx.view.EntryViewBase;
import com.calendarfx.view.MonthEntryView;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.DirectoryService.PersonInput;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.DemoWindows;
import org.mentorplanner.ui.WeekGrid;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A programme of more mentors than the first view shows (ADR 0036, 0039): only the ticked
 * mentors' sessions are in the grid, ticking one brings theirs onto every page, and the choice
 * is there again at the next opening.
 */
@ParameterizedClass
@MethodSource("org.mentorplanner.time.PinnedMoment#all")
@ExtendWith(ApplicationExtension.class)
class ShownMentorsWindowTest {

    /** Beside the demo's five mentors: 15 in all, three more than the first view shows. */
    private static final int EXTRA_MENTORS = 10;

    @Parameter
    PinnedMoment moment;

    @RegisterExtension
    final DemoWindows windows = new DemoWindows();

    private DemoWindow fixture;
    private PlannerWindow window;
    private Stage stage;
    /** One session per mentor, today at 06:00 on the grid, in mentor list order. */
    private final List<MentorshipSession> hours = new ArrayList<>();

    @Start
    void start(Stage first) {
        stage = first;
        fixture = windows.seeded(moment.clock(), (workspace, org) -> {
            DirectoryService directory = workspace.service(DirectoryService.class);
            for (int i = 1; i <= EXTRA_MENTORS; i++) {
                String number = String.format("%02d", i);
                directory.savePerson(new PersonInput("zara" + number + "@example.org", "Zara " + number, Set.of(Role.MENTOR), Set.of()));
            }
            Location berlin = org.locations.get("berlin");
            LocalDateTime inBerlin = moment.today().atTime(6, 0).atZone(moment.zone()).withZoneSameInstant(berlin.zone())
                                           .toLocalDateTime();
            for (Person mentor : directory.mentors()) {
                hours.add(workspace.service(SessionService.class).create(Actor.owner(), new SessionDetails(mentor.id(), null,
                        berlin.id(), inBerlin, Duration.ofMinutes(60), EnrollmentMethod.IN_PERSON, null, "Room 2", Set.of(),
                        "Hour of " + mentor.name(), ""), false).session());
            }
        });
        window = fixture.open(stage);
    }

    @Test
    void onlyTheShownMentorsSessionsAreInTheGridAndTickingOneShowsItsSessionsOnEveryPage(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        MentorshipSession first = hours.get(0);
        MentorshipSession last = hours.get(hours.size() - 1);
        assertThat(check(robot, first).isSelected()).as("the first mentor is in the first view").isTrue();
        assertThat(check(robot, last).isSelected()).as("the 15th mentor is not").isFalse();
        assertThat(window.presenter().knownSession(first.id())).as("a shown mentor's session is loaded").isPresent();
        assertThat(window.presenter().knownSession(last.id())).as("a hidden mentor's session is not loaded").isEmpty();
        assertThat(window.presenter().entryOf(last.id())).isEmpty();

        robot.interact(check(robot, last)::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.presenter().knownSession(last.id())).as("ticking loads the mentor's sessions").isPresent();
        assertThat(WeekGrid.block(robot, last.details().title()).isVisible()).as("on the week").isTrue();
        robot.interact(() -> window.presenter().showPage(PlannerPage.MONTH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(monthEntries(robot)).extracting(Entry::getTitle).as("on the month, crowded: in the day's count")
                .containsExactly((FirstMentorView.LIMIT + 1) + " sessions");
        robot.interact(() -> window.presenter().showPage(PlannerPage.AGENDA));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#agendaView").lookup(".title-label").<Label>queryAll())
                .as("on the agenda").anyMatch(label -> label.getText().startsWith(last.details().title()));

        robot.interact(check(robot, last)::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.presenter().knownSession(last.id())).as("unticking drops the mentor's sessions").isEmpty();
    }

    @Test
    void aCrowdedMonthShowsEachDaysCountWhichOpensTheDayAndAQuietOneItsSessions(FxRobot robot) {
        robot.interact(() -> window.presenter().showPage(PlannerPage.MONTH));
        WaitForAsyncUtils.waitForFxEvents();
        String twelve = FirstMentorView.LIMIT + " sessions";
        assertThat(monthEntries(robot)).extracting(Entry::getTitle).as("more than six today: the count alone").containsExactly(twelve);
        robot.interact(() -> window.presenter().showPage(PlannerPage.WEEK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#weekView").lookup((Node n) -> n instanceof EntryViewBase<?> view && MonthDigest.isCount(view.getEntry()))
                .queryAll()).as("the counts stay on the month").isEmpty();
        robot.interact(() -> window.presenter().showPage(PlannerPage.MONTH));
        WaitForAsyncUtils.waitForFxEvents();

        MonthEntryView count = robot.lookup("#monthView").lookup((Node n) -> n instanceof MonthEntryView view
                && twelve.equals(view.getEntry().getTitle())).query();
        robot.doubleClickOn(count);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dayView").tryQuery()).as("the count opens its day").isPresent();
        assertThat(robot.lookup("#title").tryQuery()).as("not an editor").isEmpty();

        robot.interact(() -> window.presenter().shownMentorIds().stream().skip(2)
                .forEach(id -> robot.lookup("#mentor-" + id).<CheckBox>query().setSelected(false)));
        robot.interact(() -> window.presenter().showPage(PlannerPage.MONTH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(monthEntries(robot)).extracting(Entry::getTitle).as("two mentors: their sessions")
                .containsExactlyInAnyOrder(hours.get(0).details().title(), hours.get(1).details().title());
    }

    @Test
    void theMentorsChosenLastAreShownAtTheNextOpening(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        MentorshipSession first = hours.get(0);
        MentorshipSession last = hours.get(hours.size() - 1);
        robot.interact(check(robot, last)::fire);
        robot.interact(check(robot, first)::fire);
        WaitForAsyncUtils.waitForFxEvents();

        reopen(robot);

        assertThat(check(robot, last).isSelected()).as("ticked last time").isTrue();
        assertThat(check(robot, first).isSelected()).as("unticked last time").isFalse();
        assertThat(window.presenter().shownMentorIds()).hasSize(FirstMentorView.LIMIT);
        assertThat(window.presenter().knownSession(last.id())).isPresent();
        assertThat(window.presenter().knownSession(first.id())).isEmpty();
    }

    @Test
    void aRememberedMentorWhoIsNoLongerOneIsLeftOut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        MentorshipSession last = hours.get(hours.size() - 1);
        robot.interact(() -> window.presenter().shownMentorIds().forEach(id -> {
            if (id != hours.get(1).details().mentorId()) {
                check(robot, id).setSelected(false);
            }
        }));
        robot.interact(check(robot, last)::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.presenter().shownMentorIds()).containsExactlyInAnyOrder(hours.get(1).details().mentorId(),
                last.details().mentorId());
        robot.interact(stage::hide); // closes the planner's file too
        fixture.stored(workspace -> workspace.service(DirectoryService.class).savePerson(
                new PersonInput("zara10@example.org", "Zara 10", Set.of(Role.MENTEE), Set.of())));

        robot.interact(() -> window = fixture.open(stage));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#mentor-" + last.details().mentorId()).tryQuery()).as("no longer a mentor").isEmpty();
        assertThat(window.presenter().shownMentorIds()).as("the rest of the choice").containsExactly(hours.get(1).details().mentorId());
        assertThat(window.presenter().knownSession(hours.get(1).id())).isPresent();
    }

    @Test
    void editingATickedMentorsSessionSaves(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        MentorshipSession last = hours.get(hours.size() - 1);
        robot.interact(check(robot, last)::fire);
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> window.presenter().edit(window.presenter().knownSession(last.id()).orElseThrow()));
        robot.interact(() -> robot.lookup("#title").<TextField>query().setText("Portfolio review"));
        robot.clickOn("#saveDraft");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.stored(workspace -> workspace.service(SessionService.class).find(last.id())).orElseThrow()
                .details().title()).isEqualTo("Portfolio review");
        assertThat(WeekGrid.block(robot, "Portfolio review").isVisible()).as("and the block shows it").isTrue();
    }

    /** The entries the month page shows (sessions, or counts of a crowded month's days). */
    private static List<Entry<?>> monthEntries(FxRobot robot) {
        return robot.lookup("#monthView").lookup((Node n) -> n instanceof MonthEntryView view && view.isVisible())
                    .<MonthEntryView>queryAll().stream().<Entry<?>>map(MonthEntryView::getEntry).toList();
    }

    /** Closes the window as the user does, and opens the file again in it. */
    private void reopen(FxRobot robot) {
        robot.interact(stage::hide);
        robot.interact(() -> window = fixture.open(stage));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static CheckBox check(FxRobot robot, MentorshipSession session) {
        return check(robot, session.details().mentorId());
    }

    private static CheckBox check(FxRobot robot, long mentorId) {
        return robot.lookup("#mentor-" + mentorId).query();
    }
}
