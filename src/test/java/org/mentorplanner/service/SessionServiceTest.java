package org.mentorplanner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.NotFoundException;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.port.SessionQuery;

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

    private MentorshipSession draft() {
        return sessions.create(Actor.owner(), details(ada, LocalDateTime.parse("2026-12-01T10:00")), false).session();
    }

    @Test
    void saveAndPublishWritesTheEditAndTheLinkInOneChange() {
        MentorshipSession draft = draft();
        SessionDetails moved = draft.details().withLocalStart(LocalDateTime.parse("2026-12-02T11:00"));

        MentorshipSession saved = sessions.update(Actor.owner(), draft.id(), moved, true).session();

        assertThat(saved.details()).isEqualTo(moved);
        assertThat(saved.status()).isEqualTo(SessionStatus.PUBLISHED);
        assertThat(saved.bookingToken()).isNotNull();
        assertThat(saved.revision()).as("one change, one revision").isEqualTo(draft.revision() + 1);
        assertThat(sessions.require(draft.id())).isEqualTo(saved);
    }

    @Test
    void aRefusedEditIsNotPublishedEither() {
        MentorshipSession draft = draft();
        SessionDetails withoutUrl = new SessionDetails(draft.details().mentorId(), null, draft.details().locationId(),
                draft.details().localStart(), draft.details().duration(), EnrollmentMethod.ONLINE,
                null, null, draft.details().groupIds(), draft.details().title(), draft.details().notes());

        assertThatThrownBy(() -> sessions.update(Actor.owner(), draft.id(), withoutUrl, true))
                .isInstanceOf(InvalidInputException.class);

        assertThat(sessions.require(draft.id())).as("neither edited nor published").isEqualTo(draft);
    }

    @Test
    void draftHasNoTokenAndPublishGivesOne() {
        MentorshipSession draft = draft();

        MentorshipSession published = sessions.publish(Actor.owner(), draft.id());

        assertThat(draft.bookingToken()).isNull();
        assertThat(published.status()).isEqualTo(SessionStatus.PUBLISHED);
        assertThat(published.bookingToken()).hasSize(22).matches("[A-Za-z0-9_-]+");
        assertThat(published.revision()).isEqualTo(draft.revision() + 1);
        assertThat(sessions.require(draft.id())).isEqualTo(published);
    }

    @Test
    void publishingAPublishedSessionChangesNothing() {
        MentorshipSession published = sessions.publish(Actor.owner(), draft().id());

        assertThat(sessions.publish(Actor.owner(), published.id())).isEqualTo(published);
    }

    @Test
    void unpublishRevokesTheLinkAndRepublishMakesANewOne() {
        MentorshipSession published = sessions.publish(Actor.owner(), draft().id());

        MentorshipSession unpublished = sessions.unpublish(Actor.owner(), published.id());
        MentorshipSession republished = sessions.publish(Actor.owner(), published.id());

        assertThat(unpublished.status()).isEqualTo(SessionStatus.DRAFT);
        assertThat(unpublished.bookingToken()).isNull();
        assertThat(republished.bookingToken()).isNotNull().isNotEqualTo(published.bookingToken());
        assertThat(republished.revision()).isEqualTo(published.revision() + 2);
        assertThat(workspace.service(SessionService.class).list(SessionQuery.all()))
                .extracting(MentorshipSession::bookingToken).containsExactly(republished.bookingToken());
    }

    @Test
    void bookedSessionCannotBeUnpublished() {
        MentorshipSession booked = sessions.create(Actor.owner(),
                details(ada, LocalDateTime.parse("2026-12-01T10:00")).withMentee(mia.id()), false).session();

        assertThatThrownBy(() -> sessions.unpublish(Actor.owner(), booked.id()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Session #" + booked.id() + " is booked: remove the mentee or cancel it instead of unpublishing.");
        assertThat(sessions.require(booked.id())).isEqualTo(booked);
    }

    @Test
    void cancelRevokesTheLinkAndFreezesTheSession() {
        MentorshipSession published = sessions.publish(Actor.owner(), draft().id());

        MentorshipSession cancelled = sessions.cancel(Actor.owner(), published.id());

        assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(cancelled.bookingToken()).isNull();
        assertThat(cancelled.revision()).isEqualTo(published.revision() + 1);
        assertThatThrownBy(() -> sessions.publish(Actor.owner(), published.id()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is cancelled");
        assertThatThrownBy(() -> sessions.update(Actor.owner(), published.id(), published.details()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is cancelled");
        assertThatThrownBy(() -> sessions.regenerateLink(Actor.owner(), published.id()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void regenerateLinkGivesAPublishedSessionANewToken() {
        MentorshipSession published = sessions.publish(Actor.owner(), draft().id());

        MentorshipSession regenerated = sessions.regenerateLink(Actor.owner(), published.id());

        assertThat(regenerated.bookingToken()).isNotNull().isNotEqualTo(published.bookingToken());
        assertThat(regenerated.status()).isEqualTo(SessionStatus.PUBLISHED);
        assertThat(regenerated.revision()).isEqualTo(published.revision() + 1);
    }

    @Test
    void draftHasNoLinkToRegenerate() {
        MentorshipSession draft = draft();

        assertThatThrownBy(() -> sessions.regenerateLink(Actor.owner(), draft.id()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Only published sessions have a booking link; publish session #" + draft.id() + " first.");
    }

    @Test
    void onlyDraftsAreDeleted() {
        MentorshipSession draft = draft();
        MentorshipSession published = sessions.publish(Actor.owner(), draft().id());

        sessions.delete(Actor.owner(), draft.id());

        assertThat(sessions.find(draft.id())).isEmpty();
        assertThatThrownBy(() -> sessions.delete(Actor.owner(), published.id()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Only drafts can be deleted; cancel session #" + published.id() + " instead.");
        assertThat(sessions.find(published.id())).contains(published);
    }

    @Test
    void deletedDraftIsRestoredWithItsIdAndAHigherRevision() {
        MentorshipSession draft = draft();
        sessions.delete(Actor.owner(), draft.id());

        MentorshipSession restored = sessions.restore(Actor.owner(), draft);

        assertThat(restored.id()).isEqualTo(draft.id());
        assertThat(restored.revision()).isGreaterThan(draft.revision());
        assertThat(sessions.require(draft.id())).isEqualTo(restored);
    }

    @Test
    void everyChangeGrowsTheRevision() {
        MentorshipSession draft = draft();
        MentorshipSession edited = sessions.update(Actor.owner(), draft.id(),
                draft.details().withDuration(Duration.ofMinutes(60))).session();
        MentorshipSession published = sessions.publish(Actor.owner(), draft.id());
        MentorshipSession relinked = sessions.regenerateLink(Actor.owner(), draft.id());
        MentorshipSession cancelled = sessions.cancel(Actor.owner(), draft.id());

        assertThat(List.of(draft, edited, published, relinked, cancelled))
                .extracting(MentorshipSession::revision).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void mentorMayNotPublishAnotherMentorsSession() {
        MentorshipSession bobs = sessions.create(Actor.owner(), details(bob, LocalDateTime.parse("2026-12-01T10:00")), false).session();

        assertThatThrownBy(() -> sessions.publish(Actor.of(ada), bobs.id()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Session #" + bobs.id() + " belongs to Bob; as a mentor you can only change your own sessions.");
        assertThat(sessions.require(bobs.id()).isDraft()).isTrue();
    }

    @Test
    void unknownSessionIsReportedByNumber() {
        assertThatThrownBy(() -> sessions.publish(Actor.owner(), 404))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("No session #404.");
    }

    @Test
    void refusedCreateSavesNothing() {
        SessionDetails tooLong = details(ada, LocalDateTime.parse("2026-12-01T10:00")).withDuration(Duration.ofHours(13));

        assertThatThrownBy(() -> sessions.create(Actor.owner(), tooLong, true)).isInstanceOf(InvalidInputException.class);
        assertThat(sessions.list(SessionQuery.all())).isEmpty();
    }
}
