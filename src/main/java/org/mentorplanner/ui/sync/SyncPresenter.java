package org.mentorplanner.ui.sync;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.Settings;
import org.mentorplanner.service.CalendarsSync;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.service.SyncConflictView;
import org.mentorplanner.service.format.DisplayFormats;
import org.mentorplanner.ui.DialogWindow;
import org.mentorplanner.ui.ProgressTask;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.UserErrors;

/**
 * "Sync calendars…": the team calendar's URL, the planning calendar's URL and the user name (both
 * remembered), and a password that is never stored (kept in memory for this run of the app, so
 * the background sync can use it). One Sync runs the team calendar, then the planning calendar,
 * as a {@link ProgressTask} on a thread beside the database thread (the window's saves go on
 * meanwhile), one at a time, and ends with a summary of what was pulled, booked and left in
 * conflict. The planning calendar's conflicts are listed first, each with "Keep mine" and "Keep
 * theirs"; a choice is saved on the database thread and the grid reads the sessions again.
 * Closing the dialog stops a running sync after its current request.
 */
public final class SyncPresenter {

    /** The summary's last line while conflicts are listed; it goes once they are all resolved. */
    private static final String KEEP_ONE_SIDE = "Keep one side of each session listed above.";

    final SyncView view = new SyncView();
    private final CalendarsSync service;
    private final SettingsService settings;
    private final TaskExecutor executor;
    private final Provider<CalendarFinderPresenter> finders;
    private final SyncPassword password;
    private final SyncRuns runs;
    private final BooleanProperty invalid = new SimpleBooleanProperty(this, "invalid", true);
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded", false);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private ProgressTask<CalendarsSync.Result> task;
    private CalendarsSync.Result lastResult;
    private DialogWindow window;
    private boolean closed;
    private Runnable onSessionsChanged = () -> { };

    /** How a conflict's start is written (ADR 30). */
    private final DisplayFormats formats;

    @Inject
    public SyncPresenter(CalendarsSync service, SettingsService settings, TaskExecutor executor,
                         Provider<CalendarFinderPresenter> finders, SyncPassword password, SyncRuns runs,
                         DisplayFormats formats) {
        this.formats = formats;
        this.runs = runs;
        this.service = service;
        this.settings = settings;
        this.executor = executor;
        this.finders = finders;
        this.password = password;
        wire();
    }

    /** The dialog's root node (for embedding and tests). */
    public Parent view() {
        return view.root;
    }

    /** Called on the FX thread after each finished sync and resolved conflict (the grid and the status bar read them again). */
    public void setOnSessionsChanged(Runnable listener) {
        this.onSessionsChanged = listener;
    }

    /** What the dialog fills in: the remembered calendars and user name, and the open conflicts. */
    private record Stored(Settings settings, Optional<String> planningUrl, List<SyncConflictView> conflicts) {
    }

    /** Fills in the calendars and user name of the last sync and lists the open conflicts, read on the database thread. */
    public void load() {
        executor.execute(() -> new Stored(settings.settings(), service.planningUrl(), service.conflicts()), this::loaded,
                failure -> showFailure("Could not read the settings: ", failure));
    }

    private void loaded(Stored stored) {
        stored.settings().calendarUrl().ifPresent(view.url::setText);
        stored.planningUrl().ifPresent(view.planningUrl::setText);
        stored.settings().calendarUser().ifPresent(view.user::setText);
        password.typed().ifPresent(view.password::setText);
        showConflicts(stored.conflicts());
        loaded.set(true);
        recheck();
        focusFirstEmpty();
    }

    /** Opens the dialog in its own window, modal to {@code owner}. */
    public void show(Window owner) {
        window = new DialogWindow(view.root, "Sync calendars", owner, this::close);
        window.show();
        focusFirstEmpty();
    }

    /** Closes the dialog; a running sync stops after its current request. */
    public void close() {
        closed = true;
        if (task != null && !task.isDone()) {
            task.cancel(false);
        }
        if (window != null) {
            window.close();
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /** Whether a field is wrong; Sync is disabled meanwhile. */
    public ReadOnlyBooleanProperty invalidProperty() {
        return invalid;
    }

    /** Whether a sync runs; a second one cannot start meanwhile. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** What the last finished sync did. */
    public Optional<CalendarsSync.Result> lastResult() {
        return Optional.ofNullable(lastResult);
    }

    private void wire() {
        for (Observable input : new Observable[] {view.url.textProperty(), view.planningUrl.textProperty(),
                view.user.textProperty(), view.password.textProperty(), loaded}) {
            input.addListener(o -> recheck());
        }
        view.sync.setOnAction(e -> startSync());
        view.close.setOnAction(e -> close());
        view.find.setOnAction(e -> openFinder(view.url));
        view.findPlanning.setOnAction(e -> openFinder(view.planningUrl));
        view.find.disableProperty().bind(running.or(loaded.not()));
        view.findPlanning.disableProperty().bind(running.or(loaded.not()));
        // A background sync running meanwhile disables Sync too: one sync at a time.
        view.sync.disableProperty().bind(invalid.or(running).or(runs.runningProperty()).or(loaded.not()));
        view.running.visibleProperty().bind(running);
        for (Control input : new Control[] {view.url, view.planningUrl, view.user, view.password, view.overwrite}) {
            input.disableProperty().bind(running);
        }
        recheck();
    }

    private void focusFirstEmpty() {
        boolean noCalendar = view.url.getText().isBlank() && view.planningUrl.getText().isBlank();
        Control first = noCalendar ? view.url : view.user.getText().isBlank() ? view.user : view.password;
        first.requestFocus();
    }

    /** What is wrong with the fields, or nothing. */
    private Optional<String> problem() {
        if (view.url.getText().isBlank() && view.planningUrl.getText().isBlank()) {
            return Optional.of("Type the team calendar's CalDAV URL, the planning calendar's, or both "
                    + "(your calendar app or the server's web page shows them; Find… looks them up).");
        }
        for (TextField field : List.of(view.url, view.planningUrl)) {
            if (field.getText().isBlank()) {
                continue;
            }
            try {
                SettingsService.checkCalendarUrl(field.getText());
            } catch (InvalidInputException e) {
                return Optional.of((field == view.url ? "Team calendar: " : "Planning calendar: ") + e.getMessage());
            }
        }
        if (!view.user.getText().isBlank() && view.password.getText().isEmpty()) {
            return Optional.of("Type the password of " + view.user.getText().strip() + ".");
        }
        return Optional.empty();
    }

    private void recheck() {
        Optional<String> problem = problem();
        invalid.set(problem.isPresent());
        view.problems.setText(problem.orElse(""));
        // Not before the settings are in, and not for fields nobody has typed in yet.
        view.problems.setVisible(problem.isPresent() && loaded.get()
                && !(view.url.getText().isBlank() && view.planningUrl.getText().isBlank()));
        fitWindow();
    }

    /** Starts a sync with the fields' values; does nothing while one runs or a field is wrong. */
    public void startSync() {
        if (running.get() || !loaded.get() || problem().isPresent() || !runs.tryStart()) {
            return;
        }
        CalendarsSync.Request request = new CalendarsSync.Request(blankToNull(view.url.getText()),
                blankToNull(view.planningUrl.getText()), view.user.getText().strip(), view.password.getText(),
                view.overwrite.isSelected());
        password.typed(view.password.getText()); // in memory only, for the background sync of this run
        ProgressTask<CalendarsSync.Result> started = new ProgressTask<>(progress -> service.sync(request, progress));
        task = started;
        running.set(true);
        view.outcome.setVisible(false);
        view.progress.progressProperty().bind(started.progressProperty());
        view.progressMessage.textProperty().bind(started.messageProperty());
        executor.executeNetworkBound(() -> {
                    started.run();
                    try {
                        return started.get();
                    } catch (ExecutionException e) {
                        throw e.getCause() instanceof Exception cause ? cause : e;
                    }
                },
                this::finished,
                this::failed);
        fitWindow();
    }

    private void finished(CalendarsSync.Result result) {
        runs.finished();
        running.set(false);
        lastResult = result;
        unbindProgress();
        showConflicts(result.conflicts());
        boolean teamConflicts = result.teamConflicts() > 0;
        List<String> parts = new ArrayList<>();
        result.team().ifPresent(team -> parts.add(team.summary()));
        result.planning().ifPresent(planning -> parts.add(planning.summary()));
        if (result.planning().isPresent()) {
            parts.add(result.totals());
        }
        if (teamConflicts) {
            parts.add("Events changed on the team calendar were left as they are: tick \"Overwrite\" and sync again to replace"
                    + " them with the planner's version, or change them back in the calendar.");
        }
        if (!result.conflicts().isEmpty()) {
            parts.add(KEEP_ONE_SIDE);
        }
        List<String> lines = new ArrayList<>();
        result.team().ifPresent(team -> team.conflicts().forEach(conflict -> lines.add(SyncView.CONFLICT + conflict)));
        result.planning().ifPresent(planning -> planning.problems().forEach(problem -> lines.add("Not taken: " + problem)));
        // With both calendars synced, each line says which one it is about.
        boolean both = result.team().isPresent() && result.planning().isPresent();
        result.team().ifPresent(team -> team.changes().forEach(change -> lines.add((both ? "Team: " : "") + capitalised(change))));
        result.planning().ifPresent(planning -> planning.changes().forEach(change ->
                lines.add((both ? "Planning: " : "") + capitalised(change))));
        boolean conflicts = teamConflicts || !result.conflicts().isEmpty();
        showOutcome(String.join("\n", parts), lines, conflicts ? "conflicts" : null);
        view.overwrite.setSelected(false); // Forcing is for one run, never a standing choice.
        onSessionsChanged.run(); // the grid and the status bar follow what the sync did
    }

    /** Lists the planning calendar's open conflicts first in the dialog, or hides the list when there are none. */
    private void showConflicts(List<SyncConflictView> conflicts) {
        view.conflictsHeading.setText(conflicts.size() == 1
                ? "1 session was changed both here and on the planning calendar:"
                : conflicts.size() + " sessions were changed both here and on the planning calendar:");
        view.conflicts.getChildren().setAll(view.conflictsHeading);
        conflicts.forEach(conflict -> view.conflicts.getChildren().add(ConflictRow.of(conflict, this::keep, formats)));
        view.conflicts.setVisible(!conflicts.isEmpty());
        fitWindow();
    }

    /** Keeps one side of a session's conflict on the database thread, then lists what is left and refreshes the grid. */
    void keep(long sessionId, boolean keepMine) {
        if (running.get()) {
            return; // the running sync lists the conflicts again when it ends
        }
        view.conflicts.setDisable(true);
        executor.execute(() -> service.resolve(sessionId, keepMine), left -> {
            view.conflicts.setDisable(false);
            showConflicts(left);
            if (left.isEmpty() && view.summary.getText().endsWith(KEEP_ONE_SIDE)) {
                view.summary.setText(view.summary.getText().replace(KEEP_ONE_SIDE,
                        "All conflicts resolved: the next sync sends the versions kept here."));
            }
            onSessionsChanged.run();
        }, failure -> {
            view.conflicts.setDisable(false);
            showFailure("Could not resolve the conflict: ", failure);
        });
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private void failed(Exception failure) {
        runs.finished();
        running.set(false);
        unbindProgress();
        if (failure instanceof CancellationException) {
            if (!closed) {
                showOutcome("The sync was stopped. What it sent is recorded; syncing again finishes it.", List.of(), null);
            }
            return;
        }
        showFailure("The sync failed: ", failure);
    }

    private void showFailure(String prefix, Exception failure) {
        showOutcome(prefix + UserErrors.describe(failure), List.of(), "failed");
    }

    private void showOutcome(String text, List<String> lines, String styleClass) {
        view.summary.setText(text);
        view.details.getItems().setAll(lines);
        view.details.setVisible(!lines.isEmpty());
        for (String style : List.of("failed", "conflicts")) {
            view.summary.getStyleClass().remove(style);
            view.outcome.getStyleClass().remove(style);
        }
        if (styleClass != null) {
            view.summary.getStyleClass().add(styleClass);
            view.outcome.getStyleClass().add(styleClass);
        }
        view.outcome.setVisible(true);
        fitWindow();
    }

    private void unbindProgress() {
        view.progress.progressProperty().unbind();
        view.progressMessage.textProperty().unbind();
    }

    private void fitWindow() {
        if (window != null) {
            window.fit();
        }
    }

    private static String capitalised(String line) {
        return line.isEmpty() ? line : Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    /** Opens "Find a calendar" on what the fields hold; the calendar chosen there fills {@code target} in. */
    void openFinder(TextField target) {
        CalendarFinderPresenter finder = finders.get();
        finder.prefill(target.getText().isBlank() ? view.url.getText() : target.getText(), view.user.getText(),
                view.password.getText());
        finder.setOnChosen(choice -> {
            target.setText(choice.calendar().toString());
            view.user.setText(choice.user());
            view.password.setText(choice.password());
        });
        finder.show(window == null ? null : window.window());
    }
}
