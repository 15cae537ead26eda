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

    /** This session under the id the store gave it. */
    public MentorshipSession withId(long newId) {
        return new MentorshipSession(newId, details, zone, status, seriesId, bookingToken, revision, createdAt, updatedAt, uid);
    }

    /** This session with other fields, whose start is a wall-clock time in {@code newZone} (its location's). */
    public MentorshipSession withDetails(SessionDetails newDetails, ZoneId newZone) {
        return new MentorshipSession(id, newDetails, newZone, status, seriesId, bookingToken, revision, createdAt, updatedAt, uid);
    }

    /** This session with another booking link ({@code null}: none). */
    public MentorshipSession withBookingToken(String newToken) {
        return new MentorshipSession(id, details, zone, status, seriesId, newToken, revision, createdAt, updatedAt, uid);
    }

    /**
     * This session moved to {@code target}, following the status rules: a session already in
     * {@code target} is returned as it is; a cancelled session cannot change, and a booked one
     * cannot go back to draft (see {@link #requireMayBecome}). Only a published session keeps a
     * booking link, so the copy has {@code publishedToken} when {@code target} is published and
     * none otherwise.
     *
     * @throws InvalidInputException when the rules refuse the change, saying why
     */
    public MentorshipSession withStatus(SessionStatus target, String publishedToken) {
        if (status == target) {
            return this;
        }
        requireMayBecome(target);
        String token = target == SessionStatus.PUBLISHED ? publishedToken : null;
        return new MentorshipSession(id, details, zone, target, seriesId, token, revision, createdAt, updatedAt, uid);
    }

    /**
     * Refuses a change to {@code target} that the rules forbid: nothing of a cancelled session
     * changes any more, and a booked session is not taken back to draft (its mentee would hold a
     * booking of a session nobody sees).
     *
     * @throws InvalidInputException saying what is wrong and what to do instead
     */
    public void requireMayBecome(SessionStatus target) {
        requireChangeable();
        if (target == SessionStatus.DRAFT && isBooked()) {
            throw new InvalidInputException("Session #" + id + " is booked: remove the mentee or cancel it instead of unpublishing.");
        }
    }

    /**
     * Refuses any change to a cancelled session: it stays as it was, read-only.
     *
     * @throws InvalidInputException when this session is cancelled
     */
    public void requireChangeable() {
        if (isCancelled()) {
            throw new InvalidInputException("Session #" + id + " is cancelled and can no longer be changed.");
        }
    }

    /** This session after a change saved at {@code at}: the next revision (ICS SEQUENCE), updated then. */
    public MentorshipSession revised(Instant at) {
        return new MentorshipSession(id, details, zone, status, seriesId, bookingToken, revision + 1, createdAt, at, uid);
    }

    /**
     * This session written back over a stored copy at revision {@code storedRevision} (undo and
     * redo): a revision above both, updated {@code at}, so calendars see a change.
     */
    public MentorshipSession revisedAfter(int storedRevision, Instant at) {
        return new MentorshipSession(id, details, zone, status, seriesId, bookingToken, Math.max(revision, storedRevision) + 1,
                createdAt, at, uid);
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
