package org.mentorplanner.service.port;

import java.util.List;
import java.util.Set;

/**
 * The local side of a CalDAV sync's work list, derived from the sessions and the
 * {@link CalendarPush} rows at sync time (ADR 0014).
 *
 * @param sessionIdsToPush unrestricted published sessions never pushed, or changed (a newer revision) since
 * @param toRemove         pushed resources whose session is no longer an unrestricted published one:
 *                         unpublished, cancelled, restricted to groups or deleted
 */
public record CalendarOutbox(Set<Long> sessionIdsToPush, List<CalendarPush> toRemove) {

    public CalendarOutbox {
        sessionIdsToPush = Set.copyOf(sessionIdsToPush);
        toRemove = List.copyOf(toRemove);
    }

    /** Whether nothing changed locally since the last sync. */
    public boolean isEmpty() {
        return sessionIdsToPush.isEmpty() && toRemove.isEmpty();
    }
}
