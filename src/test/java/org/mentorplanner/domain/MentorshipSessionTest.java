package org.mentorplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The session record's status rules and its with… methods (moved here from the session service). */
class MentorshipSessionTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T12:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-02T08:00:00Z");

    private static MentorshipSession session(SessionStatus status, Long mentee, String token) {
        SessionDetails details = new SessionDetails(1, mentee, 2, LocalDateTime.parse("2026-12-01T10:00"), Duration.ofMinutes(45),
                EnrollmentMethod.IN_PERSON, null, "Room 4", Set.of(), "Career chat", "");
        return new MentorshipSession(7, details, ZoneId.of("Europe/Berlin"), status, "series-1", token, 3, CREATED, CREATED,
                "uid-7@mentor-planner");
    }

    @Test
    void publishingADraftGivesItTheLinkAndKeepsEverythingElse() {
        MentorshipSession draft = session(SessionStatus.DRAFT, null, null);

        MentorshipSession published = draft.withStatus(SessionStatus.PUBLISHED, "token-1");

        assertThat(published.status()).isEqualTo(SessionStatus.PUBLISHED);
        assertThat(published.bookingToken()).isEqualTo("token-1");
        assertThat(published).usingRecursiveComparison().ignoringFields("status", "bookingToken").isEqualTo(draft);
    }

    @Test
    void leavingPublishedRevokesTheLink() {
        MentorshipSession published = session(SessionStatus.PUBLISHED, null, "token-1");

        assertThat(published.withStatus(SessionStatus.DRAFT, "ignored").bookingToken()).isNull();
        assertThat(published.withStatus(SessionStatus.CANCELLED, "ignored").bookingToken()).isNull();
    }

    @Test
    void theSameStatusChangesNothing() {
        MentorshipSession cancelled = session(SessionStatus.CANCELLED, null, null);

        assertThat(cancelled.withStatus(SessionStatus.CANCELLED, "token")).isSameAs(cancelled);
    }

    @Test
    void aCancelledSessionNoLongerChanges() {
        MentorshipSession cancelled = session(SessionStatus.CANCELLED, null, null);

        assertThatThrownBy(() -> cancelled.withStatus(SessionStatus.PUBLISHED, "token"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Session #7 is cancelled and can no longer be changed.");
        assertThatThrownBy(cancelled::requireChangeable).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aBookedSessionIsNotTakenBackToDraft() {
        MentorshipSession booked = session(SessionStatus.PUBLISHED, 5L, "token-1");

        assertThatThrownBy(() -> booked.withStatus(SessionStatus.DRAFT, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is booked: remove the mentee or cancel it");
        assertThat(booked.withStatus(SessionStatus.CANCELLED, null).status()).isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void aRevisionIsTheNextOneAtItsTime() {
        MentorshipSession session = session(SessionStatus.DRAFT, null, null);

        MentorshipSession revised = session.revised(LATER);

        assertThat(revised.revision()).isEqualTo(4);
        assertThat(revised.updatedAt()).isEqualTo(LATER);
        assertThat(revised.createdAt()).isEqualTo(CREATED);
        assertThat(session.revisedAfter(9, LATER).revision()).as("above the stored copy's").isEqualTo(10);
        assertThat(session.revisedAfter(1, LATER).revision()).as("above its own").isEqualTo(4);
    }

    @Test
    void withIdAndWithDetailsChangeOnlyTheirFields() {
        MentorshipSession session = session(SessionStatus.PUBLISHED, null, "token-1");
        SessionDetails moved = session.details().withLocalStart(LocalDateTime.parse("2026-12-02T09:00"));

        assertThat(session.withId(42)).usingRecursiveComparison().ignoringFields("id").isEqualTo(session);
        assertThat(session.withId(42).id()).isEqualTo(42);
        MentorshipSession elsewhere = session.withDetails(moved, ZoneId.of("America/New_York"));
        assertThat(elsewhere.details()).isEqualTo(moved);
        assertThat(elsewhere.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(elsewhere).usingRecursiveComparison().ignoringFields("details", "zone").isEqualTo(session);
    }

    @Test
    void bookingStateWordsAreTheOnesEveryFrontEndUses() {
        assertThat(BookingState.of(session(SessionStatus.DRAFT, null, null)).word()).isEqualTo("draft");
        assertThat(BookingState.of(session(SessionStatus.PUBLISHED, null, "t")).word()).isEqualTo("open");
        assertThat(BookingState.of(session(SessionStatus.PUBLISHED, 5L, "t")).word()).isEqualTo("booked");
        assertThat(BookingState.of(session(SessionStatus.CANCELLED, 5L, null)).word()).isEqualTo("cancelled");
    }
}
