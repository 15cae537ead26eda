package org.mentorplanner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;

class SessionServiceTest extends SampleOrganisationTest {

    private SessionService sessions;

    @BeforeEach
    void findServices() {
        sessions = workspace.service(SessionService.class);
    }

    private SessionDetails details(Person mentor, LocalDateTime start) {
        return new SessionDetails(mentor.id(), null, newYork.id(), start, Duration.ofMinutes(45),
                EnrollmentMethod.IN_PERSON, null, "Room 4", Set.of(), "Career chat", "");
    }

    @Test
    void createdSessionReadsBackWithEveryField() {
        MentorshipSession saved = sessions.create(Actor.owner(), details(ada, LocalDateTime.parse("2026-12-01T10:00")), false).session();

        MentorshipSession read = sessions.require(saved.id());

        assertThat(read).isEqualTo(saved);
        assertThat(read.status()).isEqualTo(SessionStatus.DRAFT);
        assertThat(read.bookingToken()).isNull();
        assertThat(read.startInstant()).isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
    }

    @Test
    void startInSpringForwardGapIsShiftedAndReported() {
        SaveResult result = sessions.create(Actor.owner(), details(ada, LocalDateTime.parse("2026-03-08T02:30")), false);

        assertThat(result.session().details().localStart()).isEqualTo(LocalDateTime.parse("2026-03-08T03:30"));
        assertThat(result.notices()).singleElement().asString().contains("02:30 does not exist");
    }

    @Test
    void directMenteeAddBooksAtOnce() {
        SaveResult result = sessions.create(Actor.owner(), details(ada, LocalDateTime.parse("2026-12-01T10:00")).withMentee(mia.id()), false);

        assertThat(result.session().status()).isEqualTo(SessionStatus.PUBLISHED);
        assertThat(result.session().isBooked()).isTrue();
        assertThat(result.session().bookingToken()).hasSize(22);
    }

    @Test
    void mentorMayNotScheduleForAnotherMentor() {
        assertThatThrownBy(() -> sessions.create(Actor.of(ada), details(bob, LocalDateTime.parse("2026-12-01T10:00")), false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("only schedule your own sessions");
    }

    @Test
    void rangeLoadFindsOnlyOverlappingSessionsOfTheGivenMentors() {
        sessions.create(Actor.owner(), details(ada, LocalDateTime.parse("2026-12-01T10:00")), false);
        sessions.create(Actor.owner(), details(ada, LocalDateTime.parse("2026-12-09T10:00")), false);
        sessions.create(Actor.owner(), details(bob, LocalDateTime.parse("2026-12-02T10:00")), false);

        var week = sessions.loadRange(Set.of(ada.id()), Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-12-07T00:00:00Z"));

        assertThat(week).singleElement().extracting(s -> s.details().localStart()).isEqualTo(LocalDateTime.parse("2026-12-01T10:00"));
    }
}
