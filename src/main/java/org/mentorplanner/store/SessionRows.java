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

    /** One row of {@link #insertAll}: every column but the id, in {@link SessionColumn#INSERTED} order. */
    private static final String INSERT_ROW = SessionColumn.INSERTED.stream().map(SessionColumn::name)
            .collect(Collectors.joining(", ", "insert into mentorship_session (", ") values ("))
            + String.join(", ", Collections.nCopies(SessionColumn.INSERTED.size(), "?")) + ")";

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
     * Inserts {@code sessions} (each with its UID) through one prepared statement bound straight
     * through JDBC: bulk duplicates write thousands of rows, and this skips jOOQ's per-value
     * conversion. Group links are not written here.
     */
    static void insertAll(Connection connection, List<MentorshipSession> sessions) {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ROW)) {
            for (MentorshipSession session : sessions) {
                int parameter = 1;
                for (SessionColumn<?> column : SessionColumn.INSERTED) {
                    column.bind(insert, parameter++, session);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new Rows.UncheckedSqlException(e);
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
