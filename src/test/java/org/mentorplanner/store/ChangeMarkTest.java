package org.mentorplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.LocationKind;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.port.CalendarOutbox;
import org.mentorplanner.service.port.CalendarPush;
import org.mentorplanner.service.port.Repositories;

/**
 * The change numbers of migration V5 (ADR 0043): every write that changes what a session's event
 * says gets one above all before, so the outbox since a mark is the outbox of what changed since.
 */
class ChangeMarkTest extends StoreTestBase {

    private static final String TEAM = "https://dav.example.org/team/";
    private static final String OTHER = "https://dav.example.org/other/";
    private static final Instant PUSHED = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void theOutboxSinceAMarkIsTheOutboxOfTheSessionsChangedSince() {
        MentorshipSession kept = published("2026-12-01T08:00");
        MentorshipSession edited = published("2026-12-01T10:00");
        MentorshipSession cancelled = published("2026-12-01T12:00");
        MentorshipSession deleted = published("2026-12-01T14:00");
        MentorshipSession restricted = published("2026-12-01T16:00");
        MentorshipSession neverPushed = published("2026-12-01T18:00");
        for (MentorshipSession session : List.of(kept, edited, cancelled, deleted, restricted)) {
            save(push(TEAM, session));
        }
        long mark = mark();

        update(revised(edited));
        update(StoreFixture.withStatus(revised(cancelled), SessionStatus.CANCELLED, null));
        db.storage.transact(r -> r.sessions().delete(deleted.id()));
        Group juniors = db.storage.transact(r -> r.groups().insert("Juniors"));
        update(withGroups(revised(restricted), Set.of(juniors.id())));
        MentorshipSession added = published("2026-12-02T10:00");

        CalendarOutbox since = db.storage.transact((Repositories r) -> r.calendarPushes().outboxSince(TEAM, mark));
        assertThat(since.sessionIdsToPush()).containsExactlyInAnyOrder(edited.id(), added.id());
        assertThat(since.toRemove()).extracting(CalendarPush::sessionId)
                                    .containsExactlyInAnyOrder(cancelled.id(), deleted.id(), restricted.id());
        assertThat(db.storage.transact((Repositories r) -> r.calendarPushes().findChangedSince(TEAM, mark)))
                .extracting(CalendarPush::sessionId).containsExactlyInAnyOrder(edited.id(), cancelled.id(), deleted.id(), restricted.id());
        // The whole outbox also holds what was left before the mark: a sync only trusts a mark it finished.
        CalendarOutbox all = db.storage.transact((Repositories r) -> r.calendarPushes().outbox(TEAM));
        assertThat(all.sessionIdsToPush()).containsExactlyInAnyOrder(edited.id(), added.id(), neverPushed.id());
        assertThat(all.toRemove()).isEqualTo(since.toRemove());
        assertThat(db.storage.transact((Repositories r) -> r.calendarPushes().outboxSince(TEAM, mark())).isEmpty()).isTrue();
    }

    @Test
    void aChangeOfWhatAnEventShowsOfPeoplePlacesOrThePortalIsANewRevisionOfItsSessions() {
        MentorshipSession adas = book(published("2026-12-01T10:00"), db.mia);
        MentorshipSession bobs = db.storage.transact(r -> r.sessions().insert(StoreFixture.withStatus(
                atLocation(db.draft(db.bob, "2026-12-01T12:00", Duration.ofHours(1)), db.london), SessionStatus.PUBLISHED, "tok-bob")));
        MentorshipSession draft = db.saved(db.bob, "2026-12-03T10:00", Duration.ofHours(1));

        long before = mark();
        db.storage.transactVoid(r -> r.people().update(new Person(db.ada.id(), db.ada.email(), "Ada King", db.ada.roles())));
        assertRevisions(adas, 1, bobs, 0, draft, 0);
        assertThat(mark()).isGreaterThan(before);
        assertThat(outboxSince(before).sessionIdsToPush()).containsExactly(adas.id());

        db.storage.transactVoid(r -> r.people().update(new Person(db.ada.id(), db.ada.email(), "Ada King", db.ada.roles())));
        assertRevisions(adas, 1, bobs, 0, draft, 0); // saved again as it was: nothing to show
        db.storage.transactVoid(r -> r.people().update(new Person(db.mia.id(), "MIA@example.org", db.mia.name(), db.mia.roles())));
        assertRevisions(adas, 2, bobs, 0, draft, 0); // the mentee's address, even in another case
        db.storage.transactVoid(r -> r.locations().update(new Location(db.newYork.id(), "New York Office", db.newYork.zone(),
                db.newYork.kind())));
        assertRevisions(adas, 3, bobs, 0, draft, 1); // every session there, drafts too (a planning calendar shows them)
        db.storage.transactVoid(r -> r.locations().update(new Location(db.london.id(), db.london.name(), db.london.zone(),
                LocationKind.IN_PERSON)));
        assertRevisions(adas, 3, bobs, 1, draft, 1);
        db.storage.transactVoid(r -> r.settings().put("portal.base-url", "https://book.example.org/"));
        assertRevisions(adas, 4, bobs, 2, draft, 1); // the booking link; a draft has none
        db.storage.transactVoid(r -> r.settings().put("portal.base-url", "https://book.example.org/"));
        assertRevisions(adas, 4, bobs, 2, draft, 1);
        db.storage.transactVoid(r -> r.settings().remove("portal.base-url"));
        assertRevisions(adas, 5, bobs, 3, draft, 1);
        db.storage.transactVoid(r -> r.settings().put("me.email", "bob@example.org"));
        assertRevisions(adas, 5, bobs, 3, draft, 1);
    }

    @Test
    void everyChangeGetsANumberAboveAllBeforeEvenWhenTheNewestSessionIsChangedAgain() {
        MentorshipSession session = published("2026-12-01T10:00");
        long first = mark();
        update(revised(session));
        long second = mark();
        update(revised(revised(session)));
        long third = mark();
        db.storage.transact(r -> r.sessions().delete(session.id()));

        assertThat(first).isPositive();
        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
        assertThat(mark()).isGreaterThan(third);
    }

    @Test
    void resourcesAreCountedPerCollectionAsTheyAreRecordedAndForgotten() {
        MentorshipSession one = published("2026-12-01T10:00");
        MentorshipSession two = published("2026-12-01T12:00");
        save(push(TEAM, one));
        save(push(TEAM, two));
        save(push(OTHER, one));
        save(push(TEAM, revised(one))); // the same href again: replaced, not added

        assertThat(count(TEAM)).isEqualTo(2);
        assertThat(count(OTHER)).isEqualTo(1);
        db.storage.transact((Repositories r) -> r.calendarPushes().delete(TEAM, push(TEAM, two).href()));
        assertThat(count(TEAM)).isEqualTo(1);
        assertThat(count("https://dav.example.org/never/")).isZero();
    }

    @Test
    void aSyncedMarkIsKeptPerCollection() {
        assertThat(db.storage.transact((Repositories r) -> r.calendarPushes().syncedMark(TEAM))).isEmpty();
        save(push(TEAM, published("2026-12-01T10:00"))); // counting it makes the collection's row, still without a mark
        assertThat(db.storage.transact((Repositories r) -> r.calendarPushes().syncedMark(TEAM))).isEmpty();

        db.storage.transactVoid(r -> r.calendarPushes().saveSyncedMark(TEAM, 41));
        db.storage.transactVoid(r -> r.calendarPushes().saveSyncedMark(TEAM, 42));

        assertThat(db.storage.transact((Repositories r) -> r.calendarPushes().syncedMark(TEAM))).contains(42L);
        assertThat(db.storage.transact((Repositories r) -> r.calendarPushes().syncedMark(OTHER))).isEmpty();
        assertThat(count(TEAM)).isEqualTo(1);
    }

    @Test
    void theReadsSinceAMarkWalkTheChangesAndLookEachUpByKey() throws Exception {
        List<String> statements = new ArrayList<>();
        try (Connection jdbc = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("planner.db"))) {
            ExecuteListener recorder = new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext ctx) {
                    statements.add(ctx.query().getSQL(ParamType.INLINED));
                }
            };
            var configuration = new DefaultConfiguration().set(jdbc).set(SQLDialect.SQLITE).set(recorder)
                    .set(new Settings().withRenderSchema(false));
            JooqCalendarPushRepository pushes = new JooqCalendarPushRepository(new ConnectionAndJooq(jdbc, () -> DSL.using(configuration)));
            pushes.outboxSince(TEAM, 7);
            pushes.findChangedSince(TEAM, 7);
            pushes.changeMark();
            pushes.count(TEAM);

            assertThat(statements).hasSize(5);
            for (String sql : statements) {
                List<String> plan = new ArrayList<>();
                try (Statement explain = jdbc.createStatement(); ResultSet rows = explain.executeQuery("explain query plan " + sql)) {
                    while (rows.next()) {
                        plan.add(rows.getString("detail"));
                    }
                }
                assertThat(plan).as(sql).noneMatch(step -> step.startsWith("SCAN"))
                                .noneMatch(step -> step.contains("calendar_push USING PRIMARY KEY (collection_url=?)"));
            }
        }
    }

    @Test
    void aFileFromVersion4CountsItsResourcesAndComparesEverythingAtItsFirstSync(@TempDir Path old) throws Exception {
        Path file = old.resolve("old.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration").target("4")
              .load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            for (int href = 1; href <= 3; href++) {
                sql.executeUpdate("insert into calendar_push (collection_url, href, session_id, session_created_at, etag,"
                        + " pushed_revision, pushed_at) values ('" + TEAM + "', '/team/" + href + ".ics', " + href + ", 0, 'e', 0, 0)");
            }
        }

        try (SqliteStorage upgraded = SqliteStorage.open(file)) {
            assertThat(upgraded.transact((Repositories r) -> r.calendarPushes().count(TEAM))).isEqualTo(3);
            assertThat(upgraded.transact((Repositories r) -> r.calendarPushes().syncedMark(TEAM))).isEmpty();
            assertThat(upgraded.transact((Repositories r) -> r.calendarPushes().changeMark())).isZero();
        }
    }

    private void assertRevisions(MentorshipSession a, int ra, MentorshipSession b, int rb, MentorshipSession c, int rc) {
        assertThat(List.of(revision(a), revision(b), revision(c))).containsExactly(a.revision() + ra, b.revision() + rb,
                c.revision() + rc);
    }

    private int revision(MentorshipSession session) {
        return db.storage.transact((Repositories r) -> r.sessions().findById(session.id())).orElseThrow().revision();
    }

    private MentorshipSession published(String localStart) {
        MentorshipSession draft = db.draft(db.ada, localStart, Duration.ofHours(1));
        return db.storage.transact(r -> r.sessions().insert(
                StoreFixture.withStatus(draft, SessionStatus.PUBLISHED, "tok-" + localStart)));
    }

    private MentorshipSession book(MentorshipSession session, Person mentee) {
        MentorshipSession booked = new MentorshipSession(session.id(), session.details().withMentee(mentee.id()), session.zone(),
                session.status(), session.seriesId(), session.bookingToken(), session.revision(), session.createdAt(),
                session.updatedAt(), session.uid());
        update(booked);
        return booked;
    }

    private static MentorshipSession atLocation(MentorshipSession s, Location location) {
        SessionDetails d = s.details();
        return new MentorshipSession(s.id(), new SessionDetails(d.mentorId(), d.menteeId(), location.id(), d.localStart(),
                d.duration(), d.method(), d.meetingUrl(), d.place(), d.groupIds(), d.title(), d.notes()), location.zone(),
                s.status(), s.seriesId(), s.bookingToken(), s.revision(), s.createdAt(), s.updatedAt(), s.uid());
    }

    private static MentorshipSession revised(MentorshipSession s) {
        return new MentorshipSession(s.id(), s.details(), s.zone(), s.status(), s.seriesId(), s.bookingToken(), s.revision() + 1,
                s.createdAt(), s.updatedAt(), s.uid());
    }

    private static MentorshipSession withGroups(MentorshipSession s, Set<Long> groups) {
        SessionDetails d = s.details();
        return new MentorshipSession(s.id(), new SessionDetails(d.mentorId(), d.menteeId(), d.locationId(), d.localStart(),
                d.duration(), d.method(), d.meetingUrl(), d.place(), groups, d.title(), d.notes()), s.zone(), s.status(),
                s.seriesId(), s.bookingToken(), s.revision(), s.createdAt(), s.updatedAt(), s.uid());
    }

    private static CalendarPush push(String collection, MentorshipSession session) {
        String href = "/team/" + session.id() + "-" + session.createdAt().toEpochMilli() + ".ics";
        return new CalendarPush(collection, href, session.id(), session.createdAt(), "\"x\"", session.revision(), PUSHED);
    }

    private long mark() {
        return db.storage.transact((Repositories r) -> r.calendarPushes().changeMark());
    }

    private CalendarOutbox outboxSince(long mark) {
        return db.storage.transact((Repositories r) -> r.calendarPushes().outboxSince(TEAM, mark));
    }

    private int count(String collection) {
        return db.storage.transact((Repositories r) -> r.calendarPushes().count(collection));
    }

    private void update(MentorshipSession session) {
        db.storage.transactVoid(r -> r.sessions().update(session));
    }

    private void save(CalendarPush push) {
        db.storage.transactVoid(r -> r.calendarPushes().save(push));
    }
}
