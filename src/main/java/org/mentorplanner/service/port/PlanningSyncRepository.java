package org.mentorplanner.service.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bookkeeping of two-way sync (ADR 0018): per calendar its sync token and last sync, per
 * event of a planning calendar its last synced copy, and the open conflicts.
 */
public interface PlanningSyncRepository {

    /** The sync token stored after the last pull of {@code collectionUrl}, if any. */
    Optional<String> syncToken(String collectionUrl);

    /** When {@code collectionUrl} was last synced to the end, if ever. */
    Optional<Instant> lastSync(String collectionUrl);

    /** Records the end of a pull: its token ({@code null} to list everything next time) and when. */
    void saveState(String collectionUrl, String syncToken, Instant syncedAt);

    /** Forgets the stored sync token, so the next pull lists the whole collection. */
    void forgetToken(String collectionUrl);

    /** Every copy of {@code collectionUrl}. */
    List<PlanningCopy> copies(String collectionUrl);

    Optional<PlanningCopy> copy(String collectionUrl, String uid);

    /** Saves a copy, replacing the one of the same collection and uid (and any other at its href). */
    void saveCopy(PlanningCopy copy);

    /** Forgets a copy; returns whether there was one. */
    boolean deleteCopy(String collectionUrl, String uid);

    /** What changed locally since the last sync with {@code collectionUrl}. */
    PlanningOutbox outbox(String collectionUrl);

    /** The ids of the sessions with these uids (uids with no session are left out). */
    Map<String, Long> sessionIds(Collection<String> uids);

    /** Every open conflict of {@code collectionUrl}, oldest first. */
    List<SyncConflict> conflicts(String collectionUrl);

    /** Records a conflict, replacing the one of the same session. */
    void saveConflict(SyncConflict conflict);

    /** Forgets a session's conflict; returns whether there was one. */
    boolean deleteConflict(String collectionUrl, String uid);

    /**
     * The ids of the sessions with an open conflict on {@code collectionUrl}: a plain read, so the
     * planner may ask it while it opens (ADR 0012).
     */
    Set<Long> conflictedSessionIds(String collectionUrl);
}
