package org.mentorplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionRules;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.port.SessionQuery;

/**
 * Mentorship sessions through plain JDBC: the select list every session read uses, the mapping
 * of a row, the range reads the planner opens and scrolls with, and the batch insert of a bulk
 * duplicate. The columns come from {@link SessionColumn} (ADR 0032). Nothing here refers to
 * jOOQ, so the first week can be shown before jOOQ has started (ADR 0012).
 */
final class SessionRows {

    /** The columns a session read selects, in select order; the group ids ({@link #GROUP_IDS}) follow them. */
    static final List<SessionColumn<?>> COLUMNS = SessionColumn.READ;

    /** The row's session's group ids as "3,7": one query per read, no N+1. */
    static final String GROUP_IDS = "(select group_concat(session_group.group_id) from session_group"
            + " where session_group.session_id = mentorship_session.id)";

    private static final String SELECT = COLUMNS.stream().map(column -> "mentorship_session." + column.name())
            .collect(Collectors.joining(", ", "select ", ", " + GROUP_IDS + " from mentorship_session"));

    /**
     * Overlaps {@code [from, to)}, bound by {@link #overlapping}. No session lasts longer than
     * {@link SessionRules#MAX_DURATION}, so the lower bound on start turns this into a bounded
     * scan of the (mentor, start) index.
     */
    static final String OVERLAPS = "start_utc < ? and start_utc > ? and end_utc > ?";

    /** JDBC position (1-based) of the group ids, after {@link #COLUMNS}. */
    private static final int GROUP_ID_LIST = COLUMNS.size() + 1;

    /** The columns {@link #insertAll} writes: every column but the id, in {@link SessionColumn#INSERTED} order. */
    private static final String INSERT_INTO = SessionColumn.INSERTED.stream().map(SessionColumn::name)
            .collect(Collectors.joining(", ", "insert into mentorship_session (", ") values "));

    /** One row's placeholders. */
    private static final String ROW = String.join(", ", Collections.nCopies(SessionColumn.INSERTED.size(), "?"));

    /**
     * Rows per insert statement in {@link #insertAll}, well under SQLite's limit on bind variables.
     * A statement on a table with triggers (the change marks of ADR 0043) keeps a journal of the
     * pages it changes, so that it can be undone alone; one-row statements in a long transaction
     * made a bulk insert three times as costly (bench/README.md, issue 15).
     */
    static final int ROWS_PER_INSERT = 50;

    private SessionRows() {
    }

    /** The sessions of {@code mentorIds} that overlap {@code [from, to)}, by start. */
    static List<MentorshipSession> inRange(Connection connection, Collection<Long> mentorIds, Instant from, Instant to) {
        if (mentorIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(mentorIds);
        parameters.addAll(overlapping(from, to));
        return Rows.query(connection, SELECT + " where mentor_id in (" + Rows.placeholders(mentorIds) + ") and " + OVERLAPS
                + " order by start_utc, id", parameters, SessionRows::toSession);
    }

    /**
     * The sessions {@code query} asks for, by start: what {@code session list} prints, thousands
     * of rows read without jOOQ (its start-up alone is a good part of a short command's).
     */
    static List<MentorshipSession> matching(Connection connection, SessionQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (!query.mentorIds().isEmpty()) {
            conditions.add("mentor_id in (" + Rows.placeholders(query.mentorIds()) + ")");
            parameters.addAll(query.mentorIds());
        }
        if (query.menteeId() != null) {
            conditions.add("mentee_id = ?");
            parameters.add(query.menteeId());
        }
        if (query.from() != null) {
            conditions.add("end_utc > ? and start_utc > ?");
            parameters.add(query.from().toEpochMilli());
            parameters.add(query.from().minus(SessionRules.MAX_DURATION).toEpochMilli());
        }
        if (query.to() != null) {
            conditions.add("start_utc < ?");
            parameters.add(query.to().toEpochMilli());
        }
        if (!query.statuses().isEmpty()) {
            conditions.add("status in (" + Rows.placeholders(query.statuses()) + ")");
            query.statuses().forEach(status -> parameters.add(status.name()));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return Rows.query(connection, SELECT + where + " order by start_utc, id", parameters, SessionRows::toSession);
    }

    /** {@code mentorId}'s sessions, cancelled ones left out, that overlap {@code [from, to)}, by start. */
    static List<MentorshipSession> overlappingActive(Connection connection, long mentorId, Instant from, Instant to) {
        List<Object> parameters = new ArrayList<>(List.of(mentorId));
        parameters.addAll(overlapping(from, to));
        parameters.add(SessionStatus.CANCELLED.name());
        return Rows.query(connection, SELECT + " where mentor_id = ? and " + OVERLAPS + " and status <> ?"
                + " order by start_utc, id", parameters, SessionRows::toSession);
    }

    /** The values of {@link #OVERLAPS}' placeholders for {@code [from, to)}. */
    static List<Object> overlapping(Instant from, Instant to) {
        return List.of(to.toEpochMilli(), from.minus(SessionRules.MAX_DURATION).toEpochMilli(), from.toEpochMilli());
    }

    /**
     * Inserts {@code sessions} (each with its UID), {@link #ROWS_PER_INSERT} rows per statement,
     * bound straight through JDBC: bulk duplicates write thousands of rows, and this skips jOOQ's
     * per-value conversion. Rows get their ids in list order. Group links are not written here.
     */
    static void insertAll(Connection connection, List<MentorshipSession> sessions) {
        int whole = sessions.size() - sessions.size() % ROWS_PER_INSERT;
        try {
            if (whole > 0) {
                try (PreparedStatement insert = connection.prepareStatement(insertRows(ROWS_PER_INSERT))) {
                    for (int from = 0; from < whole; from += ROWS_PER_INSERT) {
                        bindRows(insert, sessions.subList(from, from + ROWS_PER_INSERT));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            if (whole < sessions.size()) {
                try (PreparedStatement insert = connection.prepareStatement(insertRows(sessions.size() - whole))) {
                    bindRows(insert, sessions.subList(whole, sessions.size()));
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new Rows.UncheckedSqlException(e);
        }
    }

    /** An insert of {@code rows} rows; SQLite gives them ids in this order. */
    private static String insertRows(int rows) {
        return INSERT_INTO + String.join(", ", Collections.nCopies(rows, "(" + ROW + ")"));
    }

    private static void bindRows(PreparedStatement insert, List<MentorshipSession> rows) throws SQLException {
        int parameter = 1;
        for (MentorshipSession session : rows) {
            for (SessionColumn<?> column : SessionColumn.INSERTED) {
                column.bind(insert, parameter++, session);
            }
        }
    }

    /** The session in the current row of a select of {@link #COLUMNS} and {@link #GROUP_IDS}. */
    static MentorshipSession toSession(ResultSet row) throws SQLException {
        SessionDetails details = new SessionDetails(
                SessionColumn.MENTOR_ID.read(row),
                SessionColumn.MENTEE_ID.read(row),
                SessionColumn.LOCATION_ID.read(row),
                SessionColumn.LOCAL_START.read(row),
                SessionColumn.DURATION_MINUTES.read(row),
                SessionColumn.METHOD.read(row),
                SessionColumn.MEETING_URL.read(row),
                SessionColumn.PLACE.read(row),
                parseIds(row.getString(GROUP_ID_LIST)),
                SessionColumn.TITLE.read(row),
                SessionColumn.NOTES.read(row));
        return new MentorshipSession(SessionColumn.ID.read(row), details, SessionColumn.ZONE_ID.read(row),
                SessionColumn.STATUS.read(row), SessionColumn.SERIES_ID.read(row), SessionColumn.BOOKING_TOKEN.read(row),
                SessionColumn.REVISION.read(row), SessionColumn.CREATED_AT.read(row), SessionColumn.UPDATED_AT.read(row),
                SessionColumn.UID.read(row));
    }

    private static Set<Long> parseIds(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isEmpty()) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>();
        for (String id : commaSeparated.split(",")) {
            ids.add(Long.parseLong(id));
        }
        return ids;
    }
}
