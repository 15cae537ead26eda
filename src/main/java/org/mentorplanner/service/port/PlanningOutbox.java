package org.mentorplanner.service.port;

import java.util.List;
import java.util.Set;

/**
 * The local side of a planning calendar sync, derived at sync time from the sessions and the
 * {@link PlanningCopy} rows, as the team calendar's outbox is (ADR 0014, 0018).
 *
 * @param changedSessionIds sessions never synced to the calendar, or changed (another revision) since
 * @param deleted           copies whose session no longer exists here
 */
public record PlanningOutbox(Set<Long> changedSessionIds, List<PlanningCopy> deleted) {

    public PlanningOutbox {
        changedSessionIds = Set.copyOf(changedSessionIds);
        deleted = List.copyOf(deleted);
    }

    /** How many local changes wait for the next sync. */
    public int size() {
        return changedSessionIds.size() + deleted.size();
    }
}
