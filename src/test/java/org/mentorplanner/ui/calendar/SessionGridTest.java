package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoOrganisation;
import org.mentorplanner.ui.DemoWorkspace;
import org.mentorplanner.ui.FxThread;
import org.mentorplanner.ui.editor.EditorChoices;
import org.testfx.util.WaitForAsyncUtils;

/** The grid's model side: many sessions go onto CalendarFX a few blocks per pulse. */
class SessionGridTest {

    @RegisterExtension
    final DemoWorkspace gui = DemoWorkspace.servicesOnly();

    private SessionGrid grid;
    private List<MentorshipSession> run;
    private SessionService sessions;
    private DemoOrganisation demo;

    @BeforeEach
    void open() {
        demo = gui.demo();
        DirectoryService directory = gui.service(DirectoryService.class);
        sessions = gui.service(SessionService.class);
        run = IntStream.range(0, SessionGrid.BLOCKS_PER_PULSE * 2 + 3)
                .mapToObj(i -> sessions.create(Actor.owner(), details(i, "Chat " + i), false).session())
                .toList();
        EditorChoices choices = new EditorChoices(Actor.owner(), directory.mentors(), directory.mentees(),
                directory.locations(), directory.groups());
        grid = FxThread.call(() -> {
            SessionGrid made = new SessionGrid(ZoneId.of("Europe/Berlin"), (id, start, duration) -> { });
            made.addMentors(choices, List.of());
            return made;
        });
    }

    @Test
    void clearingBeforeAddingTheMentorsAgainLeavesOneCalendarPerMentorAndNoStaleBlocks() {
        DirectoryService directory = gui.service(DirectoryService.class);
        EditorChoices choices = new EditorChoices(Actor.owner(), directory.mentors(), directory.mentees(),
                directory.locations(), directory.groups());
        FxThread.run(() -> {
            grid.showAll(run);
            int mentors = grid.calendars().size();

            grid.clear();
            grid.addMentors(choices, run.subList(0, 1));

            assertThat(grid.source().getCalendars()).as("the old calendars are gone").hasSize(mentors);
            assertThat(grid.sessions()).containsExactly(run.get(0));
            assertThat(grid.entryOf(run.get(1).id())).as("a block of the old grid").isEmpty();
            assertThat(grid.entryOf(run.get(0).id()).orElseThrow().getCalendar())
                    .isSameAs(grid.calendarOf(run.get(0).mentorId()).orElseThrow());
        });
    }

    @Test
    void showGraduallyKnowsEverySessionAtOnceAndPutsTheirBlocksOnOverLaterPulses() throws Exception {
        FxThread.run(() -> {
            grid.showGradually(run);
            assertThat(grid.sessions()).as("counted at once").hasSize(run.size());
            assertThat(run).as("not one block yet: they wait for the pulses")
                    .allSatisfy(s -> assertThat(grid.entryOf(s.id())).isEmpty());
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxThread.call(() -> grid.pendingCount() == 0));

        FxThread.run(() -> assertThat(run).allSatisfy(s -> assertThat(grid.entryOf(s.id())).isPresent()));
    }

    @Test
    void anyOtherChangeFirstPutsTheWaitingBlocksOnSoALaterVersionWins() {
        MentorshipSession first = run.get(0);
        MentorshipSession renamed = sessions.update(Actor.owner(), first.id(), details(0, "Renamed")).session();

        FxThread.run(() -> {
            grid.showGradually(run);
            grid.show(renamed);
            assertThat(grid.pendingCount()).isZero();
            assertThat(run).allSatisfy(s -> assertThat(grid.entryOf(s.id())).isPresent());
            assertThat(grid.entryOf(first.id()).orElseThrow().getTitle()).contains("Renamed");
            assertThat(grid.session(first.id()).orElseThrow().details().title()).isEqualTo("Renamed");
        });
    }

    @Test
    void showGraduallyPutsAShortListOnAtOnce() {
        List<MentorshipSession> few = run.subList(0, SessionGrid.BLOCKS_PER_PULSE);

        FxThread.run(() -> {
            grid.showGradually(few);
            assertThat(few).allSatisfy(s -> assertThat(grid.entryOf(s.id())).isPresent());
        });
    }

    @Test
    void uncheckingAMentorDropsTheirSessionsAndARereadTouchesOnlyTheMentorsRead() {
        MentorshipSession grace = sessions.create(Actor.owner(), new SessionDetails(demo.people.get("grace").id(), null,
                demo.locations.get("berlin").id(), LoadedWeeks.monday(PinnedMoment.DEFAULT.today()).atTime(9, 0),
                Duration.ofMinutes(30), EnrollmentMethod.IN_PERSON, null, "Room 2", Set.of(), "Grace's chat", ""), false).session();
        FxThread.run(() -> {
            grid.showAll(run);
            grid.show(grace);

            grid.replaceRange(run.get(0).startInstant().minusSeconds(3600), grace.startInstant().plusSeconds(3600),
                    List.of(grace.mentorId()), List.of());
            assertThat(grid.entryOf(grace.id())).as("gone from the store for the mentor read").isEmpty();
            assertThat(run).as("a mentor not read keeps their blocks").allSatisfy(s -> assertThat(grid.entryOf(s.id())).isPresent());

            grid.show(grace);
            grid.removeMentors(List.of(run.get(0).mentorId()));
            assertThat(grid.sessions()).containsExactly(grace);
            assertThat(run).as("no block left").allSatisfy(s -> assertThat(grid.entryOf(s.id())).isEmpty());
        });
    }

    /** Ada's half-hour session number {@code i} this week (one an hour from Monday 08:00). */
    private SessionDetails details(int i, String title) {
        LocalDateTime monday = LoadedWeeks.monday(PinnedMoment.DEFAULT.today()).atTime(8, 0);
        return new SessionDetails(demo.people.get("ada").id(), null, demo.locations.get("berlin").id(),
                monday.plusHours(i), Duration.ofMinutes(30), EnrollmentMethod.IN_PERSON, null, "Room 2", Set.of(), title, "");
    }
}
