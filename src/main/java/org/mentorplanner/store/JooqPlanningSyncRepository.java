package org.mentorplanner.store;

import static org.mentorplanner.store.generated.Tables.CALENDAR_SYNC_STATE;
import static org.mentorplanner.store.generated.Tables.MENTORSHIP_SESSION;
import static org.mentorplanner.store.generated.Tables.PLANNING_COPY;
import static org.mentorplanner.store.generated.Tables.SYNC_CONFLICT;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorplanner.service.port.PlanningCopy;
import org.mentorplanner.service.port.PlanningOutbox;
import org.mentorplanner.service.port.PlanningSyncRepository;
import org.mentorplanner.service.port.SyncConflict;
import org.mentorplanner.store.generated.tables.records.PlanningCopyRecord;
import org.mentorplanner.store.generated.tables.records.SyncConflictRecord;

/**
 * Two-way sync bookkeeping in SQLite, through jOOQ. The outbox is derived from the sessions and
 * the copies in two queries, as the team calendar's is: no write path of the app has to know
 * about sync (ADR 0014, 0018).
 */
final class JooqPlanningSyncRepository implements PlanningSyncRepository {

    /** Uids per statement, clear of SQLite's limit on bind variables. */
    private static final int CHUNK = 500;

    private final ConnectionAndJooq db;

    JooqPlanningSyncRepository(ConnectionAndJooq db) {
        this.db = db;
    }

    @Override
    public Optional<String> syncToken(String collectionUrl) {
        return db.jooq().select(CALENDAR_SYNC_STATE.SYNC_TOKEN).from(CALENDAR_SYNC_STATE)
                 .where(CALENDAR_SYNC_STATE.COLLECTION_URL.eq(collectionUrl))
                 .fetchOptional(CALENDAR_SYNC_STATE.SYNC_TOKEN);
    }

    @Override
    public Optional<Instant> lastSync(String collectionUrl) {
        return db.jooq().select(CALENDAR_SYNC_STATE.SYNCED_AT).from(CALENDAR_SYNC_STATE)
                 .where(CALENDAR_SYNC_STATE.COLLECTION_URL.eq(collectionUrl))
                 .fetchOptional(CALENDAR_SYNC_STATE.SYNCED_AT)
                 .map(Instant::ofEpochMilli);
    }

    @Override
    public void saveState(String collectionUrl, String syncToken, Instant syncedAt) {
        db.jooq().insertInto(CALENDAR_SYNC_STATE)
           .set(CALENDAR_SYNC_STATE.COLLECTION_URL, collectionUrl)
           .set(CALENDAR_SYNC_STATE.SYNC_TOKEN, syncToken)
           .set(CALENDAR_SYNC_STATE.SYNCED_AT, syncedAt.toEpochMilli())
           .onConflict(CALENDAR_SYNC_STATE.COLLECTION_URL)
           .doUpdate()
           .set(CALENDAR_SYNC_STATE.SYNC_TOKEN, syncToken)
           .set(CALENDAR_SYNC_STATE.SYNCED_AT, syncedAt.toEpochMilli())
           .execute();
    }

    @Override
    public void forgetToken(String collectionUrl) {
        db.jooq().update(CALENDAR_SYNC_STATE)
           .setNull(CALENDAR_SYNC_STATE.SYNC_TOKEN)
           .where(CALENDAR_SYNC_STATE.COLLECTION_URL.eq(collectionUrl))
           .execute();
    }

    @Override
    public List<PlanningCopy> copies(String collectionUrl) {
        return db.jooq().selectFrom(PLANNING_COPY)
                 .where(PLANNING_COPY.COLLECTION_URL.eq(collectionUrl))
                 .orderBy(PLANNING_COPY.HREF)
                 .fetch(JooqPlanningSyncRepository::toCopy);
    }

    @Override
    public Optional<PlanningCopy> copy(String collectionUrl, String uid) {
        return db.jooq().selectFrom(PLANNING_COPY)
                 .where(PLANNING_COPY.COLLECTION_URL.eq(collectionUrl), PLANNING_COPY.UID.eq(uid))
                 .fetchOptional(JooqPlanningSyncRepository::toCopy);
    }

    @Override
    public void saveCopy(PlanningCopy copy) {
        // An href holds one event: a copy recorded there under another UID is gone on the server.
        db.jooq().deleteFrom(PLANNING_COPY)
           .where(PLANNING_COPY.COLLECTION_URL.eq(copy.collectionUrl()), PLANNING_COPY.HREF.eq(copy.href()),
                   PLANNING_COPY.UID.ne(copy.uid()))
           .execute();
        PlanningCopyRecord row = db.jooq().newRecord(PLANNING_COPY);
        row.setCollectionUrl(copy.collectionUrl());
        row.setUid(copy.uid());
        row.setHref(copy.href());
        row.setEtag(copy.etag());
        row.setBase(copy.base());
        row.setSyncedRevision(copy.syncedRevision());
        row.setProblem(copy.problem());
        db.jooq().insertInto(PLANNING_COPY)
           .set(row)
           .onConflict(PLANNING_COPY.COLLECTION_URL, PLANNING_COPY.UID)
           .doUpdate()
           .set(row)
           .execute();
    }

    @Override
    public boolean deleteCopy(String collectionUrl, String uid) {
        return db.jooq().deleteFrom(PLANNING_COPY)
                 .where(PLANNING_COPY.COLLECTION_URL.eq(collectionUrl), PLANNING_COPY.UID.eq(uid))
                 .execute() > 0;
    }

    @Override
    public PlanningOutbox outbox(String collectionUrl) {
        var s = MENTORSHIP_SESSION;
        var c = PLANNING_COPY;
        Set<Long> changed = db.jooq().select(s.ID)
                              .from(s)
                              .leftJoin(c).on(c.COLLECTION_URL.eq(collectionUrl).and(c.UID.eq(s.UID)))
                              .where(c.UID.isNull().or(c.SYNCED_REVISION.ne(s.REVISION)))
                              .fetchSet(s.ID)
                              .stream().collect(Collectors.toUnmodifiableSet());
        List<PlanningCopy> deleted = db.jooq().select(c.fields())
                                       .from(c)
                                       .leftJoin(s).on(s.UID.eq(c.UID))
                                       .where(c.COLLECTION_URL.eq(collectionUrl))
                                       .and(s.ID.isNull())
                                       .and(c.BASE.isNotNull())
                                       .orderBy(c.HREF)
                                       .fetch(row -> toCopy(row.into(c)));
        return new PlanningOutbox(changed, deleted);
    }

    @Override
    public Map<String, Long> sessionIds(Collection<String> uids) {
        List<String> all = List.copyOf(uids);
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            db.jooq().select(MENTORSHIP_SESSION.UID, MENTORSHIP_SESSION.ID).from(MENTORSHIP_SESSION)
               .where(MENTORSHIP_SESSION.UID.in(all.subList(from, Math.min(all.size(), from + CHUNK))))
               .forEach(row -> ids.put(row.value1(), row.value2()));
        }
        return ids;
    }

    @Override
    public List<SyncConflict> conflicts(String collectionUrl) {
        return db.jooq().selectFrom(SYNC_CONFLICT)
                 .where(SYNC_CONFLICT.COLLECTION_URL.eq(collectionUrl))
                 .orderBy(SYNC_CONFLICT.FOUND_AT, SYNC_CONFLICT.UID)
                 .fetch(JooqPlanningSyncRepository::toConflict);
    }

    @Override
    public void saveConflict(SyncConflict conflict) {
        SyncConflictRecord row = db.jooq().newRecord(SYNC_CONFLICT);
        row.setCollectionUrl(conflict.collectionUrl());
        row.setUid(conflict.uid());
        row.setFields(String.join(",", conflict.fields()));
        row.setMine(conflict.mine());
        row.setTheirs(conflict.theirs());
        row.setHref(conflict.href());
        row.setEtag(conflict.etag());
        row.setFoundAt(conflict.foundAt().toEpochMilli());
        db.jooq().insertInto(SYNC_CONFLICT)
           .set(row)
           .onConflict(SYNC_CONFLICT.COLLECTION_URL, SYNC_CONFLICT.UID)
           .doUpdate()
           .set(row)
           .execute();
    }

    @Override
    public boolean deleteConflict(String collectionUrl, String uid) {
        return db.jooq().deleteFrom(SYNC_CONFLICT)
                 .where(SYNC_CONFLICT.COLLECTION_URL.eq(collectionUrl), SYNC_CONFLICT.UID.eq(uid))
                 .execute() > 0;
    }

    private static PlanningCopy toCopy(PlanningCopyRecord row) {
        return new PlanningCopy(row.getCollectionUrl(), row.getUid(), row.getHref(), row.getEtag(), row.getBase(),
                row.getSyncedRevision(), row.getProblem());
    }

    private static SyncConflict toConflict(SyncConflictRecord row) {
        return new SyncConflict(row.getCollectionUrl(), row.getUid(),
                row.getFields().isEmpty() ? List.of() : Arrays.asList(row.getFields().split(",")),
                row.getMine(), row.getTheirs(), row.getHref(), row.getEtag(), Instant.ofEpochMilli(row.getFoundAt()));
    }

    @Override
    public Set<Long> conflictedSessionIds(String collectionUrl) {
        // Plain SQL: the grid asks while the planner opens, before jOOQ is started (ADR 0012).
        return new HashSet<>(Rows.query(db.jdbc(),
                "select s.id from sync_conflict c join mentorship_session s on s.uid = c.uid where c.collection_url = ?",
                List.of(collectionUrl), row -> row.getLong(1)));
    }
}
