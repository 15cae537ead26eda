package org.mentorplanner.ui.duplicate;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.recurrence.Recurrence;
import org.mentorplanner.domain.recurrence.RecurrenceEnd;
import org.mentorplanner.service.ConflictPolicy;
import org.mentorplanner.service.DuplicationPlan;
import org.mentorplanner.service.DuplicationRequest;
import org.mentorplanner.service.DuplicationResult;
import org.mentorplanner.service.DuplicationService;
import org.mentorplanner.service.RunMonitor;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.service.format.DisplayFormats;
import org.mentorplanner.ui.DialogWindow;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.UserErrors;
import org.mentorplanner.ui.editor.LocaleDateFormat;

/**
 * The bulk duplicate dialog's logic: options become a {@link DuplicationRequest}; every change
 * asks the engine for a fresh preview on the database thread (debounced, stale answers dropped);
 * Duplicate runs the copies as a JavaFX {@link Task} that reports progress and can be stopped
 * until the commit; once it committed, the dialog says what was made until it is closed. One
 * run per opening; {@link #prepare} makes a closed dialog ready for the next opening, so a
 * planner can keep one.
 */
public final class BulkDuplicatePresenter {

    /** How long options must stay still before a preview is asked for. */
    static final Duration PREVIEW_DELAY = Duration.millis(150);

    /** A preview ready for the table: rows built off the FX thread, and the engine's summary. */
    record Preview(List<PreviewRow> rows, String summary, int toCreate) {
    }

    private final DuplicationService duplication;
    private final SettingsService settings;
    private final TaskExecutor executor;
    private final BulkDuplicateView view = new BulkDuplicateView();
    private final PauseTransition debounce = new PauseTransition(PREVIEW_DELAY);
    private List<MentorshipSession> sources = List.of();
    private Map<Long, String> titles = Map.of();
    private Consumer<DuplicationResult> onDone = result -> { };
    private Duration previewDelay = PREVIEW_DELAY;
    /** Counts preview requests, so only the answer to the newest is shown. */
    private long previewGeneration;
    private Preview lastPreview;
    private final List<Runnable> previewWaiters = new ArrayList<>();
    private RunTask running;
    /** Where "today" comes from when there is nothing to copy. */
    private final Clock clock;
    private Stage stage;
    /** True once a run committed: the dialog then only shows what was made. */
    private boolean made;
    /** True while {@link #prepare} sets the options, so their listeners wait for it to finish. */
    private boolean filling;

    /** How dates and times are written (ADR 30). */
    private final DisplayFormats formats;

    @Inject
    public BulkDuplicatePresenter(DuplicationService duplication, SettingsService settings, TaskExecutor executor,
                                  Clock clock, DisplayFormats formats) {
        this.clock = clock;
        this.formats = formats;
        // The end date as the window writes dates; its popup's weeks start as the grid's do.
        LocaleDateFormat.apply(view.until, formats);
        this.duplication = duplication;
        this.settings = settings;
        this.executor = executor;
        debounce.setOnFinished(e -> refreshPreview());
        wire();
    }

    /**
     * Fills the dialog for {@code toCopy} (at least one session) and asks for the first preview.
     *
     * @param heading what the dialog is for ("Bulk duplicate 2 sessions")
     * @param preset  the repeat to start with
     * @param copies  the count to start with
     * @param done    called on the FX thread with the committed run
     */
    public void prepare(List<MentorshipSession> toCopy, String heading, FrequencyChoice preset, int copies,
                        Consumer<DuplicationResult> done) {
        this.sources = toCopy.stream().sorted(Comparator.comparing(MentorshipSession::startInstant)).toList();
        this.titles = sources.stream().collect(Collectors.toMap(MentorshipSession::id, MentorshipSession::displayTitle,
                (a, b) -> a, LinkedHashMap::new));
        this.onDone = done;
        filling = true;
        // A reused dialog: forget the last opening (an answer still on its way is dropped too).
        previewGeneration++;
        lastPreview = null;
        made = false;
        view.reset();
        view.heading.setText(heading);
        view.sources.setText(describeSources());
        LocalDate first = sources.isEmpty() ? LocalDate.now(clock) : sources.get(0).details().localStart().toLocalDate();
        view.until.setValue(first.plusMonths(3));
        view.keepMentee.setDisable(sources.stream().noneMatch(MentorshipSession::isBooked));
        view.frequency.setConverter(new StringConverter<>() {
            @Override
            public String toString(FrequencyChoice choice) {
                return choice == null ? "" : choice.label(first, view.weeks.getValue());
            }

            @Override
            public FrequencyChoice fromString(String text) {
                return null;
            }
        });
        view.count.getValueFactory().setValue(copies);
        view.frequency.setValue(preset);
        filling = false;
        refreshPreview();
    }

    /**
     * Opens the dialog (modal to {@code owner}). The window is made on the first call and shown
     * again on later ones: building its scene, about 200 controls, was most of the time the FX
     * thread spent opening the dialog (bench/README.md, FxStallBenchmark).
     */
    public void show(Window owner) {
        if (stage != null) {
            view.frequency.requestFocus(); // where a new dialog has it; the last opening left it on Close
            stage.show();
            return;
        }
        stage = new Stage();
        DialogWindow.makeModal(stage, owner);
        stage.setTitle("Bulk duplicate — Mentor Planner");
        stage.setScene(new Scene(view.root));
        stage.setOnCloseRequest(event -> {
            if (running != null) {
                event.consume(); // Stop the run first: closing must not hide a run that may still commit.
            }
        });
        stage.show();
    }

    /** Preview delay; tests set zero so a change asks for the preview at once. */
    void setPreviewDelay(Duration delay) {
        this.previewDelay = delay;
        debounce.setDuration(delay);
    }

    BulkDuplicateView view() {
        return view;
    }

    /** Calls {@code action} on the FX thread once a preview is shown: now if one is (for benchmarks). */
    public void whenPreviewed(Runnable action) {
        if (lastPreview != null) {
            action.run();
        } else {
            previewWaiters.add(action);
        }
    }

    /** The preview shown, if any. */
    Optional<Preview> preview() {
        return Optional.ofNullable(lastPreview);
    }

    private void wire() {
        view.frequency.getItems().setAll(FrequencyChoice.values());
        view.frequency.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(FrequencyChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : view.frequency.getConverter().toString(item));
            }
        });
        view.onConflict.getItems().setAll(ConflictPolicy.values());
        view.onConflict.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConflictPolicy policy) {
                return policy == null ? "" : switch (policy) {
                    case SKIP -> "Skip conflicting copies";
                    case KEEP -> "Keep conflicting copies (overlaps stay)";
                    case ABORT -> "Abort: make nothing if any copy conflicts";
                };
            }

            @Override
            public ConflictPolicy fromString(String text) {
                return null;
            }
        });
        view.weeks.visibleProperty().bind(view.frequency.valueProperty().isEqualTo(FrequencyChoice.EVERY_N_WEEKS));
        view.count.disableProperty().bind(view.endAfter.selectedProperty().not());
        view.until.disableProperty().bind(view.endOn.selectedProperty().not());
        for (Observable option : List.<Observable>of(view.frequency.valueProperty(), view.weeks.valueProperty(),
                view.endGroup.selectedToggleProperty(), view.count.valueProperty(), view.until.valueProperty(),
                view.keepMentee.selectedProperty(), view.publish.selectedProperty(), view.onConflict.valueProperty())) {
            option.addListener(o -> optionsChanged());
        }
        // The "Every N weeks" words follow the spinner.
        view.weeks.valueProperty().addListener(o -> view.frequency.setButtonCell(view.frequency.getButtonCell()));
        view.run.setOnAction(e -> run());
        view.cancelRun.setOnAction(e -> stop());
        view.close.setOnAction(e -> close());
    }

    private void optionsChanged() {
        if (filling || sources.isEmpty()) {
            return;
        }
        if (previewDelay.lessThanOrEqualTo(Duration.ZERO)) {
            refreshPreview();
        } else {
            debounce.playFromStart();
        }
    }

    /** The request the options describe, or the reason they do not make one. */
    DuplicationRequest request() {
        FrequencyChoice choice = view.frequency.getValue();
        RecurrenceEnd end;
        if (view.endOn.isSelected()) {
            if (view.until.getValue() == null) {
                throw new InvalidInputException("Pick the last date for copies, or end after a number of copies.");
            }
            end = RecurrenceEnd.until(view.until.getValue());
        } else {
            end = RecurrenceEnd.count(view.count.getValue());
        }
        Recurrence recurrence = new Recurrence(choice.frequency(view.weeks.getValue()), end);
        return new DuplicationRequest(sources.stream().map(MentorshipSession::id).toList(), recurrence,
                view.keepMentee.isSelected(), view.publish.isSelected(), view.onConflict.getValue());
    }

    /** The request of the current options; when they make none, the reason is shown instead. */
    private Optional<DuplicationRequest> requestOrProblem() {
        try {
            return Optional.of(request());
        } catch (InvalidInputException invalid) {
            showProblem(invalid.getMessage());
            return Optional.empty();
        }
    }

    /** Asks the engine for the preview of the current options; the newest answer wins. */
    void refreshPreview() {
        long generation = ++previewGeneration;
        Optional<DuplicationRequest> asked = requestOrProblem();
        if (asked.isEmpty()) {
            return;
        }
        DuplicationRequest request = asked.get();
        Map<Long, String> names = titles;
        executor.execute(() -> {
                    DuplicationPlan plan = duplication.plan(settings.actor(), request);
                    List<PreviewRow> rows = plan.copies().stream().map(copy -> PreviewRow.of(copy, names, formats)).toList();
                    return new Preview(rows, plan.summary(), plan.toCreate().size());
                },
                preview -> {
                    if (generation == previewGeneration) {
                        showPreview(preview);
                    }
                },
                failure -> {
                    if (generation == previewGeneration) {
                        showProblem(UserErrors.describe(failure));
                    }
                });
    }

    private void showPreview(Preview preview) {
        lastPreview = preview;
        view.problem.setVisible(false);
        view.summary.setText(preview.summary() + ".");
        view.preview.getItems().setAll(preview.rows());
        view.run.setDisable(running != null || preview.toCreate() == 0);
        view.run.setText(preview.toCreate() == 1 ? "_Make 1 copy" : "_Make " + preview.toCreate() + " copies");
        List<Runnable> waiting = List.copyOf(previewWaiters);
        previewWaiters.clear();
        waiting.forEach(Runnable::run);
    }

    private void showProblem(String text) {
        lastPreview = null;
        view.problem.setText(text);
        view.problem.setVisible(true);
        view.summary.setText("");
        view.preview.getItems().clear();
        view.run.setDisable(true);
    }

    /**
     * Makes the copies (the Duplicate button): a {@link Task} on the database thread with
     * progress, stoppable until the commit. A run that committed counts as done even if Stop came
     * too late.
     */
    public void run() {
        if (made || running != null) {
            return; // one run per dialog: its copies are made, or being made
        }
        Optional<DuplicationRequest> request = requestOrProblem();
        if (request.isEmpty()) {
            return;
        }
        RunTask task = new RunTask(duplication, settings, request.get());
        running = task;
        setRunning(true);
        view.progress.progressProperty().bind(task.progressProperty());
        executor.execute(() -> {
                    task.run();
                    return task.outcome();
                },
                result -> {
                    showMade(result);
                    onDone.accept(result);
                },
                failure -> {
                    finishRun();
                    if (failure instanceof CancellationException) {
                        view.runStatus.setText("Stopped: nothing was saved.");
                    } else {
                        view.runStatus.setText("");
                        showProblem(UserErrors.describe(failure));
                    }
                });
    }

    /** Asks a run to stop; it stops before the commit and saves nothing. */
    void stop() {
        if (running != null) {
            // Not cancel(true): interrupting the database thread could break its connection.
            running.cancel(false);
            view.runStatus.setText("Stopping…");
        }
    }

    /** The run in progress, if any (tests stop it from inside a progress report). */
    Optional<Task<DuplicationResult>> runningTask() {
        return Optional.ofNullable(running);
    }

    /**
     * After a committed run the dialog stays open and says what was made, with Close as the one
     * thing left to press. Closing it at once repainted the whole planner window in the middle
     * of the run's last frames (bench/README.md, FxStallBenchmark), and the user had no record
     * of the run but the status line. Only the bottom bar and the table's title change; the
     * options stay disabled, as during the run.
     */
    private void showMade(DuplicationResult result) {
        running = null;
        made = true;
        view.progress.progressProperty().unbind();
        view.cancelRun.setVisible(false);
        view.run.setVisible(false);
        view.close.setDisable(false);
        view.close.setDefaultButton(true);
        view.close.requestFocus();
        int count = result.created().size();
        view.previewTitle.setText(lastPreview != null && lastPreview.rows().size() > count
                ? "Made: the copies below (greyed rows were not made)" : "Made: the copies below");
        view.runStatus.setText((count == 1 ? "1 copy made" : count + " copies made")
                + ". Undo in the planner takes the whole run back.");
    }

    private void finishRun() {
        running = null;
        view.progress.progressProperty().unbind();
        setRunning(false);
    }

    private void setRunning(boolean on) {
        view.cancelRun.setVisible(on);
        view.run.setDisable(on || lastPreview == null || lastPreview.toCreate() == 0);
        view.close.setDisable(on);
        view.options.setDisable(on);
        view.runStatus.setText(on ? "Making copies…" : view.runStatus.getText());
        // Place the focus ourselves: left to the scene, it moves from the control just disabled
        // to the preview table, which then repaints all its rows while the run needs the CPU
        // (bench/README.md, FxStallBenchmark). Stop is the one thing to press during a run.
        Scene scene = view.root.getScene();
        if (on) {
            view.cancelRun.requestFocus();
        } else if (scene != null && scene.getFocusOwner() == view.cancelRun) {
            (view.run.isDisabled() ? view.close : view.run).requestFocus();
        }
    }

    /**
     * A run as a JavaFX task that is its own {@link RunMonitor}: the engine reports progress to
     * it and asks it whether Stop was pressed. It remembers what happened, because a run that
     * committed just as Stop was pressed still made its copies.
     */
    private static final class RunTask extends Task<DuplicationResult> implements RunMonitor {

        private final DuplicationService duplication;
        private final SettingsService settings;
        private final DuplicationRequest request;
        private final AtomicReference<DuplicationResult> committed = new AtomicReference<>();
        private final AtomicReference<RuntimeException> failed = new AtomicReference<>();

        RunTask(DuplicationService duplication, SettingsService settings, DuplicationRequest request) {
            this.duplication = duplication;
            this.settings = settings;
            this.request = request;
            // A run starts at 0, not "unknown" (-1): an indeterminate bar animates and repaints
            // every pulse while the engine plans, taking the renderer from the rest of the window.
            updateProgress(0, 1);
        }

        @Override
        protected DuplicationResult call() {
            try {
                DuplicationResult result = duplication.run(settings.actor(), request, this);
                committed.set(result);
                return result;
            } catch (RuntimeException e) {
                failed.set(e);
                throw e;
            }
        }

        @Override
        public void progress(int written, int total) {
            updateProgress(written, total);
        }

        /** After {@link #run()}: the committed run, or why there is none. */
        DuplicationResult outcome() {
            if (committed.get() != null) {
                return committed.get();
            }
            throw failed.get() != null ? failed.get() : new CancellationException("Stopped: nothing was saved.");
        }
    }

    /** Closes the dialog, unless a run is in progress (it must be stopped first). */
    public void close() {
        if (running != null) {
            return;
        }
        debounce.stop();
        if (stage != null) {
            stage.close();
        }
    }

    private String describeSources() {
        String names = sources.stream().limit(4)
                .map(s -> "'" + s.displayTitle() + "' (" + formats.dayAndTime(s.details().localStart()) + ")")
                .collect(Collectors.joining(", "));
        return sources.size() > 4 ? names + " and " + (sources.size() - 4) + " more" : names;
    }
}
