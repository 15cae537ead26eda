package org.mentorplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.port.CalendarOutbox;
import org.mentorplanner.service.port.CalendarPush;
import org.mentorplanner.service.port.Repositories;

/** CalDAV bookkeeping and the outbox derived from it, on a real migrated SQLite file. */
class CalendarPushRepositoryTest extends StoreTestBase {

    private static final String TEAM = "https://dav.example.org/team/";
    private static final String OTHER = "https://dav.example.org/other/";
    private static final Instant PUSHED = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void aPushReadsBackAndASecondPushOfTheSameHrefReplacesIt() {
        MentorshipSession session = published("2026-12-01T10:00");
        CalendarPush first = push(TEAM, session, "\"e1\"");
        db.storage.transactVoid(r -> r.calendarPushes().save(first));
        assertThat(all(TEAM)).containsExactly(first);

        CalendarPush second = new CalendarPush(TEAM, first.href(), session.id(), session.createdAt(), null, 3, PUSHED.plusSeconds(60));
        db.storage.transactVoid(r -> r.calendarPushes().save(second));
        assertThat(all(TEAM)).containsExactly(second);
        assertThat(all(OTHER)).isEmpty();

        assertThat(db.storage.transact((Repositories r) -> r.calendarPushes().delete(TEAM, first.href()))).isTrue();
        assertThat(db.storage.transact((Repositories r) -> r.calendarPushes().delete(TEAM, first.href()))).isFalse();
        assertThat(all(TEAM)).isEmpty();
    }

    @Test
    void outboxHoldsPublishedUnrestrictedSessionsNeverPushedOrChangedSince() {
        MentorshipSession neverPushed = published("2026-12-01T10:00");
        MentorshipSession unchanged = published("2026-12-01T12:00");
        MentorshipSession edited = published("2026-12-01T14:00");
        db.saved(db.ada, "2026-12-02T10:00", Duration.ofHours(1)); // a draft: never pushed
        Group juniors = db.storage.transact(r -> r.groups().insert("Juniors"));
        MentorshipSession restricted = published("2026-12-02T12:00");
        update(new MentorshipSession(restricted.id(), withGroups(restricted.details(), Set.of(juniors.id())), restricted.zone(),
                restricted.status(), null, restricted.bookingToken(), restricted.revision(), restricted.createdAt(), restricted.updatedAt()));
        save(push(TEAM, unchanged, "\"u\""));
        save(push(TEAM, edited, "\"e\""));
        update(revised(edited));

        CalendarOutbox outbox = outbox(TEAM);

        assertThat(outbox.sessionIdsToPush()).containsExactlyInAnyOrder(neverPushed.id(), edited.id());
        assertThat(outbox.toRemove()).isEmpty();
        // Another collection has its own bookkeeping: everything is new there.
        assertThat(outbox(OTHER).sessionIdsToPush()).containsExactlyInAnyOrder(neverPushed.id(), unchanged.id(), edited.id());
    }

    @Test
    void outboxRemovesPushedSessionsNowCancelledUnpublishedRestrictedOrDeleted() {
        MentorshipSession cancelled = published("2026-12-01T10:00");
        MentorshipSession unpublished = published("2026-12-01T12:00");
        MentorshipSession deleted = published("2026-12-01T14:00");
        MentorshipSession restricted = published("2026-12-01T16:00");
        MentorshipSession kept = published("2026-12-01T18:00");
        for (MentorshipSession session : List.of(cancelled, unpublished, deleted, restricted, kept)) {
            save(push(TEAM, session, "\"x\""));
        }
        update(StoreFixture.withStatus(revised(cancelled), SessionStatus.CANCELLED, null));
        update(StoreFixture.withStatus(revised(unpublished), SessionStatus.DRAFT, null));
        db.storage.transact(r -> r.sessions().delete(deleted.id()));
        Group juniors = db.storage.transact(r -> r.groups().insert("Juniors"));
        MentorshipSession revisedRestricted = revised(restricted);
        update(new MentorshipSession(restricted.id(), withGroups(restricted.details(), Set.of(juniors.id())), restricted.zone(),
                restricted.status(), null, restricted.bookingToken(), revisedRestricted.revision(), restricted.createdAt(), restricted.updatedAt()));

        CalendarOutbox outbox = outbox(TEAM);

        assertThat(outbox.toRemove()).extracting(CalendarPush::sessionId)
                                     .containsExactlyInAnyOrder(cancelled.id(), unpublished.id(), deleted.id(), restricted.id());
        assertThat(outbox.sessionIdsToPush()).isEmpty();
    }

    @Test
    void aNewSessionThatReusesADeletedOnesIdIsNewAndTheOldResourceIsRemoved() {
        MentorshipSession old = published("2026-12-01T10:00");
        save(push(TEAM, old, "\"x\""));
        db.storage.transact(r -> r.sessions().delete(old.id()));
        // SQLite hands the highest id out again once its row is gone; the creation time tells them apart.
        MentorshipSession draft = db.draft(db.ada, "2026-12-03T10:00", Duration.ofHours(1));
        MentorshipSession reused = db.storage.transact(r -> r.sessions().insert(StoreFixture.withStatus(
                new MentorshipSession(0, draft.details(), draft.zone(), draft.status(), null, null, 0,
                        StoreFixture.CREATED.plusSeconds(5), StoreFixture.CREATED.plusSeconds(5)),
                SessionStatus.PUBLISHED, "tok-reused")));
        assertThat(reused.id()).isEqualTo(old.id());

        CalendarOutbox outbox = outbox(TEAM);

        assertThat(outbox.sessionIdsToPush()).containsExactly(reused.id());
        assertThat(outbox.toRemove()).extracting(CalendarPush::href).containsExactly("/team/" + old.id() + "-" + old.createdAt().toEpochMilli() + ".ics");
    }

    private MentorshipSession published(String localStart) {
        MentorshipSession draft = db.draft(db.ada, localStart, Duration.ofHours(1));
        return db.storage.transact(r -> r.sessions().insert(
                StoreFixture.withStatus(draft, SessionStatus.PUBLISHED, "tok-" + localStart)));
    }

    private static MentorshipSession revised(MentorshipSession s) {
        return new MentorshipSession(s.id(), s.details(), s.zone(), s.status(), s.seriesId(), s.bookingToken(), s.revision() + 1,
                s.createdAt(), s.updatedAt());
    }

    private static SessionDetails withGroups(SessionDetails d, Set<Long> groups) {
        return new SessionDetails(d.mentorId(), d.menteeId(), d.locationId(), d.localStart(), d.duration(), d.method(),
                d.meetingUrl(), d.place(), groups, d.title(), d.notes());
    }

    private static CalendarPush push(String collection, MentorshipSession session, String etag) {
        String href = "/team/" + session.id() + "-" + session.createdAt().toEpochMilli() + ".ics";
        return new CalendarPush(collection, href, session.id(), session.createdAt(), etag, session.revision(), PUSHED);
    }

    private void update(MentorshipSession session) {
        db.storage.transactVoid(r -> r.sessions().update(session));
    }

    private void save(CalendarPush push) {
        db.storage.transactVoid(r -> r.calendarPushes().save(push));
    }

    private List<CalendarPush> all(String collection) {
        return db.storage.transact((Repositories r) -> r.calendarPushes().findAll(collection));
    }

    private CalendarOutbox outbox(String collection) {
        return db.storage.transact((Repositories r) -> r.calendarPushes().outbox(collection));
    }
}
