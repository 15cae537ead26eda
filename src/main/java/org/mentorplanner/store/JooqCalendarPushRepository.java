package org.mentorplanner.store;

import static org.mentorplanner.store.generated.Tables.CALENDAR_PUSH;
import static org.mentorplanner.store.generated.Tables.MENTORSHIP_SESSION;
import static org.mentorplanner.store.generated.Tables.SESSION_GROUP;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.port.CalendarOutbox;
import org.mentorplanner.service.port.CalendarPush;
import org.mentorplanner.service.port.CalendarPushRepository;
import org.mentorplanner.store.generated.tables.records.CalendarPushRecord;

/**
 * CalDAV sync bookkeeping in SQLite, through jOOQ (sync never runs on the way to the first
 * painted week). The outbox is two queries over the sessions and this table, so no write path
 * of the app has to remember that a session needs pushing (ADR 0014).
 */
final class JooqCalendarPushRepository implements CalendarPushRepository {

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
        Condition pushedThisSession = p.COLLECTION_URL.eq(collectionUrl)
                                       .and(p.SESSION_ID.eq(s.ID))
                                       .and(p.SESSION_CREATED_AT.eq(s.CREATED_AT));
        // The one rule of what a team calendar carries: published and open to the whole organisation.
        Condition forTeamCalendar = s.STATUS.eq(SessionStatus.PUBLISHED.name())
                                     .and(DSL.notExists(DSL.selectOne().from(SESSION_GROUP).where(SESSION_GROUP.SESSION_ID.eq(s.ID))));

        Set<Long> toPush = db.jooq().select(s.ID)
                             .from(s)
                             .leftJoin(p).on(pushedThisSession)
                             .where(forTeamCalendar)
                             .and(p.HREF.isNull().or(s.REVISION.gt(p.PUSHED_REVISION)))
                             .fetchSet(s.ID)
                             .stream().collect(Collectors.toUnmodifiableSet());
        List<CalendarPush> toRemove = db.jooq().select(p.fields())
                                        .from(p)
                                        .leftJoin(s).on(pushedThisSession)
                                        .where(p.COLLECTION_URL.eq(collectionUrl))
                                        .and(s.ID.isNull().or(DSL.not(forTeamCalendar)))
                                        .orderBy(p.HREF)
                                        .fetch(row -> toPush(row.into(p)));
        return new CalendarOutbox(toPush, toRemove);
    }

    private static CalendarPush toPush(CalendarPushRecord row) {
        return new CalendarPush(row.getCollectionUrl(), row.getHref(), row.getSessionId(), row.getSessionCreatedAt(),
                row.getEtag(), row.getPushedRevision(), row.getPushedAt(),
                row.getAcceptedStart() == null ? null : Instant.ofEpochMilli(row.getAcceptedStart()));
    }
}
