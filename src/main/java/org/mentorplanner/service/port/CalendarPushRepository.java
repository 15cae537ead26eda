package org.mentorplanner.service.port;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The bookkeeping of CalDAV sync: per resource pushed to a collection, its href, ETag and the
 * session revision pushed. A team calendar carries the unrestricted published sessions only.
 *
 * <p>Every change of a session (its row, its group restrictions, and through them what its event
 * shows of people, places and the booking portal) gets a change number, higher than any before;
 * a collection remembers the number up to which its last complete sync compared everything, so
 * the next one reads only what changed since (ADR 0043).
 */
public interface CalendarPushRepository {

    /** Every resource recorded for {@code collectionUrl}, ordered by href. */
    List<CalendarPush> findAll(String collectionUrl);

    /** The resources recorded for {@code collectionUrl} at any of {@code hrefs}, ordered by href. */
    List<CalendarPush> findByHrefs(String collectionUrl, Collection<String> hrefs);

    /** The resources recorded for {@code collectionUrl} whose session changed after {@code mark}, ordered by href. */
    List<CalendarPush> findChangedSince(String collectionUrl, long mark);

    /** How many resources are recorded for {@code collectionUrl}. */
    int count(String collectionUrl);

    /** Records a write the server accepted, replacing the row of the same collection and href. */
    void save(CalendarPush push);

    /** Forgets a resource (deleted on the server); returns whether it was recorded. */
    boolean delete(String collectionUrl, String href);

    /** What changed locally since the last push to {@code collectionUrl}, comparing every session. */
    CalendarOutbox outbox(String collectionUrl);

    /**
     * {@link #outbox} among the sessions changed after {@code mark} only: the same work list
     * when every earlier change was pushed.
     */
    CalendarOutbox outboxSince(String collectionUrl, long mark);

    /** The number of the newest change of any session; 0 when none was recorded. */
    long changeMark();

    /**
     * The change up to which the last sync of {@code collectionUrl} that finished without
     * conflicts compared and pushed everything; empty before one (and after the file was
     * migrated from before change numbers), when every session must be compared.
     */
    Optional<Long> syncedMark(String collectionUrl);

    /** Records that every change up to {@code mark} is in step with {@code collectionUrl}. */
    void saveSyncedMark(String collectionUrl, long mark);
}
