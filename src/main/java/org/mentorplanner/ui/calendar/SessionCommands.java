package org.mentorplanner.ui.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.DuplicationResult;
import org.mentorplanner.service.DuplicationService;
import org.mentorplanner.service.SaveResult;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.ui.Dialogs;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.mysessions.MySessionsPresenter;
import org.mentorplanner.ui.undo.RunChange;
import org.mentorplanner.ui.undo.SessionChange;
import org.mentorplanner.ui.undo.UndoHistory;

/**
 * The changes the user makes to stored sessions (move, publish, cancel, delete, series changes,
 * bulk runs), each sent to the services on the database thread, shown on the grid when it went
 * through and recorded for undo; and undo and redo themselves.
 */
final class SessionCommands {

    private final SessionService sessions;
    private final DuplicationService duplication;
    private final SettingsService settings;
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final PlannerView view;
    private final SessionGrid grid;
    private final MySessionsPresenter mySessions;
    private final WeekLoading loading;
    private final Runnable refreshCounts;
    private final BiConsumer<String, Exception> reportFailure;
    private final UndoHistory history = new UndoHistory();

    SessionCommands(SessionService sessions, DuplicationService duplication, SettingsService settings,
                    TaskExecutor executor, Dialogs dialogs, PlannerView view, SessionGrid grid,
                    MySessionsPresenter mySessions, WeekLoading loading, Runnable refreshCounts,
                    BiConsumer<String, Exception> reportFailure) {
        this.sessions = sessions;
        this.duplication = duplication;
        this.settings = settings;
        this.executor = executor;
        this.dialogs = dialogs;
        this.view = view;
        this.grid = grid;
        this.mySessions = mySessions;
        this.loading = loading;
        this.refreshCounts = refreshCounts;
        this.reportFailure = reportFailure;
    }

    /** The changes that can be undone and redone. */
    UndoHistory history() {
        return history;
    }

    /**
     * Moves or resizes a session to start at {@code start} for {@code duration}; a booked
     * session asks first. The start keeps the session's own zone.
     */
    void move(long id, ZonedDateTime start, Duration duration) {
        MentorshipSession before = grid.session(id).orElse(null);
        if (before == null) {
            return;
        }
        if (before.isBooked() && !dialogs.confirm("Move a booked session?",
                "'" + before.displayTitle() + "' is booked. The mentee will see the new time.", "Move it")) {
            grid.show(before);
            return;
        }
        SessionDetails details = before.details()
                                       .withLocalStart(start.withZoneSameInstant(before.zone()).toLocalDateTime())
                                       .withDuration(duration);
        String label = before.details().duration().equals(duration) ? "Move" : "Resize";
        executor.execute(() -> sessions.update(settings.actor(), id, details),
                result -> saved(new SessionChange(label + " '" + before.displayTitle() + "'", before, result.session()), result.notices()),
                failure -> {
                    reportFailure.accept("Could not move the session", failure);
                    grid.show(before);
                    loading.reloadSession(id);
                });
    }

    /** Cancels the rest of {@code session}'s series after asking. */
    void cancelRestOfSeries(MentorshipSession session) {
        LocalDate from = session.details().localStart().toLocalDate();
        if (!dialogs.confirm("Cancel the rest of the series?", "Every session of this series from " + from
                + " on is cancelled; their booking links stop working.", "Cancel them", "Keep them")) {
            return;
        }
        executor.execute(() -> duplication.cancelSeries(settings.actor(), session.seriesId(), from),
                cancelled -> {
                    view.changeInOnePass(() -> grid.showAll(cancelled));
                    view.message.setText(cancelled.size() + " sessions of the series cancelled.");
                    refreshCounts.run();
                    mySessions.refresh();
                },
                failure -> reportFailure.accept("Could not cancel the series", failure));
    }

    /** Asks for a new start time, then moves the rest of {@code session}'s series to it. */
    void changeSeriesTime(MentorshipSession session) {
        LocalDate from = session.details().localStart().toLocalDate();
        dialogs.askTime("Change time for the rest of the series",
                "New start time for every session of this series from " + from + " on (HH:MM):",
                session.details().localStart().toLocalTime()).ifPresent(time ->
                executor.execute(() -> duplication.changeSeriesTime(settings.actor(), session.seriesId(), from, time),
                        changed -> {
                            view.changeInOnePass(() -> grid.showAll(changed.stream().map(SaveResult::session).toList()));
                            view.message.setText(changed.size() + " sessions of the series now start at " + time + ".");
                            refreshCounts.run();
                        },
                        failure -> reportFailure.accept("Could not change the series", failure)));
    }

    /** Publishes a draft, so it gets a booking link. */
    void publish(MentorshipSession session) {
        change("Publish", session, () -> sessions.publish(settings.actor(), session.id()));
    }

    /** Takes a session back to draft. */
    void unpublish(MentorshipSession session) {
        change("Unpublish", session, () -> sessions.unpublish(settings.actor(), session.id()));
    }

    /** Cancels a session after asking; it stays on the grid, read-only. */
    void cancel(MentorshipSession session) {
        String who = session.isBooked() ? " The booked mentee loses the session." : "";
        if (dialogs.confirm("Cancel '" + session.displayTitle() + "'?", "The booking link stops working." + who,
                "Cancel session", "Keep session")) {
            change("Cancel", session, () -> sessions.cancel(settings.actor(), session.id()));
        }
    }

    /** Deletes a draft (undo brings it back). */
    void delete(MentorshipSession session) {
        executor.execute(() -> {
                    sessions.delete(settings.actor(), session.id());
                    return session;
                },
                deleted -> saved(new SessionChange("Delete '" + deleted.displayTitle() + "'", deleted, null), List.of()),
                failure -> reportFailure.accept("Could not delete the session", failure));
    }

    /** Copies a published session's booking link to the clipboard. */
    void copyBookingLink(MentorshipSession session) {
        executor.execute(() -> sessions.describe(List.of(session)).get(0).bookingUrl(),
                url -> {
                    if (url == null) {
                        view.message.setText("'" + session.displayTitle() + "' has no booking link: publish it first.");
                        return;
                    }
                    ClipboardContent content = new ClipboardContent();
                    content.putString(url);
                    Clipboard.getSystemClipboard().setContent(content);
                    view.message.setText("Booking link copied: " + url);
                },
                failure -> reportFailure.accept("Could not copy the booking link", failure));
    }

    /**
     * Gives a published session a new booking link after asking, since the old one stops
     * working. Undo puts the old link back (the history restores the whole session).
     */
    void regenerateLink(MentorshipSession session) {
        if (dialogs.confirm("Regenerate the booking link of '" + session.displayTitle() + "'?",
                "The current link stops working at once: whoever has it can no longer book. Use this for a link "
                        + "that reached the wrong people. Undo (Ctrl+Z) brings the old link back.", "Regenerate link")) {
            change("Regenerate the link of", session, () -> sessions.regenerateLink(settings.actor(), session.id()));
        }
    }

    private void change(String verb, MentorshipSession before, Callable<MentorshipSession> work) {
        executor.execute(work,
                after -> saved(new SessionChange(verb + " '" + before.displayTitle() + "'", before, after), List.of()),
                failure -> {
                    reportFailure.accept("Could not " + verb.toLowerCase(Locale.ROOT) + " the session", failure);
                    loading.reloadSession(before.id());
                });
    }

    /** A change went through: show it, remember it for undo, tell the user about adjustments. */
    void saved(SessionChange change, List<String> notices) {
        change.afterState().ifPresentOrElse(grid::show, () -> grid.remove(change.sessionId()));
        history.record(change);
        view.message.setText(notices.isEmpty() ? change.label() + ": done." : String.join(" ", notices));
        refreshCounts.run();
        mySessions.refresh();
    }

    /** A bulk run was committed: show its copies and make it one undo step. */
    void bulkDuplicated(DuplicationResult result) {
        int made = result.created().size();
        RunChange change = new RunChange("Bulk duplicate (" + made + (made == 1 ? " copy" : " copies") + ")", result);
        loading.showIfLoaded(result.created());
        history.record(change);
        view.message.setText("Bulk duplicate done: " + result.plan().summary() + ".");
        refreshCounts.run();
        mySessions.refresh();
    }

    /** Reverts the last change through the services. */
    void undo() {
        history.nextUndo().ifPresent(change -> {
            switch (change) {
                case SessionChange one -> writeState(one, one.beforeState(), true);
                case RunChange run -> writeRun(run, true);
            }
        });
    }

    /** Applies the last undone change again. */
    void redo() {
        history.nextRedo().ifPresent(change -> {
            switch (change) {
                case SessionChange one -> writeState(one, one.afterState(), false);
                case RunChange run -> writeRun(run, false);
            }
        });
    }

    /** Undoes a whole bulk run (deletes its copies) or redoes it (puts them back), in one transaction. */
    private void writeRun(RunChange change, boolean undoing) {
        DuplicationResult result = change.result();
        executor.execute(() -> {
                    if (undoing) {
                        duplication.undo(settings.actor(), result);
                        return List.<MentorshipSession>of();
                    }
                    return duplication.redo(settings.actor(), result);
                },
                restored -> {
                    if (undoing) {
                        view.changeInOnePass(() -> grid.removeAll(result.createdIds()));
                        history.undone(change);
                        view.message.setText("Undone: " + change.label() + ".");
                    } else {
                        loading.showIfLoaded(restored);
                        history.redone(change);
                        view.message.setText("Redone: " + change.label() + ".");
                    }
                    refreshCounts.run();
                    mySessions.refresh();
                },
                failure -> reportFailure.accept(undoing ? "Could not undo" : "Could not redo", failure));
    }

    private void writeState(SessionChange change, Optional<MentorshipSession> target, boolean undoing) {
        long id = change.sessionId();
        executor.execute(() -> {
                    if (target.isPresent()) {
                        return Optional.of(sessions.restore(settings.actor(), target.get()));
                    }
                    sessions.undoCreate(settings.actor(), id);
                    return Optional.<MentorshipSession>empty();
                },
                state -> {
                    state.ifPresentOrElse(grid::show, () -> grid.remove(id));
                    if (undoing) {
                        history.undone(change);
                        view.message.setText("Undone: " + change.label() + ".");
                    } else {
                        history.redone(change);
                        view.message.setText("Redone: " + change.label() + ".");
                    }
                    refreshCounts.run();
                    mySessions.refresh();
                },
                failure -> {
                    reportFailure.accept(undoing ? "Could not undo" : "Could not redo", failure);
                    loading.reloadSession(id);
                });
    }
}
