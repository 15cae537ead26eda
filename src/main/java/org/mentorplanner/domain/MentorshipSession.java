package org.mentorplanner.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A stored mentorship session.
 *
 * @param id           store id
 * @param details      the edited fields
 * @param zone         the zone of {@code details.localStart()}: the location's zone when last saved
 * @param status       draft, published or cancelled
 * @param seriesId     shared by all copies of one bulk duplicate, else {@code null}
 * @param bookingToken URL-safe token of the booking link; only published sessions have one
 * @param revision     grows by one on every change (ICS SEQUENCE)
 * @param createdAt    when first saved
 * @param updatedAt    when last changed
 * @param uid          the session's identity across databases (the iCalendar UID of its events), or
 *                     {@code null} for a session not saved yet: the store gives a new one on insert
 */
public record MentorshipSession(
        long id,
        SessionDetails details,
        ZoneId zone,
        SessionStatus status,
        String seriesId,
        String bookingToken,
        int revision,
        Instant createdAt,
        Instant updatedAt,
        String uid) {

    public MentorshipSession {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(status, "status");
    }

    /**
     * A session without its UID: a new one (the store gives it a UID), or a changed copy of a
     * stored one, whose UID the store keeps since a UID never changes.
     */
    public MentorshipSession(long id, SessionDetails details, ZoneId zone, SessionStatus status, String seriesId,
                             String bookingToken, int revision, Instant createdAt, Instant updatedAt) {
        this(id, details, zone, status, seriesId, bookingToken, revision, createdAt, updatedAt, null);
    }

    /** This session with another UID (a session pulled from a shared calendar keeps the event's). */
    public MentorshipSession withUid(String newUid) {
        return new MentorshipSession(id, details, zone, status, seriesId, bookingToken, revision, createdAt, updatedAt, newUid);
    }

    /** Start in the session's zone; an ambiguous wall-clock time takes the earlier offset. */
    public ZonedDateTime start() {
        return ZonedDateTime.of(details.localStart(), zone);
    }

    public ZonedDateTime end() {
        return start().plus(details.duration());
    }

    public Instant startInstant() {
        return start().toInstant();
    }

    public Instant endInstant() {
        return end().toInstant();
    }

    public long mentorId() {
        return details.mentorId();
    }

    /** A session with a mentee that is not cancelled. */
    public boolean isBooked() {
        return details.hasMentee() && status != SessionStatus.CANCELLED;
    }

    public boolean isDraft() {
        return status == SessionStatus.DRAFT;
    }

    public boolean isPublished() {
        return status == SessionStatus.PUBLISHED;
    }

    public boolean isCancelled() {
        return status == SessionStatus.CANCELLED;
    }

    /** The title, or a generic one when the session has none. */
    public String displayTitle() {
        return details.title().isEmpty() ? "Mentorship session" : details.title();
    }

    /** Whether this session's time range overlaps {@code [from, to)}. */
    public boolean overlaps(Instant from, Instant to) {
        return startInstant().isBefore(to) && endInstant().isAfter(from);
    }
}
