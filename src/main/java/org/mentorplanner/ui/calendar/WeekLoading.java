package org.mentorplanner.ui.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.ui.Dialogs;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.UserErrors;
import org.mentorplanner.ui.editor.EditorChoices;
import org.mentorplanner.ui.editor.SessionEditorPresenter;

/**
 * Brings sessions from the store onto the grid: the weeks the pages show, loaded lazily on the
 * database thread, read again after a sync, and what another program changed meanwhile, shown
 * in place. Only the shown mentors' sessions are read (ADR 0039): a mentor ticked in the mentor
 * list gets their sessions of the loaded weeks in one read, an unticked one's are dropped.
 */
final class WeekLoading {

    /** What the loading needs from the planner around it (all on the FX thread but {@link #readChoices}). */
    interface Planner {

        /** The directory shown, {@code null} until the window has opened. */
        EditorChoices choices();

        /** The directory as stored now; runs on the database thread. */
        EditorChoices readChoices();

        /** Offers new mentees, places, groups or actor from another program. */
        void useChoices(EditorChoices fresh);

        /** Makes the mentor list and the columns again, keeping the date, the scroll and the selection. */
        void reloadKeepingView();

        /** The editor currently open, if any. */
        Optional<SessionEditorPresenter> openEditor();

        /** The mentors to show when the planner opens on {@code choices}; runs on the database thread. */
        Set<Long> firstView(EditorChoices choices);

        /** The mentors shown now (ticked in the mentor list). */
        Set<Long> shownMentorIds();

        /** Keeps the mentors the user chose to show, for the next opening of this file. */
        void rememberShown(Set<Long> mentorIds);
    }

    private final SessionService sessions;
    private final Supplier<GridSync> gridSync;
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final PlannerView view;
    private final SessionGrid grid;
    private final Supplier<ZoneId> gridZone;
    private final Runnable refreshCounts;
    private final BiConsumer<String, Exception> reportFailure;
    private final LoadedWeeks loaded = new LoadedWeeks();
    /** The mentors whose sessions of the loaded weeks the grid holds (or is fetching): the ones shown. */
    private final Set<Long> inMemory = new LinkedHashSet<>();
    /** Whether a change of the shown mentors waits for the end of {@link #changingShown} (ticks come one calendar at a time). */
    private boolean shownChangeQueued;
    /** How deep in {@link #changingShown} the planner is: ticking many mentors at once makes one read at its end. */
    private int changingShown;
    /** Whether the queued change of the shown mentors came from the user (then it is remembered). */
    private boolean rememberOnApply;
    /** Sessions whose open editor was told of a change by another program, so it is said once. */
    private final Set<Long> warnedChange = new HashSet<>();
    private Planner planner;

    WeekLoading(SessionService sessions, Supplier<GridSync> gridSync, TaskExecutor executor, Dialogs dialogs,
                PlannerView view, SessionGrid grid, Supplier<ZoneId> gridZone, Runnable refreshCounts,
                BiConsumer<String, Exception> reportFailure) {
        this.sessions = sessions;
        this.gridSync = gridSync;
        this.executor = executor;
        this.dialogs = dialogs;
        this.view = view;
        this.grid = grid;
        this.gridZone = gridZone;
        this.refreshCounts = refreshCounts;
        this.reportFailure = reportFailure;
    }

    /** Connects the planner this loads for (before the first load). */
    void serve(Planner planner) {
        this.planner = planner;
    }

    /**
     * What the planner needs to show its first page: the directory, the mentors to show first and
     * their sessions of the first weeks.
     */
    record Opening(EditorChoices choices, Set<Long> shown, GridSync.Weeks sessions) {
    }

    /**
     * Reads the directory, decides which mentors show first and reads their sessions of the weeks
     * in {@code [from, to]}, in one task on the database thread, then hands all to {@code show}
     * on the FX thread.
     */
    void open(LocalDate from, LocalDate to, Consumer<Opening> show) {
        List<LocalDate> weeks = loaded.claim(from, to);
        executor.execute(() -> {
                    EditorChoices choices = planner.readChoices();
                    Set<Long> shown = planner.firstView(choices);
                    return new Opening(choices, shown, weeks.isEmpty() ? new GridSync.Weeks(List.of(), Set.of())
                            : gridSync.get().load(shown, startOf(weeks), endOf(weeks)));
                },
                opening -> {
                    inMemory.clear();
                    inMemory.addAll(opening.shown());
                    show.accept(opening);
                },
                failure -> {
                    loaded.release(weeks);
                    reportFailure.accept("Could not open the planner", failure);
                });
    }

    /** Forgets every loaded week and mentor (before the grid is filled again). */
    void forget() {
        loaded.clear();
        inMemory.clear();
    }

    /**
     * A mentor was ticked or unticked (its check box, "All", "Only me" or the first view): the
     * newly shown mentors' sessions of the loaded weeks are read on the database thread and added
     * in one pass, the hidden ones' dropped, and the choice kept for the next opening when
     * {@code byUser}. Inside {@link #changingShown}, once at its end.
     */
    void shownChanged(boolean byUser) {
        rememberOnApply |= byUser;
        shownChangeQueued = true;
        if (changingShown == 0) {
            applyShownChange();
        }
    }

    /** Runs {@code change}, which ticks or unticks many mentors ("All" ticks 200), so that it makes one read. */
    void changingShown(Runnable change) {
        changingShown++;
        try {
            change.run();
        } finally {
            changingShown--;
            if (changingShown == 0 && shownChangeQueued) {
                applyShownChange();
            }
        }
    }

    private void applyShownChange() {
        shownChangeQueued = false;
        if (!grid.hasCalendars()) {
            return;
        }
        Set<Long> shown = planner.shownMentorIds();
        if (rememberOnApply) {
            rememberOnApply = false;
            planner.rememberShown(shown);
        }
        Set<Long> hidden = new LinkedHashSet<>(inMemory);
        hidden.removeAll(shown);
        Set<Long> added = new LinkedHashSet<>(shown);
        added.removeAll(inMemory);
        if (!hidden.isEmpty()) {
            inMemory.removeAll(hidden);
            view.changeInOnePass(() -> grid.removeMentors(hidden));
        }
        inMemory.addAll(added);
        List<LocalDate> weeks = loaded.all();
        if (added.isEmpty() || weeks.isEmpty()) {
            refreshCounts.run();
            return;
        }
        Instant start = startOf(weeks);
        Instant end = endOf(weeks);
        executor.execute(() -> gridSync.get().load(added, start, end),
                list -> {
                    showInOnePass(list);
                    refreshCounts.run();
                },
                failure -> {
                    inMemory.removeAll(added);
                    reportFailure.accept("Could not load the mentor's sessions", failure);
                });
    }

    /**
     * Adds {@code weeks} to the grid, those of mentors still in memory (one may have been
     * unticked while they were read), with the views' updates suspended: each calendar's batch
     * would otherwise make every view reload its entries once per calendar, the hidden week page's
     * too (issue 15).
     */
    private void showInOnePass(GridSync.Weeks weeks) {
        List<MentorshipSession> wanted = weeks.sessions().stream().filter(s -> inMemory.contains(s.mentorId())).toList();
        view.changeInOnePass(() -> GridSync.show(grid, new GridSync.Weeks(wanted, weeks.conflictIds())));
    }

    /** Loads the sessions of the weeks in {@code [from, to]} that the grid does not hold yet. */
    void ensureLoaded(LocalDate from, LocalDate to) {
        if (!grid.hasCalendars()) {
            return; // CalendarFX asks for data before the mentors are known.
        }
        List<LocalDate> weeks = loaded.claim(from, to);
        if (weeks.isEmpty()) {
            return;
        }
        Instant start = startOf(weeks);
        Instant end = endOf(weeks);
        Collection<Long> mentorIds = Set.copyOf(inMemory);
        executor.execute(() -> gridSync.get().load(mentorIds, start, end),
                list -> {
                    showInOnePass(list);
                    refreshCounts.run();
                },
                failure -> {
                    loaded.release(weeks);
                    reportFailure.accept("Could not load sessions", failure);
                });
    }

    /** The start of the first of {@code weeks} (Mondays, in order) in the grid's zone. */
    private Instant startOf(List<LocalDate> weeks) {
        return weeks.get(0).atStartOfDay(gridZone.get()).toInstant();
    }

    /** The end of the last of {@code weeks}. */
    private Instant endOf(List<LocalDate> weeks) {
        return weeks.get(weeks.size() - 1).plusWeeks(1).atStartOfDay(gridZone.get()).toInstant();
    }

    /**
     * Shows those of {@code list} that fall in weeks the grid holds; the others come from the
     * store when their week is first shown. A 2,080-copy run so adds a few dozen blocks, not
     * 2,080, to CalendarFX on the FX thread, and those a few per pulse
     * ({@link SessionGrid#showGradually}).
     */
    void showIfLoaded(List<MentorshipSession> list) {
        ZoneId zone = gridZone.get();
        grid.showGradually(list.stream().filter(s -> inMemory.contains(s.mentorId())
                && loaded.contains(s.startInstant().atZone(zone).toLocalDate())).toList());
    }

    /** Reads the loaded weeks again and updates their blocks in place, the selection kept: after a sync changed sessions here. */
    void refreshFromStore() {
        List<LocalDate> weeks = loaded.all();
        if (!weeks.isEmpty() && grid.hasCalendars()) {
            gridSync.get().refresh(grid, Set.copyOf(inMemory), startOf(weeks), endOf(weeks), executor, refreshCounts,
                    failure -> reportFailure.accept("Could not read the sessions again", failure));
        }
    }

    /** Puts a session back where the database says it is (after a failed change). */
    void reloadSession(long id) {
        executor.execute(() -> sessions.find(id), found -> {
            found.ifPresentOrElse(grid::show, () -> grid.remove(id));
            refreshCounts.run();
        }, failure -> view.message.setText("Could not reload the session: " + UserErrors.describe(failure)));
    }

    /**
     * Shows what another program changed in the weeks the grid holds and in the directory, in
     * place; an editor open on a session that changed meanwhile says so.
     */
    void showExternalChanges() {
        EditorChoices shown = planner.choices();
        if (shown == null) {
            return;
        }
        List<LocalDate> weeks = loaded.all();
        boolean sessionsShown = !weeks.isEmpty() && grid.hasCalendars();
        Instant start = sessionsShown ? startOf(weeks) : null;
        Instant end = sessionsShown ? endOf(weeks) : null;
        Collection<Long> mentorIds = Set.copyOf(inMemory);
        executor.execute(() -> new OutsideChanges(planner.readChoices(),
                        sessionsShown ? sessions.loadRange(mentorIds, start, end) : List.of()),
                outside -> {
                    DirectoryChange change = DirectoryChange.between(planner.choices(), outside.choices());
                    if (change == DirectoryChange.MENTORS || change == DirectoryChange.CHOICES && outside.choices().mentors().isEmpty()) {
                        planner.reloadKeepingView(); // reads the sessions again too
                        return;
                    }
                    if (change == DirectoryChange.CHOICES) {
                        planner.useChoices(outside.choices());
                    }
                    if (sessionsShown) {
                        showChangedSessions(outside.sessions(), mentorIds, start, end);
                    }
                },
                failure -> view.message.setText("Could not show changes made by another program: " + UserErrors.describe(failure)));
    }

    /** The directory and the shown weeks' sessions as another program left them. */
    private record OutsideChanges(EditorChoices choices, List<MentorshipSession> sessions) {
    }

    private void showChangedSessions(List<MentorshipSession> list, Collection<Long> mentorIds, Instant start, Instant end) {
        Set<Long> stored = list.stream().map(MentorshipSession::id).collect(Collectors.toSet());
        // Only the mentors read: one ticked meanwhile has sessions here that the read could not see.
        List<Long> gone = grid.sessions().stream()
                              .filter(s -> mentorIds.contains(s.mentorId()) && !stored.contains(s.id())
                                      && s.startInstant().isBefore(end) && !s.startInstant().isBefore(start))
                              .map(MentorshipSession::id).toList();
        view.changeInOnePass(() -> {
            grid.removeAll(gone);
            grid.showAll(list.stream().filter(s -> inMemory.contains(s.mentorId())).toList());
        });
        refreshCounts.run();
        planner.openEditor().filter(e -> e.request().sessionId() != null).ifPresent(open -> {
            Long id = open.request().sessionId();
            boolean changed = gone.contains(id) || list.stream().anyMatch(s -> s.id() == id && !s.details().equals(open.request().details()));
            if (changed && warnedChange.add(id)) {
                dialogs.error("Changed by another program", "The session you are editing was changed (or deleted) by another "
                        + "program meanwhile. Saving replaces that change with yours: cancel the editor to see the new version.");
            }
        });
    }
}
