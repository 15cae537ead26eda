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
import javafx.stage.Window;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.Settings;
import org.mentorplanner.service.CalendarSyncRequest;
import org.mentorplanner.service.CalendarSyncResult;
import org.mentorplanner.service.CalendarSyncService;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.ui.DialogWindow;
import org.mentorplanner.ui.ProgressTask;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.UserErrors;

/**
 * "Sync with team calendar…": the calendar's URL and user name (from the settings), a password
 * that is never stored, and whether to overwrite events changed on the server. The sync runs as
 * a {@link ProgressTask} on a thread beside the database thread (the window's saves go on meanwhile),
 * with its progress shown, one at a time, and ends with a summary and the list of what changed and of the conflicts left. Closing the dialog
 * stops a running sync after its current request.
 */
public final class SyncPresenter {

    final SyncView view = new SyncView();
    private final CalendarSyncService service;
    private final SettingsService settings;
    private final TaskExecutor executor;
    private final Provider<CalendarFinderPresenter> finders;
    private final BooleanProperty invalid = new SimpleBooleanProperty(this, "invalid", true);
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded", false);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private ProgressTask<CalendarSyncResult> task;
    private CalendarSyncResult lastResult;
    private DialogWindow window;
    private boolean closed;

    @Inject
    public SyncPresenter(CalendarSyncService service, SettingsService settings, TaskExecutor executor,
                         Provider<CalendarFinderPresenter> finders) {
        this.service = service;
        this.settings = settings;
        this.executor = executor;
        this.finders = finders;
        wire();
    }

    /** The dialog's root node (for embedding and tests). */
    public Parent view() {
        return view.root;
    }

    /** Fills in the calendar URL and user name of the last sync, read on the database thread. */
    public void load() {
        executor.execute(settings::settings, this::loaded, failure -> showFailure("Could not read the settings: ", failure));
    }

    private void loaded(Settings stored) {
        stored.calendarUrl().ifPresent(view.url::setText);
        stored.calendarUser().ifPresent(view.user::setText);
        loaded.set(true);
        recheck();
        focusFirstEmpty();
    }

    /** Opens the dialog in its own window, modal to {@code owner}. */
    public void show(Window owner) {
        window = new DialogWindow(view.root, "Sync with team calendar", owner, this::close);
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
    public Optional<CalendarSyncResult> lastResult() {
        return Optional.ofNullable(lastResult);
    }

    private void wire() {
        for (Observable input : new Observable[] {view.url.textProperty(), view.user.textProperty(),
                view.password.textProperty(), loaded}) {
            input.addListener(o -> recheck());
        }
        view.sync.setOnAction(e -> startSync());
        view.close.setOnAction(e -> close());
        view.find.setOnAction(e -> openFinder());
        view.find.disableProperty().bind(running.or(loaded.not()));
        view.sync.disableProperty().bind(invalid.or(running).or(loaded.not()));
        view.running.visibleProperty().bind(running);
        for (Control input : new Control[] {view.url, view.user, view.password, view.overwrite}) {
            input.disableProperty().bind(running);
        }
        recheck();
    }

    private void focusFirstEmpty() {
        Control first = view.url.getText().isBlank() ? view.url : view.user.getText().isBlank() ? view.user : view.password;
        first.requestFocus();
    }

    /** What is wrong with the fields, or nothing. */
    private Optional<String> problem() {
        if (view.url.getText().isBlank()) {
            return Optional.of("Type the team calendar's CalDAV URL (your calendar app or the server's web page shows it).");
        }
        try {
            SettingsService.checkCalendarUrl(view.url.getText());
        } catch (InvalidInputException e) {
            return Optional.of(e.getMessage());
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
        view.problems.setVisible(problem.isPresent() && loaded.get() && !view.url.getText().isBlank());
        fitWindow();
    }

    /** Starts a sync with the fields' values; does nothing while one runs or a field is wrong. */
    public void startSync() {
        if (running.get() || !loaded.get() || problem().isPresent()) {
            return;
        }
        CalendarSyncRequest request = new CalendarSyncRequest(view.url.getText().strip(), view.user.getText().strip(),
                view.password.getText(), false, view.overwrite.isSelected());
        ProgressTask<CalendarSyncResult> started = new ProgressTask<>(progress -> service.sync(request, progress));
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

    private void finished(CalendarSyncResult result) {
        running.set(false);
        lastResult = result;
        unbindProgress();
        boolean conflicts = !result.conflicts().isEmpty();
        String summary = result.summary();
        if (conflicts) {
            summary += " Events changed on the server were left as they are: tick \"Overwrite\" and sync again to replace them"
                    + " with the planner's version, or change them back in the calendar.";
        }
        List<String> lines = new ArrayList<>();
        result.conflicts().forEach(conflict -> lines.add(SyncView.CONFLICT + conflict));
        result.changes().forEach(change -> lines.add(capitalised(change)));
        showOutcome(summary, lines, conflicts ? "conflicts" : null);
        view.overwrite.setSelected(false); // Forcing is for one run, never a standing choice.
    }

    private void failed(Exception failure) {
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

    /** Opens "Find a calendar" on what the fields hold; the calendar chosen there fills them in. */
    void openFinder() {
        CalendarFinderPresenter finder = finders.get();
        finder.prefill(view.url.getText(), view.user.getText(), view.password.getText());
        finder.setOnChosen(choice -> {
            view.url.setText(choice.calendar().toString());
            view.user.setText(choice.user());
            view.password.setText(choice.password());
        });
        finder.show(window == null ? null : window.window());
    }
}
