package org.mentorplanner.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionRules;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.port.BusyRange;

/**
 * Mentorship sessions read through plain JDBC: the select list every session read uses, the
 * mapping of a row, and the range reads the planner opens and scrolls with. Nothing here refers
 * to jOOQ, so the first week can be shown before jOOQ has started (ADR 0012).
 */
final class SessionRows {

    /**
     * The columns of {@code mentorship_session} a session read selects, in select order; the
     * session's group ids follow them as the last column. {@code start_utc} and {@code end_utc}
     * are derived from the wall-clock start, zone and duration, so they are not read back.
     */
    static final List<String> COLUMNS = List.of("id", "mentor_id", "mentee_id", "location_id", "zone_id",
            "local_start", "duration_minutes", "method", "meeting_url", "place", "title", "notes", "status",
            "series_id", "booking_token", "revision", "created_at", "updated_at", "uid");

    /** The row's session's group ids as "3,7": one query per read, no N+1. */
    static final String GROUP_IDS = "(select group_concat(session_group.group_id) from session_group"
            + " where session_group.session_id = mentorship_session.id)";

    private static final String SELECT = COLUMNS.stream().map(column -> "mentorship_session." + column)
            .collect(Collectors.joining(", ", "select ", ", " + GROUP_IDS + " from mentorship_session"));

    /**
     * Overlaps {@code [from, to)}, bound by {@link #overlapping}. No session lasts longer than
     * {@link SessionRules#MAX_DURATION}, so the lower bound on start turns this into a bounded
     * scan of the (mentor, start) index.
     */
    private static final String OVERLAPS = "start_utc < ? and start_utc > ? and end_utc > ?";

    // JDBC positions (1-based) of what toSession reads.
    private static final int ID = position("id");
    private static final int MENTOR_ID = position("mentor_id");
    private static final int MENTEE_ID = position("mentee_id");
    private static final int LOCATION_ID = position("location_id");
    private static final int ZONE_ID = position("zone_id");
    private static final int LOCAL_START = position("local_start");
    private static final int DURATION_MINUTES = position("duration_minutes");
    private static final int METHOD = position("method");
    private static final int MEETING_URL = position("meeting_url");
    private static final int PLACE = position("place");
    private static final int TITLE = position("title");
    private static final int NOTES = position("notes");
    private static final int STATUS = position("status");
    private static final int SERIES_ID = position("series_id");
    private static final int BOOKING_TOKEN = position("booking_token");
    private static final int REVISION = position("revision");
    private static final int CREATED_AT = position("created_at");
    private static final int UPDATED_AT = position("updated_at");
    private static final int UID = position("uid");
    private static final int GROUP_ID_LIST = COLUMNS.size() + 1;

    private SessionRows() {
    }

    private static int position(String column) {
        int index = COLUMNS.indexOf(column);
        if (index < 0) {
            throw new IllegalStateException(column + " is not selected");
        }
        return index + 1;
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

    /**
     * The busy time of {@code mentorIds} (sessions not cancelled) overlapping {@code [from, to)}:
     * thousands of rows for a year of many mentors, read without building sessions.
     */
    static List<BusyRange> busy(Connection connection, Collection<Long> mentorIds, Instant from, Instant to) {
        if (mentorIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(mentorIds);
        parameters.addAll(overlapping(from, to));
        parameters.add(SessionStatus.CANCELLED.name());
        return Rows.query(connection, "select id, mentor_id, start_utc, end_utc from mentorship_session"
                        + " where mentor_id in (" + Rows.placeholders(mentorIds) + ") and " + OVERLAPS + " and status <> ?",
                parameters, row -> new BusyRange(row.getLong(1), row.getLong(2), Instant.ofEpochMilli(row.getLong(3)),
                        Instant.ofEpochMilli(row.getLong(4))));
    }

    /** The values of {@link #OVERLAPS}' placeholders for {@code [from, to)}. */
    private static List<Object> overlapping(Instant from, Instant to) {
        return List.of(to.toEpochMilli(), from.minus(SessionRules.MAX_DURATION).toEpochMilli(), from.toEpochMilli());
    }

    /** The session in the current row of a select of {@link #COLUMNS} and {@link #GROUP_IDS}. */
    static MentorshipSession toSession(ResultSet row) throws SQLException {
        long menteeId = row.getLong(MENTEE_ID);
        Long mentee = row.wasNull() ? null : menteeId;
        SessionDetails details = new SessionDetails(
                row.getLong(MENTOR_ID),
                mentee,
                row.getLong(LOCATION_ID),
                LocalDateTime.parse(row.getString(LOCAL_START)),
                Duration.ofMinutes(row.getInt(DURATION_MINUTES)),
                EnrollmentMethod.valueOf(row.getString(METHOD)),
                row.getString(MEETING_URL),
                row.getString(PLACE),
                parseIds(row.getString(GROUP_ID_LIST)),
                row.getString(TITLE),
                row.getString(NOTES));
        return new MentorshipSession(row.getLong(ID), details, ZoneId.of(row.getString(ZONE_ID)),
                SessionStatus.valueOf(row.getString(STATUS)), row.getString(SERIES_ID), row.getString(BOOKING_TOKEN),
                row.getInt(REVISION), Instant.ofEpochMilli(row.getLong(CREATED_AT)),
                Instant.ofEpochMilli(row.getLong(UPDATED_AT)), row.getString(UID));
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
