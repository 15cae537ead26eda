package org.mentorplanner.store;

import static org.mentorplanner.store.SqliteSessionRepository.Table.S;
import static org.mentorplanner.store.generated.Tables.MENTORSHIP_SESSION;
import static org.mentorplanner.store.generated.Tables.SESSION_GROUP;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.port.BusyRange;
import org.mentorplanner.service.port.MentorWindow;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.service.port.SessionRepository;

/**
 * Mentorship sessions in SQLite, half plain JDBC and half jOOQ: the range reads the planner
 * opens and scrolls with and the batch insert of a bulk duplicate are plain JDBC in
 * {@link SessionRows}; the other reads and the single-row changes go through jOOQ, whose table
 * and select list ({@link Table}) are made when a jOOQ query first needs them. Both take the
 * columns from {@link SessionColumn} (ADR 0032).
 */
final class SqliteSessionRepository implements SessionRepository {

    /** jOOQ's view of the table and of {@link SessionRows}' select list, in the same order. */
    static final class Table {
        static final org.mentorplanner.store.generated.tables.MentorshipSession S = MENTORSHIP_SESSION; // qualified: domain.MentorshipSession is imported

        static final List<SelectField<?>> COLUMNS;

        static {
            List<SelectField<?>> columns = new ArrayList<>();
            for (SessionColumn<?> column : SessionRows.COLUMNS) {
                columns.add(Objects.requireNonNull(S.field(column.name()), () -> "no column " + column.name()));
            }
            columns.add(DSL.field(SessionRows.GROUP_IDS, String.class).as("group_ids"));
            COLUMNS = List.copyOf(columns);
        }

        private Table() {
        }

        /** {@code column} as jOOQ binds it: by name, typed as the value the database keeps. */
        static Field<?> field(SessionColumn<?> column) {
            return DSL.field(DSL.name(column.name()), column.storedAs().storedClass());
        }
    }

    /** The highest session id, 0 in an empty table (plain SQL: asked before every batch insert). */
    private static final String MAX_ID = "select coalesce(max(id), 0) from mentorship_session";
    /** How many sessions have an id above ?, and the highest (0 when none). */
    private static final String COUNT_AND_MAX_ABOVE = "select count(*), coalesce(max(id), 0) from mentorship_session where id > ?";

    /** Ids per statement in {@link #deleteAll}. */
    private static final int DELETE_CHUNK = 500;

    private final ConnectionAndJooq db;

    SqliteSessionRepository(ConnectionAndJooq db) {
        this.db = db;
    }

    @Override
    public MentorshipSession insert(MentorshipSession given) {
        MentorshipSession session = withUid(given);
        long id = db.jooq().insertInto(S).set(values(session, SessionColumn.INSERTED)).returningResult(S.ID).fetchOne().value1();
        insertGroups(id, session.details().groupIds());
        return session.withId(id);
    }

    @Override
    public List<MentorshipSession> insertAll(List<MentorshipSession> sessions) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        // Bulk duplicates write thousands of rows: one JDBC batch (SessionRows.insertAll). SQLite
        // gives new rows max(rowid)+1 in turn and we are the only writer inside this
        // transaction, so the new ids follow the highest one.
        long before = firstLong(MAX_ID);
        // The new uids follow each other (one random base per call), so the unique uid index takes
        // them in one place instead of at random pages all over it.
        SessionUids.Sequence uids = SessionUids.sequence();
        List<MentorshipSession> withUids = new ArrayList<>(sessions.size());
        for (MentorshipSession session : sessions) {
            withUids.add(session.uid() != null ? session : session.withUid(uids.next()));
        }
        SessionRows.insertAll(db.jdbc(), withUids);
        // n new rows, all above the old highest id, the highest being before + n: exactly before+1 .. before+n.
        long[] check = countAndMaxAbove(before);
        if (check[0] != sessions.size() || check[1] != before + sessions.size()) {
            throw new IllegalStateException("expected ids " + (before + 1) + ".." + (before + sessions.size())
                    + " for the new sessions, found " + check[0] + " rows up to " + check[1]);
        }
        List<MentorshipSession> saved = new ArrayList<>(sessions.size());
        BatchBindStep groups = null;
        for (int i = 0; i < sessions.size(); i++) {
            MentorshipSession session = withUids.get(i).withId(before + 1 + i);
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

    @Override
    public void update(MentorshipSession session) {
        // A UID never changes, and a changed copy may not carry it: not written.
        List<SessionColumn<?>> changed = SessionColumn.INSERTED.stream().filter(column -> column != SessionColumn.UID).toList();
        int updated = db.jooq().update(S).set(values(session, changed)).where(S.ID.eq(session.id())).execute();
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
        db.jooq().insertInto(S).set(values(withUid(session), SessionColumn.ALL)).execute();
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
    public List<BusyRange> findBusyIn(Collection<MentorWindow> windows) {
        return BusyWindows.overlapping(db.jdbc(), windows);
    }

    @Override
    public List<MentorshipSession> find(SessionQuery query) {
        return SessionRows.matching(db.jdbc(), query);
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

    /** {@code session}'s values of {@code columns}, as jOOQ sets them in an insert or update. */
    private static Map<Field<?>, Object> values(MentorshipSession session, List<SessionColumn<?>> columns) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        for (SessionColumn<?> column : columns) {
            values.put(Table.field(column), column.stored(session));
        }
        return values;
    }

    /** Runs a select of {@link Table#COLUMNS} and maps each row straight from the JDBC result set. */
    private static List<MentorshipSession> fetchSessions(ResultQuery<?> query) {
        try (ResultSet rows = query.fetchResultSet()) {
            return Rows.all(rows, SessionRows::toSession);
        } catch (SQLException e) {
            throw new Rows.UncheckedSqlException(e);
        }
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
