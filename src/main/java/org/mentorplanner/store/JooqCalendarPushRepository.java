package org.mentorplanner.store;

import static org.mentorplanner.store.generated.Tables.CALENDAR_PUSH;
import static org.mentorplanner.store.generated.Tables.CALENDAR_PUSH_STATE;
import static org.mentorplanner.store.generated.Tables.MENTORSHIP_SESSION;
import static org.mentorplanner.store.generated.Tables.SESSION_CHANGE;
import static org.mentorplanner.store.generated.Tables.SESSION_GROUP;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.port.CalendarOutbox;
import org.mentorplanner.service.port.CalendarPush;
import org.mentorplanner.service.port.CalendarPushRepository;
import org.mentorplanner.store.generated.tables.records.CalendarPushRecord;

/**
 * CalDAV sync bookkeeping in SQLite, through jOOQ (sync never runs on the way to the first
 * painted week). The outbox is two queries over the sessions and this table, so no write path
 * of the app has to remember that a session needs pushing (ADR 0014); the change numbers the
 * triggers of migration V5 keep narrow them to the sessions changed since a mark (ADR 0043).
 */
final class JooqCalendarPushRepository implements CalendarPushRepository {

    /** Hrefs per statement, clear of SQLite's limit on bind variables. */
    private static final int CHUNK = 500;

    private final ConnectionAndJooq db;

    JooqCalendarPushRepository(ConnectionAndJooq db) {
        this.db = db;
    }

    @Override
    public List<CalendarPush> findAll(String collectionUrl) {
        return db.jooq().selectFrom(CALENDAR_PUSH)
                 .where(CALENDAR_PUSH.COLLECTION_URL.eq(collectionUrl))
                 .orderBy(CALENDAR_PUSH.HREF)
                 .fetch(JooqCalendarPushRepository::toPush);
    }

    @Override
    public List<CalendarPush> findByHrefs(String collectionUrl, Collection<String> hrefs) {
        List<String> all = List.copyOf(hrefs);
        List<CalendarPush> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(db.jooq().selectFrom(CALENDAR_PUSH)
                           .where(CALENDAR_PUSH.COLLECTION_URL.eq(collectionUrl),
                                   CALENDAR_PUSH.HREF.in(all.subList(from, Math.min(all.size(), from + CHUNK))))
                           .fetch(JooqCalendarPushRepository::toPush));
        }
        found.sort(Comparator.comparing(CalendarPush::href));
        return found;
    }

    @Override
    public List<CalendarPush> findChangedSince(String collectionUrl, long mark) {
        var p = CALENDAR_PUSH;
        var c = SESSION_CHANGE;
        return db.jooq().select(p.fields()).from(c).crossJoin(p)
                 .where(c.SEQ.gt(mark), p.SESSION_ID.eq(c.SESSION_ID), p.COLLECTION_URL.eq(collectionUrl))
                 .orderBy(p.HREF)
                 .fetch(row -> toPush(row.into(p)));
    }

    @Override
    public int count(String collectionUrl) {
        return db.jooq().select(CALENDAR_PUSH_STATE.RESOURCES).from(CALENDAR_PUSH_STATE)
                 .where(CALENDAR_PUSH_STATE.COLLECTION_URL.eq(collectionUrl))
                 .fetchOptional(CALENDAR_PUSH_STATE.RESOURCES).orElse(0);
    }

    @Override
    public long changeMark() {
        Long newest = db.jooq().select(DSL.max(SESSION_CHANGE.SEQ)).from(SESSION_CHANGE).fetchOne(0, Long.class);
        return newest == null ? 0 : newest;
    }

    @Override
    public Optional<Long> syncedMark(String collectionUrl) {
        return db.jooq().select(CALENDAR_PUSH_STATE.CHANGE_MARK).from(CALENDAR_PUSH_STATE)
                 .where(CALENDAR_PUSH_STATE.COLLECTION_URL.eq(collectionUrl))
                 .fetchOptional(CALENDAR_PUSH_STATE.CHANGE_MARK);
    }

    @Override
    public void saveSyncedMark(String collectionUrl, long mark) {
        db.jooq().insertInto(CALENDAR_PUSH_STATE)
           .set(CALENDAR_PUSH_STATE.COLLECTION_URL, collectionUrl)
           .set(CALENDAR_PUSH_STATE.CHANGE_MARK, mark)
           .onConflict(CALENDAR_PUSH_STATE.COLLECTION_URL)
           .doUpdate()
           .set(CALENDAR_PUSH_STATE.CHANGE_MARK, mark)
           .execute();
    }

    @Override
    public void save(CalendarPush push) {
        CalendarPushRecord row = db.jooq().newRecord(CALENDAR_PUSH);
        row.setCollectionUrl(push.collectionUrl());
        row.setHref(push.href());
        row.setSessionId(push.sessionId());
        row.setSessionCreatedAt(push.sessionCreatedAt());
        row.setEtag(push.etag());
        row.setPushedRevision(push.pushedRevision());
        row.setPushedAt(push.pushedAt());
        row.setAcceptedStart(push.acceptedStart() == null ? null : push.acceptedStart().toEpochMilli());
        db.jooq().insertInto(CALENDAR_PUSH)
           .set(row)
           .onConflict(CALENDAR_PUSH.COLLECTION_URL, CALENDAR_PUSH.HREF)
           .doUpdate()
           .set(row)
           .execute();
    }

    @Override
    public boolean delete(String collectionUrl, String href) {
        return db.jooq().deleteFrom(CALENDAR_PUSH)
                 .where(CALENDAR_PUSH.COLLECTION_URL.eq(collectionUrl), CALENDAR_PUSH.HREF.eq(href))
                 .execute() > 0;
    }

    @Override
    public CalendarOutbox outbox(String collectionUrl) {
        var s = MENTORSHIP_SESSION;
        var p = CALENDAR_PUSH;
        return new CalendarOutbox(toPush(db.jooq().select(s.ID).from(s), collectionUrl, DSL.noCondition()),
                toRemove(db.jooq().select(p.fields()).from(p), collectionUrl, DSL.noCondition()));
    }

    @Override
    public CalendarOutbox outboxSince(String collectionUrl, long mark) {
        var s = MENTORSHIP_SESSION;
        var p = CALENDAR_PUSH;
        var c = SESSION_CHANGE;
        return new CalendarOutbox(
                toPush(db.jooq().select(s.ID).from(c).crossJoin(s), collectionUrl, c.SEQ.gt(mark).and(s.ID.eq(c.SESSION_ID))),
                toRemove(db.jooq().select(p.fields()).from(c).crossJoin(p), collectionUrl,
                        c.SEQ.gt(mark).and(p.SESSION_ID.eq(c.SESSION_ID))));
    }

    // The incremental reads start from the changes and CROSS JOIN the table they look up: SQLite
    // keeps the order of a CROSS JOIN, so it walks the few changes by their index and finds each
    // by key. Left to choose without statistics, it took the push table's primary key, whose
    // collection prefix holds every resource of the calendar (bench/README.md, issue 15).

    /** The unrestricted published sessions of {@code sessions} with no push or a newer revision than pushed. */
    private static Set<Long> toPush(SelectJoinStep<Record1<Long>> sessions, String collectionUrl, Condition restriction) {
        var s = MENTORSHIP_SESSION;
        var p = CALENDAR_PUSH;
        return sessions.leftJoin(p).on(pushedThisSession(collectionUrl))
                       .where(restriction)
                       .and(forTeamCalendar())
                       .and(p.HREF.isNull().or(s.REVISION.gt(p.PUSHED_REVISION)))
                       .fetchSet(s.ID)
                       .stream().collect(Collectors.toUnmodifiableSet());
    }

    /** The resources of {@code pushes} whose session is no longer an unrestricted published one, or gone. */
    private static List<CalendarPush> toRemove(SelectJoinStep<Record> pushes, String collectionUrl, Condition restriction) {
        var s = MENTORSHIP_SESSION;
        var p = CALENDAR_PUSH;
        return pushes.leftJoin(s).on(pushedThisSession(collectionUrl))
                     .where(restriction)
                     .and(p.COLLECTION_URL.eq(collectionUrl))
                     .and(s.ID.isNull().or(DSL.not(forTeamCalendar())))
                     .orderBy(p.HREF)
                     .fetch(row -> toPush(row.into(p)));
    }

    private static Condition pushedThisSession(String collectionUrl) {
        var s = MENTORSHIP_SESSION;
        var p = CALENDAR_PUSH;
        return p.COLLECTION_URL.eq(collectionUrl).and(p.SESSION_ID.eq(s.ID)).and(p.SESSION_CREATED_AT.eq(s.CREATED_AT));
    }

    /** The one rule of what a team calendar carries: published and open to the whole organisation. */
    private static Condition forTeamCalendar() {
        var s = MENTORSHIP_SESSION;
        return s.STATUS.eq(SessionStatus.PUBLISHED.name())
                .and(DSL.notExists(DSL.selectOne().from(SESSION_GROUP).where(SESSION_GROUP.SESSION_ID.eq(s.ID))));
    }

    private static CalendarPush toPush(CalendarPushRecord row) {
        return new CalendarPush(row.getCollectionUrl(), row.getHref(), row.getSessionId(), row.getSessionCreatedAt(),
                row.getEtag(), row.getPushedRevision(), row.getPushedAt(),
                row.getAcceptedStart() == null ? null : Instant.ofEpochMilli(row.getAcceptedStart()));
    }
}
