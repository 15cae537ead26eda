package org.mentorplanner.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.Entry;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.WorkingHours;
import org.mentorplanner.service.DuplicationService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.service.format.DisplayFormats;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.editor.EditorAction;
import org.mentorplanner.ui.editor.EditorChoices;
import org.mentorplanner.ui.editor.EditorRequest;
import org.mentorplanner.ui.editor.SessionEditorPresenter;
import org.mentorplanner.ui.undo.SessionChange;

/**
 * The session editor as the planner opens it: on a new session (from the toolbar, the context
 * menu or a block dragged into being), on a stored one, or on a copy at the mentor's next free
 * slot; what the editor submits is saved through the services and recorded for undo.
 */
final class SessionEditing {

    /** What the editing needs from the planner around it. */
    interface Planner {

        /** The directory shown, {@code null} until the window has opened. */
        EditorChoices choices();

        /** The zone the grid shows its times in. */
        ZoneId gridZone();

        /** The calendar a new block goes into when none was picked: mine, else the first shown. */
        Calendar<?> defaultCalendar();

        /** Says what a new session lacks (no mentors, no places) and offers a way out. */
        void offerWhatIsMissing(NothingToSchedule missing);

        /** Busy time from mentors' own calendars, once it is shown (ADR 0024). */
        Optional<BusyBands> busyBands();

        /** Shows a failure in the status bar and a dialog. */
        void reportFailure(String header, Exception failure);
    }

    private final SessionService sessions;
    private final SettingsService settings;
    private final DuplicationService duplication;
    private final TaskExecutor executor;
    private final DisplayFormats formats;
    /** The editor marks sessions outside them. */
    private final WorkingHours workingHours;
    private final GridClock gridClock;
    private final PlannerView view;
    private final SessionGrid grid;
    private final SessionCommands commands;
    private final Planner planner;
    private SessionEditorPresenter editor;
    /** A block dragged into being whose editor is open: it goes when the editor is cancelled. */
    private Entry<?> unsavedEntry;

    SessionEditing(SessionService sessions, SettingsService settings, DuplicationService duplication, TaskExecutor executor,
                   DisplayFormats formats, WorkingHours workingHours, GridClock gridClock, PlannerView view,
                   SessionGrid grid, SessionCommands commands, Planner planner) {
        this.sessions = sessions;
        this.settings = settings;
        this.duplication = duplication;
        this.executor = executor;
        this.formats = formats;
        this.workingHours = workingHours;
        this.gridClock = gridClock;
        this.view = view;
        this.grid = grid;
        this.commands = commands;
        this.planner = planner;
    }

    /** The editor currently open, if any. */
    Optional<SessionEditorPresenter> openEditor() {
        return Optional.ofNullable(editor).filter(e -> !e.isClosed());
    }

    /** Opens the editor on a new session at the next full hour (10:00 on the shown week when today is not in it). */
    void newSession() {
        LocalDateTime start = gridClock.now().toLocalDateTime().truncatedTo(ChronoUnit.HOURS).plusHours(1);
        LocalDate shown = view.week.getDate();
        if (!formats.weekStart(shown).equals(formats.weekStart(start.toLocalDate()))) {
            start = shown.atTime(LocalTime.of(10, 0));
        }
        newSessionAt(start, PlannerPresenter.DEFAULT_DURATION, null);
    }

    void newSessionAt(LocalDateTime startInGrid, Duration duration, Entry<?> block) {
        EditorChoices choices = planner.choices();
        if (choices == null) {
            return;
        }
        Optional<NothingToSchedule> missing = NothingToSchedule.check(choices);
        if (missing.isPresent()) {
            if (block != null) {
                grid.discard(block);
            }
            planner.offerWhatIsMissing(missing.get());
            return;
        }
        LocalDateTime start = startInGrid == null ? gridClock.now().toLocalDateTime().truncatedTo(ChronoUnit.HOURS) : startInGrid;
        Calendar<?> calendar = block != null && block.getCalendar() != null ? block.getCalendar() : planner.defaultCalendar();
        long mentorId = grid.mentorOf(calendar)
                            .orElse(choices.schedulableMentors().isEmpty() ? 0L : choices.schedulableMentors().get(0).id());
        // The mentor's usual place first: where most of their sessions in the loaded weeks are
        // (read from the grid, so the editor opens at once, with no wait on the database).
        Optional<Location> usual = UsualLocation.of(grid.sessions().stream().filter(s -> s.mentorId() == mentorId).toList())
                                                .flatMap(choices::location);
        openNewSession(choices, start, duration, block, mentorId, usual);
    }

    private void openNewSession(EditorChoices choices, LocalDateTime start, Duration duration, Entry<?> block, long mentorId, Optional<Location> usual) {
        ZoneId gridZone = planner.gridZone();
        // Else a place in the grid's own zone, so the block's time is the time the user dragged.
        Location location = usual.orElseGet(() -> choices.locations().stream()
                .filter(l -> !l.isOnline() && l.zone().equals(gridZone)).findFirst()
                .orElse(choices.locations().isEmpty() ? null : choices.locations().get(0)));
        LocalDateTime local = location == null ? start
                : start.atZone(gridZone).withZoneSameInstant(location.zone()).toLocalDateTime();
        EnrollmentMethod method = location != null && location.isOnline() ? EnrollmentMethod.ONLINE : EnrollmentMethod.IN_PERSON;
        SessionDetails details = new SessionDetails(mentorId, null, location == null ? 0 : location.id(), local,
                duration, method, null, null, Set.of(), "", "");
        openEditor(EditorRequest.create(details), block);
    }

    void openEditorFor(Entry<?> entry) {
        if (BusyBands.isBand(entry)) {
            return;
        }
        Long id = SessionEntries.sessionId(entry);
        if (id == null) {
            newSessionAt(entry.getStartAsLocalDateTime(), entry.getDuration(), entry);
        } else {
            grid.session(id).ifPresent(this::edit);
        }
    }

    /** Opens the editor on a stored session. */
    void edit(MentorshipSession session) {
        openEditor(new EditorRequest(session.id(), session.status(), session.details()), null);
    }

    /**
     * Duplicate: the editor opens on a copy of {@code session} (without its mentee, as a draft)
     * at the mentor's next free slot, to adjust its date and time. Nothing is saved until the
     * user saves the copy: Cancel leaves nothing behind, as for a dragged block.
     */
    void duplicate(MentorshipSession session) {
        SessionDetails copy = DuplicationService.duplicateDetails(session, session.details().localStart());
        executor.execute(() -> nextFreeStart(copy),
                start -> openEditor(EditorRequest.create(copy.withLocalStart(start)), null),
                failure -> planner.reportFailure("Could not duplicate the session", failure));
    }

    /** Runs on the database thread: the first start after the session, same length, free of sessions and busy time. */
    private LocalDateTime nextFreeStart(SessionDetails details) {
        ZoneId zone = planner.choices().location(details.locationId()).map(Location::zone).orElse(planner.gridZone());
        return duplication.nextFreeStart(details, zone, DuplicationService.FREE_SLOT_TRIES);
    }

    private void openEditor(EditorRequest request, Entry<?> block) {
        EditorChoices choices = planner.choices();
        if (choices == null) {
            return;
        }
        openEditor().ifPresent(SessionEditorPresenter::close);
        dropUnsavedEntry();
        unsavedEntry = block;
        editor = new SessionEditorPresenter(choices, request, new EditorListener(), planner.gridZone(), formats);
        planner.busyBands().ifPresent(bands -> editor.useBusyLookup(bands::lookup));
        editor.useWorkingHours(workingHours);
        editor.show(view.root.getScene() == null ? null : view.root.getScene().getWindow());
    }

    private void dropUnsavedEntry() {
        if (unsavedEntry != null) {
            grid.discard(unsavedEntry);
            unsavedEntry = null;
        }
    }

    private final class EditorListener implements SessionEditorPresenter.Listener {

        @Override
        public void submit(SessionEditorPresenter source, SessionDetails details, EditorAction action) {
            EditorRequest request = source.request();
            boolean publish = action != EditorAction.SAVE;
            if (request.isNew()) {
                executor.execute(() -> sessions.create(settings.actor(), details, publish),
                        result -> {
                            source.close();
                            dropUnsavedEntry();
                            commands.saved(new SessionChange("Create '" + result.session().displayTitle() + "'", null, result.session()), result.notices());
                            afterSave(result.session(), action);
                        },
                        failure -> editorFailed(source, failure));
            } else {
                long id = request.sessionId();
                MentorshipSession before = grid.session(id).orElse(null);
                executor.execute(() -> sessions.update(settings.actor(), id, details, publish),
                        result -> {
                            source.close();
                            commands.saved(new SessionChange("Edit '" + result.session().displayTitle() + "'",
                                    before, result.session()), result.notices());
                            afterSave(result.session(), action);
                        },
                        failure -> editorFailed(source, failure));
            }
        }

        @Override
        public void cancelled(SessionEditorPresenter source) {
            if (source == editor) {
                dropUnsavedEntry();
            }
        }
    }

    private void afterSave(MentorshipSession session, EditorAction action) {
        if (action == EditorAction.PUBLISH_AND_DUPLICATE) {
            duplicate(session);
        }
    }

    private void editorFailed(SessionEditorPresenter source, Exception failure) {
        if (failure instanceof InvalidInputException invalid) {
            source.showProblems(invalid);
        } else {
            source.setBusy(false);
            planner.reportFailure("Could not save the session", failure);
        }
    }
}
