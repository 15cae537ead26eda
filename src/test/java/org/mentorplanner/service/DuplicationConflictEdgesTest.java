package org.mentorplanner.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.recurrence.Frequency;
import org.mentorplanner.domain.recurrence.Recurrence;
import org.mentorplanner.domain.recurrence.RecurrenceEnd;
import org.mentorplanner.service.port.SessionQuery;

/**
 * Which stored sessions a bulk duplicate's copies conflict with: exactly those of the same
 * mentor that are not cancelled and overlap the copy by more than a touch, the earliest-starting
 * one named, however far before the copy it starts. Times are New York wall clock.
 */
class DuplicationConflictEdgesTest extends SampleOrganisationTest {

    private SessionService sessions;
    private DuplicationService duplication;

    @BeforeEach
    void findServices() {
        sessions = workspace.service(SessionService.class);
        duplication = workspace.service(DuplicationService.class);
    }

    private MentorshipSession session(Person mentor, String start, Duration duration) {
        SessionDetails details = new SessionDetails(mentor.id(), null, newYork.id(), LocalDateTime.parse(start), duration,
                EnrollmentMethod.IN_PERSON, null, "Room 4", Set.of(), "History", "");
        return sessions.create(Actor.owner(), details, false).session();
    }

    private static DuplicationRequest weekly(int copies, MentorshipSession... sources) {
        return DuplicationRequest.of(List.of(sources).stream().map(MentorshipSession::id).toList(),
                new Recurrence(Frequency.weekly(), RecurrenceEnd.count(copies))).onConflict(ConflictPolicy.SKIP);
    }

    @Test
    void touchingIsNoConflictAMinuteOverlapIsAndTheEarliestStartIsNamed() {
        MentorshipSession source = session(ada, "2026-12-01T10:00", Duration.ofMinutes(45));
        session(ada, "2026-12-08T09:15", Duration.ofMinutes(45)); // ends as the copy starts
        session(ada, "2026-12-08T10:45", Duration.ofMinutes(45)); // starts as the copy ends
        session(bob, "2026-12-08T10:00", Duration.ofMinutes(45)); // another mentor
        MentorshipSession intoTheStart = session(ada, "2026-12-15T09:16", Duration.ofMinutes(45));
        MentorshipSession intoTheEnd = session(ada, "2026-12-22T10:44", Duration.ofMinutes(45));
        sessions.cancel(Actor.owner(), session(ada, "2026-12-29T10:00", Duration.ofMinutes(45)).id());
        MentorshipSession overnight = session(ada, "2027-01-04T22:46", Duration.ofHours(12)); // ends 10:46
        session(ada, "2027-01-05T10:30", Duration.ofMinutes(45)); // overlaps too, starts later

        DuplicationPlan plan = duplication.plan(Actor.owner(), weekly(5, source));

        assertThat(plan.copies()).extracting(PlannedCopy::date).containsExactly(LocalDate.of(2026, 12, 8),
                LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 5));
        assertThat(plan.copies()).extracting(PlannedCopy::created).containsExactly(true, false, false, true, false);
        assertThat(plan.copies().get(1).notes()).singleElement().asString()
                .startsWith("Conflict: overlaps session #" + intoTheStart.id() + " (2026-12-15 09:16–10:01)");
        assertThat(plan.copies().get(2).notes()).singleElement().asString()
                .startsWith("Conflict: overlaps session #" + intoTheEnd.id() + " (2026-12-22 10:44–11:29)");
        assertThat(plan.copies().get(4).notes()).singleElement().asString()
                .startsWith("Conflict: overlaps session #" + overnight.id() + " (2027-01-04 22:46–10:46)");
    }

    @Test
    void aSeededHistoryGivesTheConflictsACheckOfEverySessionGives() {
        Random random = new Random(15);
        List<Person> mentors = List.of(ada, bob);
        LocalDateTime first = LocalDateTime.parse("2026-12-01T00:00");
        for (int i = 0; i < 400; i++) {
            Person mentor = mentors.get(random.nextInt(2));
            // any day of twelve weeks, 07:00 to 21:45, so that many land near the copies
            String start = first.plusDays(random.nextInt(12 * 7)).plusHours(7).plusMinutes(15L * random.nextInt(60)).toString();
            MentorshipSession made = session(mentor, start, Duration.ofMinutes(15L * (1 + random.nextInt(random.nextInt(8) == 0 ? 48 : 6))));
            if (random.nextInt(10) == 0) {
                sessions.cancel(Actor.owner(), made.id());
            }
        }
        MentorshipSession adaSource = session(ada, "2026-11-24T10:00", Duration.ofMinutes(45));
        MentorshipSession bobSource = session(bob, "2026-11-25T18:30", Duration.ofHours(2));
        List<MentorshipSession> history = sessions.list(SessionQuery.all()).stream().filter(s -> !s.isCancelled()).toList();

        DuplicationPlan plan = duplication.plan(Actor.owner(), weekly(12, adaSource, bobSource));

        assertThat(plan.copies()).hasSize(24);
        for (PlannedCopy copy : plan.copies()) {
            Optional<MentorshipSession> earliest = history.stream()
                    .filter(s -> s.mentorId() == copy.mentorId())
                    .filter(s -> s.startInstant().isBefore(copy.end().toInstant()) && s.endInstant().isAfter(copy.start().toInstant()))
                    .min(Comparator.comparing(MentorshipSession::startInstant).thenComparingLong(MentorshipSession::id));
            assertThat(copy.has(CopyFlag.CONFLICT)).as("conflict of the copy on %s", copy.date()).isEqualTo(earliest.isPresent());
            earliest.ifPresent(s -> assertThat(copy.notes().get(0)).contains("overlaps session #" + s.id() + " ("));
        }
        assertThat(plan.count(CopyFlag.CONFLICT)).isBetween(3, 21);
    }
}
