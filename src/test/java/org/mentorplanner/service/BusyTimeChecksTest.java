package org.mentorplanner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.busy.BusySource;
import org.mentorplanner.domain.busy.BusySourceKind;
import org.mentorplanner.domain.recurrence.Frequency;
import org.mentorplanner.domain.recurrence.Recurrence;
import org.mentorplanner.domain.recurrence.RecurrenceEnd;
import org.mentorplanner.service.port.SessionQuery;

/**
 * Busy time from a mentor's own calendar in the planner's checks: bulk duplicate flags copies
 * {@code busy} and treats them by the conflict policy; the next free slot skips busy time.
 */
class BusyTimeChecksTest extends SampleOrganisationTest {

    private SessionService sessions;
    private DuplicationService duplication;
    private BusyService busy;

    @BeforeEach
    void adaHasATeamMeetingOnTheSecondTuesday() throws IOException {
        sessions = workspace.service(SessionService.class);
        duplication = workspace.service(DuplicationService.class);
        busy = workspace.service(BusyService.class);
        // Tuesday 8 December 2026, 10:30-11:30 in New York (EST, -05:00)
        Path file = Files.writeString(folder.resolve("ada.ics"), """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                BEGIN:VEVENT
                UID:team-1
                DTSTAMP:20261101T000000Z
                DTSTART:20261208T153000Z
                DTEND:20261208T163000Z
                SUMMARY:Team meeting
                END:VEVENT
                END:VCALENDAR
                """, StandardCharsets.UTF_8);
        BusySource source = busy.add(Actor.owner(), ada.email(), BusySourceKind.ICS_FILE, file.toString(), "");
        assertThat(busy.refresh(source.id(), "").failed()).isFalse();
    }

    private MentorshipSession session(String start) {
        SessionDetails details = new SessionDetails(ada.id(), null, newYork.id(), LocalDateTime.parse(start), Duration.ofMinutes(60),
                EnrollmentMethod.IN_PERSON, null, "Room 4", Set.of(), "Office hours", "");
        return sessions.create(Actor.owner(), details, false).session();
    }

    private static DuplicationRequest weekly(MentorshipSession source, ConflictPolicy policy) {
        return DuplicationRequest.of(List.of(source.id()), new Recurrence(Frequency.weekly(), RecurrenceEnd.count(3)))
                                 .onConflict(policy);
    }

    @Test
    void bulkDuplicateFlagsTheCopyInBusyTimeAndSkipsItByDefault() {
        MentorshipSession source = session("2026-12-01T10:00");

        DuplicationPlan plan = duplication.plan(Actor.owner(), weekly(source, ConflictPolicy.SKIP));

        PlannedCopy inTheMeeting = plan.copies().stream().filter(c -> c.date().equals(LocalDate.parse("2026-12-08"))).findFirst().orElseThrow();
        assertThat(inTheMeeting.flags()).containsExactly(CopyFlag.BUSY);
        assertThat(inTheMeeting.created()).isFalse();
        assertThat(inTheMeeting.notes()).containsExactly("Busy: the mentor's calendar has \"Busy\" 10:30–11:30; this copy is skipped.");
        assertThat(plan.copies()).filteredOn(PlannedCopy::created).hasSize(2);
        assertThat(plan.summary()).isEqualTo("2 copies, 1 copy in busy time skipped");
    }

    @Test
    void bulkDuplicateKeepsACopyInBusyTimeWhenAskedTo() {
        MentorshipSession source = session("2026-12-01T10:00");

        DuplicationResult kept = duplication.run(Actor.owner(), weekly(source, ConflictPolicy.KEEP));

        assertThat(kept.created()).extracting(s -> s.details().localStart().toLocalDate())
                .containsExactly(LocalDate.parse("2026-12-08"), LocalDate.parse("2026-12-15"), LocalDate.parse("2026-12-22"));
    }

    @Test
    void bulkDuplicateOnAbortMakesNothingWhenACopyFallsInBusyTime() {
        MentorshipSession source = session("2026-12-01T10:00");
        int before = sessions.list(SessionQuery.all()).size();

        assertThatThrownBy(() -> duplication.run(Actor.owner(), weekly(source, ConflictPolicy.ABORT)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("busy time of the same mentor");
        assertThat(sessions.list(SessionQuery.all())).hasSize(before);
    }

    @Test
    void aSourceShowingTitlesNamesTheEventInTheNote() {
        busy.showTitles(busy.sources().get(0).id(), true);
        MentorshipSession source = session("2026-12-01T10:00");

        DuplicationPlan plan = duplication.plan(Actor.owner(), weekly(source, ConflictPolicy.KEEP));

        assertThat(plan.copies()).flatExtracting(PlannedCopy::notes)
                .containsExactly("Busy: the mentor's calendar has \"Team meeting\" 10:30–11:30; kept anyway.");
    }

    @Test
    void theNextFreeSlotSkipsBusyTime() {
        // a copy of 09:30-10:30 on 8 December would start at 10:30: in the meeting; then 11:30 is free
        SessionDetails details = session("2026-12-08T09:30").details();

        LocalDateTime next = duplication.nextFreeStart(details, ZoneId.of("America/New_York"), 10);

        assertThat(next).isEqualTo(LocalDateTime.parse("2026-12-08T11:30"));
    }

    @Test
    void aPlanAfterTheCopyChangedSeesTheNewBusyTimeAndTitles() throws IOException {
        MentorshipSession source = session("2026-12-01T10:00");
        BusySource calendar = busy.sources().get(0);
        assertThat(duplication.plan(Actor.owner(), weekly(source, ConflictPolicy.KEEP)).count(CopyFlag.BUSY)).isEqualTo(1);

        busy.showTitles(calendar.id(), true);
        DuplicationPlan titled = duplication.plan(Actor.owner(), weekly(source, ConflictPolicy.KEEP));
        // the meeting moves to the 15th and the file is read again
        Files.writeString(Path.of(calendar.address()), Files.readString(Path.of(calendar.address()))
                .replace("20261208T153000Z", "20261215T153000Z").replace("20261208T163000Z", "20261215T163000Z"));
        assertThat(busy.refresh(calendar.id(), "").failed()).isFalse();
        DuplicationPlan moved = duplication.plan(Actor.owner(), weekly(source, ConflictPolicy.KEEP));

        assertThat(titled.copies()).flatExtracting(PlannedCopy::notes).singleElement().asString().contains("\"Team meeting\"");
        assertThat(moved.copies()).filteredOn(c -> c.has(CopyFlag.BUSY)).extracting(PlannedCopy::date)
                .containsExactly(LocalDate.parse("2026-12-15"));
    }
}
