package org.mentorplanner.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Both calendars in one go, for the window: a sync of the team calendar and then of the planning
 * calendar, each only when it is set up, and the sync state the status bar shows. The command
 * line does the same in {@code sync caldav} and {@code sync status}.
 */
@Singleton
public class CalendarsSync {

    private final CalendarSyncService team;
    private final PlanningSyncService planning;
    private final SettingsService settings;

    @Inject
    public CalendarsSync(CalendarSyncService team, PlanningSyncService planning, SettingsService settings) {
        this.team = team;
        this.planning = planning;
        this.settings = settings;
    }

    /**
     * What to sync with: either URL may be null (that calendar is not synced); the user name and
     * password serve both.
     */
    public record Request(String teamUrl, String planningUrl, String user, String password, boolean overwriteTeam) {

        /** Without the password, so it never reaches a log. */
        @Override
        public String toString() {
            return "Request[team=" + teamUrl + ", planning=" + planningUrl + ", user=" + user + "]";
        }
    }

    /**
     * What one sync of both calendars did.
     *
     * @param team      the team calendar's sync, if it ran
     * @param planning  the planning calendar's sync, if it ran
     * @param conflicts the planning calendar's open conflicts afterwards, oldest first
     */
    public record Result(Optional<CalendarSyncResult> team, Optional<PlanningSyncResult> planning,
                         List<SyncConflictView> conflicts) {

        public Result {
            conflicts = List.copyOf(conflicts);
        }

        /** Sessions created, changed or deleted here from the planning calendar. */
        public int pulled() {
            return planning.map(PlanningSyncResult::pulled).orElse(0);
        }

        /** Sessions booked or freed from the team calendar. */
        public int booked() {
            return team.map(CalendarSyncResult::booked).orElse(0);
        }

        /** Whether the sessions here changed (the grid then reads them again). */
        public boolean changedSessions() {
            return pulled() + booked() > 0;
        }

        /** Team events changed on the server and left as they are. */
        public int teamConflicts() {
            return team.map(result -> result.conflicts().size()).orElse(0);
        }

        /** "In all: 2 pulled, 1 booked, 1 conflict." */
        public String totals() {
            int conflictCount = teamConflicts() + conflicts.size();
            return "In all: " + pulled() + " pulled, " + booked() + " booked, " + conflictCount
                    + (conflictCount == 1 ? " conflict." : " conflicts.");
        }
    }

    /**
     * Where sync stands, as the status bar shows it.
     *
     * @param teamUrl      the team calendar, if set up
     * @param teamSynced   its last finished sync
     * @param planningUrl  the planning calendar, if set up
     * @param planningSynced its last finished sync
     * @param pending      local changes waiting for the next sync, both calendars
     * @param conflictIds  the sessions with an open conflict on the planning calendar
     */
    public record Status(Optional<String> teamUrl, Optional<Instant> teamSynced, Optional<String> planningUrl,
                         Optional<Instant> planningSynced, int pending, Set<Long> conflictIds) {

        public Status {
            conflictIds = Set.copyOf(conflictIds);
        }

        /** Whether any calendar is set up. */
        public boolean configured() {
            return teamUrl.isPresent() || planningUrl.isPresent();
        }
    }

    /**
     * Syncs the team calendar, then the planning calendar, each when its URL is given.
     *
     * @throws InvalidInputException   when a URL is not an http(s) link
     * @throws CalendarServerException when a server cannot be used; what was done before is recorded
     */
    public Result sync(Request request, WorkProgress progress) {
        Optional<CalendarSyncResult> teamResult = Optional.empty();
        if (request.teamUrl() != null) {
            teamResult = Optional.of(team.sync(new CalendarSyncRequest(request.teamUrl(), request.user(), request.password(),
                    false, request.overwriteTeam()), progress));
        }
        Optional<PlanningSyncResult> planningResult = Optional.empty();
        if (request.planningUrl() != null) {
            planningResult = Optional.of(planning.sync(planning.account(request.planningUrl(), request.user(), request.password()),
                    progress));
        }
        return new Result(teamResult, planningResult, planning.conflicts());
    }

    /** The remembered URLs and user name: what a sync without the dialog (in the background) uses. */
    public Request remembered(String password) {
        var stored = settings.settings();
        return new Request(stored.calendarUrl().orElse(null), planning.planningUrl().orElse(null),
                stored.calendarUser().orElse(""), password, false);
    }

    /** Last syncs, waiting changes and conflicts. */
    public Status status() {
        Optional<String> teamUrl = settings.settings().calendarUrl();
        Optional<String> planningUrl = planning.planningUrl();
        return new Status(teamUrl, teamUrl.flatMap(team::lastSync), planningUrl, planningUrl.flatMap(planning::lastSync),
                team.pendingChanges() + planning.pendingChanges(), conflictIds());
    }

    /** The sessions with an open conflict on the planning calendar (the grid marks them). */
    public Set<Long> conflictIds() {
        return planning.conflictedSessionIds();
    }

    /**
     * Keeps one side of a session's conflict and returns the conflicts still open.
     *
     * @see PlanningSyncService#resolve(long, boolean)
     */
    public List<SyncConflictView> resolve(long sessionId, boolean keepMine) {
        planning.resolve(sessionId, keepMine);
        return planning.conflicts();
    }

    /** The planning calendar's open conflicts, oldest first. */
    public List<SyncConflictView> conflicts() {
        return planning.conflicts();
    }

    /** The planning calendar remembered from the last sync, if any. */
    public Optional<String> planningUrl() {
        return planning.planningUrl();
    }
}
