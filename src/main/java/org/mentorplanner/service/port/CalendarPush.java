package org.mentorplanner.service.port;

import java.time.Instant;
import java.util.Objects;

/**
 * What the app last wrote to one resource of a CalDAV collection: the bookkeeping a sync
 * compares with the sessions and with the server to know what to create, update or delete.
 *
 * @param collectionUrl    the collection, as configured
 * @param href             the resource's path on the server
 * @param sessionId        the session it holds; may since have been deleted
 * @param sessionCreatedAt that session's creation time, which tells it from a later session reusing the id
 * @param etag             the server's ETag after our last write, or {@code null} when it sent none
 * @param pushedRevision   the session's revision we wrote
 * @param pushedAt         when we wrote it
 * @param acceptedStart    the session start the booked mentee last accepted, or {@code null} when not booked
 */
public record CalendarPush(String collectionUrl, String href, long sessionId, Instant sessionCreatedAt, String etag,
                           int pushedRevision, Instant pushedAt, Instant acceptedStart) {

    /** A push of a session that is not booked. */
    public CalendarPush(String collectionUrl, String href, long sessionId, Instant sessionCreatedAt, String etag,
                        int pushedRevision, Instant pushedAt) {
        this(collectionUrl, href, sessionId, sessionCreatedAt, etag, pushedRevision, pushedAt, null);
    }

    public CalendarPush {
        Objects.requireNonNull(collectionUrl, "collectionUrl");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(sessionCreatedAt, "sessionCreatedAt");
        Objects.requireNonNull(pushedAt, "pushedAt");
    }
}
