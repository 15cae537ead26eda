package org.mentorplanner.service.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A session whose same field was changed both here and on the planning calendar since the last
 * sync: neither side is overwritten until the user keeps one (ADR 0018).
 *
 * @param collectionUrl the planning calendar
 * @param uid           the session's uid
 * @param fields        the conflicting fields' names ({@code SessionFields.Field} names)
 * @param mine          every field of the local session when found, in {@code SessionFields}' text form
 * @param theirs        every field of the server's event then, in the same form
 * @param href          where the server's event is
 * @param etag          its ETag then, or {@code null}
 * @param foundAt       when the sync found it
 */
public record SyncConflict(String collectionUrl, String uid, List<String> fields, String mine, String theirs, String href,
                           String etag, Instant foundAt) {

    public SyncConflict {
        Objects.requireNonNull(collectionUrl, "collectionUrl");
        Objects.requireNonNull(uid, "uid");
        fields = List.copyOf(fields);
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(foundAt, "foundAt");
    }
}
