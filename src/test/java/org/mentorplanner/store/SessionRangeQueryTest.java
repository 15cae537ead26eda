package org.mentorplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.port.Repositories;
import org.mentorplanner.service.port.SessionQuery;

/** Range, overlap and filter queries on sessions. All times below are New York wall clock (UTC-5 in December). */
class SessionRangeQueryTest extends StoreTestBase {


    private static Instant ny(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("America/New_York")).toInstant();
    }

    private List<MentorshipSession> overlapping(long mentorId, String from, String to) {
        return db.storage.transact(r -> r.sessions().findOverlapping(mentorId, ny(from), ny(to)));
    }

    @Test
    void overlapFindsSessionsThatIntersectTheRange() {
        MentorshipSession tenToEleven = db.saved(db.ada, "2026-12-01T10:00", Duration.ofHours(1));

        assertThat(overlapping(db.ada.id(), "2026-12-01T10:30", "2026-12-01T10:45")).containsExactly(tenToEleven);
        assertThat(overlapping(db.ada.id(), "2026-12-01T09:00", "2026-12-01T10:01")).containsExactly(tenToEleven);
        assertThat(overlapping(db.ada.id(), "2026-12-01T10:59", "2026-12-01T12:00")).containsExactly(tenToEleven);
        assertThat(overlapping(db.ada.id(), "2026-12-01T09:00", "2026-12-01T12:00")).containsExactly(tenToEleven);
    }

    @Test
    void touchingEdgesDoNotOverlap() {
        db.saved(db.ada, "2026-12-01T10:00", Duration.ofHours(1));

        assertThat(overlapping(db.ada.id(), "2026-12-01T09:00", "2026-12-01T10:00")).isEmpty();
        assertThat(overlapping(db.ada.id(), "2026-12-01T11:00", "2026-12-01T12:00")).isEmpty();
    }

    @Test
    void cancelledSessionsDoNotOverlap() {
        MentorshipSession session = db.saved(db.ada, "2026-12-01T10:00", Duration.ofHours(1));
        db.storage.transactVoid(r -> r.sessions().update(StoreFixture.withStatus(session, SessionStatus.CANCELLED, null)));

        assertThat(overlapping(db.ada.id(), "2026-12-01T10:00", "2026-12-01T11:00")).isEmpty();
    }

    @Test
    void draftsAndPublishedSessionsDoOverlap() {
        MentorshipSession draft = db.saved(db.ada, "2026-12-01T10:00", Duration.ofHours(1));
        MentorshipSession published = db.saved(db.ada, "2026-12-01T10:30", Duration.ofHours(1));
        db.storage.transactVoid(r -> r.sessions().update(StoreFixture.withStatus(published, SessionStatus.PUBLISHED, "t1")));

        assertThat(overlapping(db.ada.id(), "2026-12-01T10:45", "2026-12-01T10:50"))
                .extracting(MentorshipSession::id).containsExactly(draft.id(), published.id());
    }

    @Test
    void otherMentorsSessionsDoNotOverlap() {
        db.saved(db.bob, "2026-12-01T10:00", Duration.ofHours(1));

        assertThat(overlapping(db.ada.id(), "2026-12-01T10:00", "2026-12-01T11:00")).isEmpty();
    }

    @Test
    void twelveHourSessionStartingLongBeforeTheRangeIsFound() {
        MentorshipSession night = db.saved(db.ada, "2026-12-01T20:00", Duration.ofHours(12));

        assertThat(overlapping(db.ada.id(), "2026-12-02T07:59", "2026-12-02T09:00")).containsExactly(night);
        assertThat(overlapping(db.ada.id(), "2026-12-02T08:00", "2026-12-02T09:00")).isEmpty();
    }

    @Test
    void sessionAcrossTheFallBackHourEndsAtItsRealInstant() {
        // 00:30 + 3h on the fall-back night ends at 02:30 wall clock (one hour repeats).
        MentorshipSession acrossDst = db.saved(db.ada, "2026-11-01T00:30", Duration.ofHours(3));

        assertThat(db.storage.transact((Repositories r) -> r.sessions().findOverlapping(db.ada.id(),
                Instant.parse("2026-11-01T07:00:00Z"), Instant.parse("2026-11-01T07:29:00Z")))).containsExactly(acrossDst);
        assertThat(db.storage.transact((Repositories r) -> r.sessions().findOverlapping(db.ada.id(),
                Instant.parse("2026-11-01T07:30:00Z"), Instant.parse("2026-11-01T08:00:00Z")))).isEmpty();
    }

    @Test
    void rangeLoadReturnsTheGivenMentorsSessionsOrderedByStart() {
        MentorshipSession adaLate = db.saved(db.ada, "2026-12-03T15:00", Duration.ofMinutes(30));
        MentorshipSession bobEarly = db.saved(db.bob, "2026-12-01T09:00", Duration.ofMinutes(30));
        MentorshipSession adaEarly = db.saved(db.ada, "2026-12-01T09:00", Duration.ofMinutes(30));
        MentorshipSession adaCancelled = db.saved(db.ada, "2026-12-02T09:00", Duration.ofMinutes(30));
        db.storage.transactVoid(r -> r.sessions().update(StoreFixture.withStatus(adaCancelled, SessionStatus.CANCELLED, null)));
        db.saved(db.ada, "2026-12-08T09:00", Duration.ofMinutes(30)); // next week
        db.saved(db.ada, "2026-11-29T23:00", Duration.ofMinutes(30)); // ends before the week

        List<MentorshipSession> week = db.storage.transact(r -> r.sessions().findInRange(
                List.of(db.ada.id(), db.bob.id()), ny("2026-11-30T00:00"), ny("2026-12-07T00:00")));

        assertThat(week).extracting(MentorshipSession::id)
                        .containsExactly(bobEarly.id(), adaEarly.id(), adaCancelled.id(), adaLate.id());
        assertThat(db.storage.transact((Repositories r) -> r.sessions().findInRange(List.of(), ny("2026-11-30T00:00"), ny("2026-12-07T00:00"))))
                .isEmpty();
    }

    @Test
    void rangeLoadFindsASessionReachingIntoTheRange() {
        MentorshipSession overnight = db.saved(db.ada, "2026-11-29T20:00", Duration.ofHours(6));

        assertThat(db.storage.transact((Repositories r) -> r.sessions().findInRange(List.of(db.ada.id()), ny("2026-11-30T00:00"), ny("2026-12-07T00:00"))))
                .containsExactly(overnight);
    }

    @Test
    void queryFiltersByMentorMenteeTimeAndStatus() {
        MentorshipSession booked = db.saved(db.ada, "2026-12-01T10:00", Duration.ofMinutes(30));
        SessionDetails withMia = booked.details().withMentee(db.mia.id());
        MentorshipSession bookedWithMia = new MentorshipSession(booked.id(), withMia, booked.zone(), SessionStatus.PUBLISHED,
                null, "t-mia", 1, booked.createdAt(), booked.updatedAt(), booked.uid());
        db.storage.transactVoid(r -> r.sessions().update(bookedWithMia));
        MentorshipSession adaDraft = db.saved(db.ada, "2026-12-10T10:00", Duration.ofMinutes(30));
        MentorshipSession bobDraft = db.saved(db.bob, "2026-12-02T10:00", Duration.ofMinutes(30));

        assertThat(find(SessionQuery.all())).containsExactly(bookedWithMia, bobDraft, adaDraft);
        assertThat(find(SessionQuery.all().withMentors(Set.of(db.ada.id())))).containsExactly(bookedWithMia, adaDraft);
        assertThat(find(SessionQuery.all().withMentee(db.mia.id()))).containsExactly(bookedWithMia);
        assertThat(find(SessionQuery.all().withStatuses(Set.of(SessionStatus.DRAFT)))).containsExactly(bobDraft, adaDraft);
        assertThat(find(SessionQuery.all().between(ny("2026-12-01T10:29"), ny("2026-12-02T10:00")))).containsExactly(bookedWithMia);
        assertThat(find(SessionQuery.all().between(ny("2026-12-02T00:00"), null))).containsExactly(bobDraft, adaDraft);
        assertThat(find(SessionQuery.all().between(null, ny("2026-12-02T00:00")))).containsExactly(bookedWithMia);
        assertThat(find(new SessionQuery(Set.of(db.ada.id(), db.bob.id()), null, ny("2026-12-01T00:00"), ny("2026-12-31T00:00"),
                Set.of(SessionStatus.DRAFT, SessionStatus.PUBLISHED)))).containsExactly(bookedWithMia, bobDraft, adaDraft);
    }

    private List<MentorshipSession> find(SessionQuery query) {
        return db.storage.transact(r -> r.sessions().find(query));
    }
}
