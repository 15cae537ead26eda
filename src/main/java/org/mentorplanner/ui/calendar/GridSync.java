package org.mentorplanner.ui.calendar;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.CalendarsSync;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.ui.TaskExecutor;

/**
 * The grid's part in sync: the sessions of some weeks and the sessions in conflict with the
 * planning calendar, read in one database task so the marks match the blocks; and reading the
 * loaded weeks again after a sync changed sessions, updating the blocks in place.
 */
final class GridSync {

    private final SessionService sessions;
    private final CalendarsSync sync;

    @Inject
    GridSync(SessionService sessions, CalendarsSync sync) {
        this.sessions = sessions;
        this.sync = sync;
    }

    /** Sessions of some weeks, and the ids of all sessions with an open sync conflict. */
    record Weeks(List<MentorshipSession> sessions, Set<Long> conflictIds) {
    }

    /** The given mentors' sessions overlapping {@code [from, to)} and the conflicts; on the database thread. */
    Weeks load(Collection<Long> mentorIds, Instant from, Instant to) {
        return new Weeks(sessions.loadRange(mentorIds, from, to), sync.conflictIds());
    }

    /** Adds {@code weeks} to the grid with their conflict marks; FX thread. */
    static void show(SessionGrid grid, Weeks weeks) {
        grid.markConflicts(weeks.conflictIds());
        grid.showAll(weeks.sessions());
    }

    /**
     * Reads {@code mentorIds}' sessions of {@code [from, to)} again on the database thread and puts it on the grid in place of
     * what it showed (blocks updated in place, so a selection stays), then runs {@code after}.
     */
    void refresh(SessionGrid grid, Collection<Long> mentorIds, Instant from, Instant to, TaskExecutor executor, Runnable after,
                 Consumer<Exception> failed) {
        executor.execute(() -> load(mentorIds, from, to), weeks -> {
            grid.markConflicts(weeks.conflictIds());
            grid.replaceRange(from, to, mentorIds, weeks.sessions());
            after.run();
        }, failed::accept);
    }
}
