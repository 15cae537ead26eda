package org.mentorplanner.service.port;

import java.util.List;

/**
 * The bookkeeping of CalDAV sync: per resource pushed to a collection, its href, ETag and the
 * session revision pushed. A team calendar carries the unrestricted published sessions only.
 */
public interface CalendarPushRepository {

    /** Every resource recorded for {@code collectionUrl}, ordered by href. */
    List<CalendarPush> findAll(String collectionUrl);

    /** Records a write the server accepted, replacing the row of the same collection and href. */
    void save(CalendarPush push);

    /** Forgets a resource (deleted on the server); returns whether it was recorded. */
    boolean delete(String collectionUrl, String href);

    /** What changed locally since the last push to {@code collectionUrl}. */
    CalendarOutbox outbox(String collectionUrl);
}
