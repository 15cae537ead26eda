package org.mentorplanner.store;

import static org.mentorplanner.store.generated.Tables.MENTORSHIP_SESSION;
import static org.mentorplanner.store.JooqSessionRepository.Table.S;
import static org.mentorplanner.store.generated.Tables.SESSION_GROUP;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionRules;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.port.BusyRange;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.service.port.SessionRepository;
import org.mentorplanner.store.convert.LocalDateTimeTextConverter;
import org.mentorplanner.store.generated.tables.records.MentorshipSessionRecord;

/**
 * Mentorship sessions in SQLite. The range reads the planner opens and scrolls with are plain
 * JDBC in {@link SessionRows}; other reads and every change go through jOOQ, whose table and
 * select list ({@link Table}) are made when a jOOQ query first needs them.
 */
final class JooqSessionRepository implements SessionRepository {

    /** jOOQ's view of the table and of {@link SessionRows}' select list, in the same order. */
    static final class Table {
        static final org.mentorplanner.store.generated.tables.MentorshipSession S = MENTORSHIP_SESSION;

        static final List<SelectField<?>> COLUMNS;

        static {
            List<SelectField<?>> columns = new ArrayList<>();
            for (String name : SessionRows.COLUMNS) {
                columns.add(java.util.Objects.requireNonNull(S.field(name), () -> "no column " + name));
            }
            columns.add(DSL.field(SessionRows.GROUP_IDS, String.class).as("group_ids"));
            COLUMNS = List.copyOf(columns);
        }

        private Table() {
        }
    }

    /** The stored text form of a wall-clock start, the same the generated table binds. */
    private static final LocalDateTimeTextConverter LOCAL_START_TEXT = new LocalDateTimeTextConverter();

    /** One row of {@link #insertAll}; the column order matches {@link #bindRow}. */
    private static final String INSERT_ROW = "insert into mentorship_session (mentor_id, mentee_id, location_id, zone_id,"
            + " local_start, duration_minutes, start_utc, end_utc, method, meeting_url, place, title, notes, status,"
            + " series_id, booking_token, revision, created_at, updated_at, uid)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The highest session id, 0 in an empty table (plain SQL: asked before every batch insert). */
    private static final String MAX_ID = "select coalesce(max(id), 0) from mentorship_session";
    /** How many sessions have an id above ?, and the highest (0 when none). */
    private static final String COUNT_AND_MAX_ABOVE = "select count(*), coalesce(max(id), 0) from mentorship_session where id > ?";

    /** Ids per statement in {@link #deleteAll}. */
    private static final int DELETE_CHUNK = 500;

    private final Database db;

    JooqSessionRepository(Database db) {
        this.db = db;
    }

    @Override
    public MentorshipSession insert(MentorshipSession given) {
        MentorshipSession session = withUid(given);
        MentorshipSessionRecord row = db.jooq().newRecord(S);
        fill(row, session);
        row.changed(S.ID, false);
        long id = db.jooq().insertInto(S).set(row).returningResult(S.ID).fetchOne().value1();
        insertGroups(id, session.details().groupIds());
        return withId(session, id);
    }

    @Override
    public List<MentorshipSession> insertAll(List<MentorshipSession> sessions) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        // Bulk duplicates write thousands of rows: one prepared statement bound straight through
        // JDBC, without jOOQ's per-value conversion. SQLite gives new rows max(rowid)+1 in turn
        // and we are the only writer inside this transaction, so the new ids follow the highest one.
        long before = firstLong(MAX_ID);
        // The new uids follow each other (one random base per call), so the unique uid index takes
        // them in one place instead of at random pages all over it.
        SessionUids.Sequence uids = SessionUids.sequence();
        List<MentorshipSession> withUids = new ArrayList<>(sessions.size());
        for (MentorshipSession session : sessions) {
            withUids.add(session.uid() != null ? session : session.withUid(uids.next()));
        }
        try (PreparedStatement insert = db.jdbc().prepareStatement(INSERT_ROW)) {
            for (MentorshipSession session : withUids) {
                bindRow(insert, session);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new Rows.UncheckedSqlException(e);
        }
        // n new rows, all above the old highest id, the highest being before + n: exactly before+1 .. before+n.
        long[] check = countAndMaxAbove(before);
        if (check[0] != sessions.size() || check[1] != before + sessions.size()) {
            throw new IllegalStateException("expected ids " + (before + 1) + ".." + (before + sessions.size())
                    + " for the new sessions, found " + check[0] + " rows up to " + check[1]);
        }
        List<MentorshipSession> saved = new ArrayList<>(sessions.size());
        BatchBindStep groups = null;
        for (int i = 0; i < sessions.size(); i++) {
            MentorshipSession session = withId(withUids.get(i), before + 1 + i);
            saved.add(session);
            for (Long groupId : session.details().groupIds()) {
                if (groups == null) {
                    groups = db.jooq().batch(db.jooq().insertInto(SESSION_GROUP, SESSION_GROUP.SESSION_ID, SESSION_GROUP.GROUP_ID)
                                          .values((Long) null, null));
                }
                groups = groups.bind(session.id(), groupId);
            }
        }
        if (groups != null) {
            groups.execute();
        }
        return saved;
    }

    private long firstLong(String sql) {
        try (PreparedStatement query = db.jdbc().prepareStatement(sql); ResultSet row = query.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        } catch (SQLException e) {
            throw new Rows.UncheckedSqlException(e);
        }
    }

    private long[] countAndMaxAbove(long id) {
        try (PreparedStatement query = db.jdbc().prepareStatement(COUNT_AND_MAX_ABOVE)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        } catch (SQLException e) {
            throw new Rows.UncheckedSqlException(e);
        }
    }

    private static void bindRow(PreparedStatement insert, MentorshipSession session) throws SQLException {
        SessionDetails d = session.details();
        insert.setLong(1, d.mentorId());
        setNullable(insert, 2, d.menteeId());
        insert.setLong(3, d.locationId());
        insert.setString(4, session.zone().getId());
        insert.setString(5, LOCAL_START_TEXT.to(d.localStart()));
        insert.setInt(6, (int) d.duration().toMinutes());
        Instant start = session.startInstant(); // resolving the wall clock in the zone once, not twice
        insert.setLong(7, start.toEpochMilli());
        insert.setLong(8, start.plus(d.duration()).toEpochMilli());
        insert.setString(9, d.method().name());
        insert.setString(10, d.meetingUrl());
        insert.setString(11, d.place());
        insert.setString(12, d.title());
        insert.setString(13, d.notes());
        insert.setString(14, session.status().name());
        insert.setString(15, session.seriesId());
        insert.setString(16, session.bookingToken());
        insert.setInt(17, session.revision());
        insert.setLong(18, session.createdAt().toEpochMilli());
        insert.setLong(19, session.updatedAt().toEpochMilli());
        insert.setString(20, session.uid());
    }

    private static void setNullable(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    @Override
    public void update(MentorshipSession session) {
        MentorshipSessionRecord row = db.jooq().newRecord(S);
        fill(row, session);
        row.setId(session.id());
        row.changed(S.ID, false);
        row.changed(S.UID, false); // a UID never changes, and a changed copy may not carry it
        int updated = db.jooq().executeUpdate(row);
        if (updated == 0) {
            throw new IllegalStateException("session " + session.id() + " does not exist");
        }
        db.jooq().deleteFrom(SESSION_GROUP).where(SESSION_GROUP.SESSION_ID.eq(session.id())).execute();
        insertGroups(session.id(), session.details().groupIds());
    }

    @Override
    public void restore(MentorshipSession session) {
        if (db.jooq().fetchExists(S, S.ID.eq(session.id()))) {
            update(session);
            return;
        }
        MentorshipSessionRecord row = db.jooq().newRecord(S);
        fill(row, withUid(session));
        row.setId(session.id());
        row.insert();
        insertGroups(session.id(), session.details().groupIds());
    }

    @Override
    public boolean delete(long id) {
        return db.jooq().deleteFrom(S).where(S.ID.eq(id)).execute() > 0;
    }

    @Override
    public int deleteAll(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        int deleted = 0;
        // A few hundred ids per statement keeps clear of SQLite's limit on bind variables.
        for (int from = 0; from < all.size(); from += DELETE_CHUNK) {
            deleted += db.jooq().deleteFrom(S).where(S.ID.in(all.subList(from, Math.min(all.size(), from + DELETE_CHUNK)))).execute();
        }
        return deleted;
    }

    @Override
    public Optional<MentorshipSession> findById(long id) {
        return fetchSessions(db.jooq().select(Table.COLUMNS).from(S).where(S.ID.eq(id))).stream().findFirst();
    }

    @Override
    public List<MentorshipSession> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return fetchSessions(db.jooq().select(Table.COLUMNS).from(S).where(S.ID.in(ids)).orderBy(S.START_UTC, S.ID));
    }

    @Override
    public List<MentorshipSession> findInRange(Collection<Long> mentorIds, Instant from, Instant to) {
        return SessionRows.inRange(db.jdbc(), mentorIds, from, to);
    }

    @Override
    public List<MentorshipSession> findOverlapping(long mentorId, Instant from, Instant to) {
        return SessionRows.overlappingActive(db.jdbc(), mentorId, from, to);
    }

    @Override
    public List<BusyRange> findBusy(Collection<Long> mentorIds, Instant from, Instant to) {
        return SessionRows.busy(db.jdbc(), mentorIds, from, to);
    }

    @Override
    public List<MentorshipSession> find(SessionQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (!query.mentorIds().isEmpty()) {
            conditions.add(S.MENTOR_ID.in(query.mentorIds()));
        }
        if (query.menteeId() != null) {
            conditions.add(S.MENTEE_ID.eq(query.menteeId()));
        }
        if (query.from() != null) {
            conditions.add(S.END_UTC.gt(query.from()));
            conditions.add(S.START_UTC.gt(query.from().minus(SessionRules.MAX_DURATION)));
        }
        if (query.to() != null) {
            conditions.add(S.START_UTC.lt(query.to()));
        }
        if (!query.statuses().isEmpty()) {
            conditions.add(S.STATUS.in(query.statuses().stream().map(Enum::name).toList()));
        }
        return fetchSessions(db.jooq().select(Table.COLUMNS)
                                .from(S)
                                .where(conditions)
                                .orderBy(S.START_UTC, S.ID));
    }

    @Override
    public List<MentorshipSession> findBySeries(String seriesId) {
        return fetchSessions(db.jooq().select(Table.COLUMNS).from(S).where(S.SERIES_ID.eq(seriesId)).orderBy(S.START_UTC, S.ID));
    }

    @Override
    public Optional<MentorshipSession> findByToken(String token) {
        return fetchSessions(db.jooq().select(Table.COLUMNS).from(S).where(S.BOOKING_TOKEN.eq(token))).stream().findFirst();
    }

    @Override
    public long count() {
        return db.jooq().fetchCount(S);
    }

    private void insertGroups(long sessionId, Set<Long> groupIds) {
        for (Long groupId : groupIds) {
            db.jooq().insertInto(SESSION_GROUP, SESSION_GROUP.SESSION_ID, SESSION_GROUP.GROUP_ID)
               .values(sessionId, groupId)
               .execute();
        }
    }

    private static void fill(MentorshipSessionRecord row, MentorshipSession session) {
        SessionDetails d = session.details();
        row.setMentorId(d.mentorId());
        row.setMenteeId(d.menteeId());
        row.setLocationId(d.locationId());
        row.setZoneId(session.zone());
        row.setLocalStart(d.localStart());
        row.setDurationMinutes((int) d.duration().toMinutes());
        row.setStartUtc(session.startInstant());
        row.setEndUtc(session.endInstant());
        row.setMethod(d.method().name());
        row.setMeetingUrl(d.meetingUrl());
        row.setPlace(d.place());
        row.setTitle(d.title());
        row.setNotes(d.notes());
        row.setStatus(session.status().name());
        row.setSeriesId(session.seriesId());
        row.setBookingToken(session.bookingToken());
        row.setRevision(session.revision());
        row.setCreatedAt(session.createdAt());
        row.setUpdatedAt(session.updatedAt());
        row.setUid(session.uid());
    }

    /** Runs a select of {@link Table#COLUMNS} and maps each row straight from the JDBC result set. */
    private static List<MentorshipSession> fetchSessions(ResultQuery<?> query) {
        try (ResultSet rows = query.fetchResultSet()) {
            return Rows.all(rows, SessionRows::toSession);
        } catch (SQLException e) {
            throw new Rows.UncheckedSqlException(e);
        }
    }

    private static MentorshipSession withId(MentorshipSession session, long id) {
        return new MentorshipSession(id, session.details(), session.zone(), session.status(), session.seriesId(),
                session.bookingToken(), session.revision(), session.createdAt(), session.updatedAt(), session.uid());
    }

    /**
     * The session with a UID: its own, or a new random one. Random rather than derived from the
     * id and creation time: two databases give their first session the same id, and with the
     * same clock (tests, restored backups) the same time, but their UIDs must differ (ADR 0018).
     */
    private static MentorshipSession withUid(MentorshipSession session) {
        return session.uid() != null ? session : session.withUid(SessionUids.random());
    }
}
