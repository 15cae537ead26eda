package org.mentorplanner.service.port;

import java.util.Objects;

/**
 * The last synced copy of one event of a planning calendar (ADR 0018).
 *
 * @param collectionUrl  the planning calendar
 * @param uid            the event's UID, which is the session's uid
 * @param href           the resource's path on the server
 * @param etag           the server's ETag of that copy, or {@code null} when it sent none
 * @param base           the fields both sides last agreed on (the merge base), in
 *                       {@code SessionFields}' text form; {@code null} for an event that could not
 *                       be taken into this planner (see {@code problem})
 * @param syncedRevision the local session's revision when {@code base} was taken, -1 for none,
 *                       {@link #PUSH_AGAIN} when the server's event must be written again even
 *                       if its fields agree (it carries a conflict mark, ADR 0029)
 * @param problem        why the event was not taken, or {@code null}
 */
public record PlanningCopy(String collectionUrl, String uid, String href, String etag, String base, int syncedRevision,
                           String problem) {

    /** The synced revision of a copy whose event the next sync rewrites whatever its fields: a resolved conflict's mark goes. */
    public static final int PUSH_AGAIN = -2;

    public PlanningCopy {
        Objects.requireNonNull(collectionUrl, "collectionUrl");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(href, "href");
    }

    /** Whether the event was taken into this planner. */
    public boolean isTaken() {
        return base != null;
    }
}
