package org.mentorplanner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;

class SessionServiceTest {

    @TempDir
    Path folder;

    private GuiceWorkspace workspace;
    private SessionService sessions;
    private Person ada;
    private Person bob;
    private Person mia;
    private Location newYork;

    @BeforeEach
    void openWorkspace() {
        workspace = GuiceWorkspace.open(folder.resolve("planner.db"),
                Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC));
        DirectoryService directory = workspace.service(DirectoryService.class);
        ada = directory.savePerson(new DirectoryService.PersonInput("ada@example.org", "Ada", Set.of(Role.MENTOR), Set.of("Women in Tech")));
        bob = directory.savePerson(new DirectoryService.PersonInput("bob@example.org", "Bob", Set.of(Role.MENTOR), Set.of()));
        mia = directory.savePerson(new DirectoryService.PersonInput("mia@example.org", "Mia", Set.of(Role.MENTEE), Set.of()));
        newYork = directory.saveLocation(new DirectoryService.LocationInput("New York office", "America/New_York", "in-person"));
        sessions = workspace.service(SessionService.class);
    }

    @AfterEach
    void close() {
        workspace.close();
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
