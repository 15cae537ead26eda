package org.mentorplanner.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionStatus;

/**
 * One column of {@code mentorship_session}: its name, how its value is kept ({@link StoredAs}),
 * the value a session gives it, and whether a read selects it. The constants below are the
 * table's one description (ADR 0032): the plain-SQL select list and its positions
 * ({@link SessionRows}), the batch insert's statement and parameters, and the values jOOQ
 * inserts and updates all come from {@link #ALL}, so a new column is one constant here plus its
 * use where a session is made from a row. Nothing here refers to jOOQ (ADR 0012).
 *
 * @param name     the column's name in SQL
 * @param storedAs how its value is bound and read
 * @param value    the value a session gives it
 * @param position its 1-based position in the select list of {@link #READ}, or 0 when a read
 *                 does not select it (a derived column)
 * @param <T>      the Java type of its value
 */
record SessionColumn<T>(String name, StoredAs<T> storedAs, Function<MentorshipSession, T> value, int position) {

    /** Every column, in table order; filled by the constants below as they are made. */
    private static final List<SessionColumn<?>> COLUMNS = new ArrayList<>();

    /** The columns a session read selects, in select order (their {@link #position}). */
    private static final List<SessionColumn<?>> SELECTED = new ArrayList<>();

    static final SessionColumn<Long> ID = read("id", StoredAs.INTEGER, MentorshipSession::id);
    static final SessionColumn<Long> MENTOR_ID = read("mentor_id", StoredAs.INTEGER, s -> s.details().mentorId());
    static final SessionColumn<Long> MENTEE_ID = read("mentee_id", StoredAs.INTEGER, s -> s.details().menteeId());
    static final SessionColumn<Long> LOCATION_ID = read("location_id", StoredAs.INTEGER, s -> s.details().locationId());
    static final SessionColumn<ZoneId> ZONE_ID = read("zone_id", StoredAs.ZONE, MentorshipSession::zone);
    static final SessionColumn<LocalDateTime> LOCAL_START = read("local_start", StoredAs.LOCAL_DATE_TIME,
            s -> s.details().localStart());
    static final SessionColumn<Duration> DURATION_MINUTES = read("duration_minutes", StoredAs.MINUTES,
            s -> s.details().duration());
    /** Derived from the wall-clock start, zone and duration (ADR 0004), so written but not read back. */
    static final SessionColumn<Instant> START_UTC = derived("start_utc", StoredAs.EPOCH_MILLIS, MentorshipSession::startInstant);
    /** Derived, as {@link #START_UTC}. */
    static final SessionColumn<Instant> END_UTC = derived("end_utc", StoredAs.EPOCH_MILLIS, MentorshipSession::endInstant);
    static final SessionColumn<EnrollmentMethod> METHOD = read("method", StoredAs.name(EnrollmentMethod.class),
            s -> s.details().method());
    static final SessionColumn<String> MEETING_URL = read("meeting_url", StoredAs.TEXT, s -> s.details().meetingUrl());
    static final SessionColumn<String> PLACE = read("place", StoredAs.TEXT, s -> s.details().place());
    static final SessionColumn<String> TITLE = read("title", StoredAs.TEXT, s -> s.details().title());
    static final SessionColumn<String> NOTES = read("notes", StoredAs.TEXT, s -> s.details().notes());
    static final SessionColumn<SessionStatus> STATUS = read("status", StoredAs.name(SessionStatus.class),
            MentorshipSession::status);
    static final SessionColumn<String> SERIES_ID = read("series_id", StoredAs.TEXT, MentorshipSession::seriesId);
    static final SessionColumn<String> BOOKING_TOKEN = read("booking_token", StoredAs.TEXT, MentorshipSession::bookingToken);
    static final SessionColumn<Integer> REVISION = read("revision", StoredAs.INT, MentorshipSession::revision);
    static final SessionColumn<Instant> CREATED_AT = read("created_at", StoredAs.EPOCH_MILLIS, MentorshipSession::createdAt);
    static final SessionColumn<Instant> UPDATED_AT = read("updated_at", StoredAs.EPOCH_MILLIS, MentorshipSession::updatedAt);
    static final SessionColumn<String> UID = read("uid", StoredAs.TEXT, MentorshipSession::uid);

    /** Every column, in table order. */
    static final List<SessionColumn<?>> ALL = List.copyOf(COLUMNS);

    /** What a session read selects, in select order; the session's group ids follow as the last column. */
    static final List<SessionColumn<?>> READ = List.copyOf(SELECTED);

    /** What an insert writes: every column but {@link #ID}, which SQLite gives. */
    static final List<SessionColumn<?>> INSERTED = ALL.stream().filter(column -> column != ID).toList();

    private static <T> SessionColumn<T> read(String name, StoredAs<T> storedAs, Function<MentorshipSession, T> value) {
        SessionColumn<T> column = new SessionColumn<>(name, storedAs, value, SELECTED.size() + 1);
        COLUMNS.add(column);
        SELECTED.add(column);
        return column;
    }

    private static <T> SessionColumn<T> derived(String name, StoredAs<T> storedAs, Function<MentorshipSession, T> value) {
        SessionColumn<T> column = new SessionColumn<>(name, storedAs, value, 0);
        COLUMNS.add(column);
        return column;
    }

    /** Whether a read selects this column. */
    boolean isRead() {
        return position > 0;
    }

    /** {@code session}'s value of this column as the database keeps it (what jOOQ binds). */
    Object stored(MentorshipSession session) {
        return storedAs.stored(value.apply(session));
    }

    /** Binds {@code session}'s value of this column to the statement's {@code parameter} (1-based). */
    void bind(PreparedStatement statement, int parameter, MentorshipSession session) throws SQLException {
        storedAs.bind(statement, parameter, value.apply(session));
    }

    /** This column's value in the current row of a select of {@link #READ}. */
    T read(ResultSet row) throws SQLException {
        if (!isRead()) {
            throw new IllegalStateException(name + " is derived and not selected");
        }
        return storedAs.read(row, position);
    }
}
