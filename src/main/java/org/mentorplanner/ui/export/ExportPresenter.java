package org.mentorplanner.ui.export;

import jakarta.inject.Inject;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.mentorplanner.domain.Person;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.ExportFormat;
import org.mentorplanner.service.ExportRequest;
import org.mentorplanner.service.ExportResult;
import org.mentorplanner.service.ExportService;
import org.mentorplanner.ui.DialogWindow;
import org.mentorplanner.ui.FormLayout;
import org.mentorplanner.ui.ProgressTask;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.UserErrors;

/**
 * "Export booking links…": format, audience, mentors, days and folder, checked as they are
 * typed; the export runs as a {@link ProgressTask} on the database executor with its progress
 * shown, at most one at a time, and ends with a summary and a way to open the folder. Closing
 * the dialog stops a running export.
 */
public final class ExportPresenter {

    /** The fields a problem can belong to, in form order. */
    enum Field { AUDIENCE, MENTORS, FROM, TO, FOLDER }

    private static final Map<ExportFormat, String> FORMAT_HINTS = Map.of(
            ExportFormat.ICS, "For calendar apps: open, booked and cancelled sessions, each with its booking link.",
            ExportFormat.HTML, "A small website: a page per mentor listing the open slots with a Book button. Works offline.",
            ExportFormat.CSV, "One row per open or booked session, with its booking link, for spreadsheets.",
            ExportFormat.JSON, "For other programs: the format is described in docs/booking-links-json.md.");

    final ExportView view = new ExportView();
    private final ExportService exports;
    private final DirectoryService directory;
    private final TaskExecutor executor;
    private final FolderOpener opener;
    /** Where "today" comes from: the exports start on it. */
    private final Clock clock;
    private final ValidationSupport validation = new ValidationSupport();
    private final Map<Field, String> problems = new EnumMap<>(Field.class);
    private final BooleanProperty invalid = new SimpleBooleanProperty(this, "invalid", true);
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded", false);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private Path suggestedFolder;
    private ProgressTask<ExportResult> task;
    private ExportResult lastResult;
    private DialogWindow window;
    private boolean closed;

    @Inject
    public ExportPresenter(ExportService exports, DirectoryService directory, TaskExecutor executor, FolderOpener opener,
                           Clock clock) {
        this.exports = exports;
        this.directory = directory;
        this.executor = executor;
        this.opener = opener;
        view.format.selectToggle(view.html);
        this.clock = clock;
        view.from.setValue(LocalDate.now(clock));
        suggestedFolder = suggestedFolder(ExportFormat.HTML);
        view.folder.setText(suggestedFolder.toString());
        wire();
        recheck();
    }

    /** The dialog's root node (for embedding and tests). */
    public Parent view() {
        return view.root;
    }

    /**
     * Loads the audiences and mentors on the database thread. The mentors in {@code shownMentorIds}
     * (those the planner shows) start checked; every mentor when it is empty.
     */
    public void load(Set<Long> shownMentorIds) {
        executor.execute(() -> new Choices(exports.audienceChoices(), directory.mentors()),
                choices -> {
                    view.audience.getItems().setAll(choices.audiences());
                    view.audience.setValue(ExportRequest.EVERYONE);
                    view.mentors.getItems().setAll(choices.mentors());
                    for (Person mentor : choices.mentors()) {
                        if (shownMentorIds.isEmpty() || shownMentorIds.contains(mentor.id())) {
                            view.mentors.getCheckModel().check(mentor);
                        }
                    }
                    loaded.set(true);
                    recheck();
                },
                failure -> showFailure("Could not load the audiences and mentors: ", failure));
    }

    private record Choices(List<String> audiences, List<Person> mentors) {
    }

    /** Opens the dialog in its own window, modal to {@code owner}. */
    public void show(Window owner) {
        window = new DialogWindow(view.root, "Export booking links", owner, this::close);
        window.show();
        view.audience.requestFocus();
    }

    /** Closes the dialog; a running export stops at its next step. */
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

    /** Whether some field is wrong; Export is disabled meanwhile. */
    public ReadOnlyBooleanProperty invalidProperty() {
        return invalid;
    }

    /** Whether an export runs; a second one cannot start meanwhile. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** The messages of the current problems, in form order. */
    public List<String> problemMessages() {
        return List.copyOf(problems.values());
    }

    /** The export the fields describe, if they are all right. */
    public Optional<ExportRequest> currentRequest() {
        return request(new EnumMap<>(Field.class));
    }

    /** What the last finished export did. */
    public Optional<ExportResult> lastResult() {
        return Optional.ofNullable(lastResult);
    }

    /** The task of the current or last export (for its progress). */
    Optional<ProgressTask<ExportResult>> task() {
        return Optional.ofNullable(task);
    }

    // ---- wiring ----

    private void wire() {
        Observable[] inputs = {view.format.selectedToggleProperty(), view.audience.valueProperty(),
                view.from.valueProperty(), view.to.valueProperty(), view.from.getEditor().textProperty(),
                view.to.getEditor().textProperty(), view.folder.textProperty(), loaded};
        for (Observable input : inputs) {
            input.addListener(o -> recheck());
        }
        view.mentors.getCheckModel().getCheckedItems().addListener((ListChangeListener<Person>) c -> recheck());
        view.format.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                view.format.selectToggle(old); // A format is always chosen.
                return;
            }
            formatChanged();
        });
        view.allMentors.setOnAction(e -> view.mentors.getCheckModel().checkAll());
        view.noMentors.setOnAction(e -> view.mentors.getCheckModel().clearChecks());
        view.chooseFolder.setOnAction(e -> chooseFolder());
        view.openFolder.setOnAction(e -> openFolder());
        view.export.setOnAction(e -> startExport());
        view.close.setOnAction(e -> close());

        view.export.disableProperty().bind(invalid.or(running).or(loaded.not()));
        view.running.visibleProperty().bind(running);
        FormLayout.markFields(validation);
        register(view.audience, Field.AUDIENCE);
        register(view.mentors, Field.MENTORS);
        register(view.from, Field.FROM);
        register(view.to, Field.TO);
        register(view.folder, Field.FOLDER);
        for (Control input : new Control[] {view.ics, view.html, view.csv, view.json, view.icsPerMentor, view.audience,
                view.mentors, view.from, view.to, view.folder, view.chooseFolder}) {
            input.disableProperty().bind(running);
        }
        formatChanged();
    }

    private void register(Control control, Field field) {
        validation.registerValidator(control, false, (Validator<Object>) (c, value) ->
                ValidationResult.fromErrorIf(c, problems.getOrDefault(field, ""), problems.containsKey(field)));
    }

    private void formatChanged() {
        ExportFormat format = format();
        view.formatHint.setText(FORMAT_HINTS.get(format));
        view.icsPerMentor.setVisible(format == ExportFormat.ICS);
        view.icsPerMentor.setManaged(format == ExportFormat.ICS);
        // Follow the format with the suggested folder, unless the user picked one: one folder per
        // format, so exporting CSV never removes the HTML pages exported before.
        Path typed = FolderCheck.of(view.folder.getText()).folder().orElse(null);
        if (suggestedFolder != null && suggestedFolder.equals(typed)) {
            suggestedFolder = suggestedFolder(format);
            view.folder.setText(suggestedFolder.toString());
        }
        fitWindow();
    }

    private static Path suggestedFolder(ExportFormat format) {
        return Path.of(System.getProperty("user.home"), "Mentor Planner export", format.label());
    }

    private ExportFormat format() {
        return view.format.getSelectedToggle() == null ? ExportFormat.HTML
                : (ExportFormat) view.format.getSelectedToggle().getUserData();
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder to export into");
        FolderCheck.of(view.folder.getText()).folder().map(this::existingAncestor).ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        File chosen = chooser.showDialog(window == null ? null : window.window());
        if (chosen != null) {
            view.folder.setText(chosen.getAbsolutePath());
        }
    }

    private Path existingAncestor(Path path) {
        Path existing = path;
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        return existing;
    }

    // ---- checking ----

    private void recheck() {
        problems.clear();
        request(problems);
        invalid.set(!problems.isEmpty());
        view.problems.setText(String.join("\n", problems.values()));
        view.problems.setVisible(!problems.isEmpty() && loaded.get());
        view.folderHint.setText(FolderCheck.of(view.folder.getText()).hint());
        view.folderHint.setVisible(!view.folderHint.getText().isEmpty());
        view.folderHint.setManaged(view.folderHint.isVisible());
        validation.revalidate();
        fitWindow();
    }

    /** Reads the form; what is wrong goes into {@code out} and gives no request. */
    private Optional<ExportRequest> request(Map<Field, String> out) {
        String audience = view.audience.getValue();
        if (audience == null) {
            out.put(Field.AUDIENCE, loaded.get() ? "Choose who the export is for." : "Loading the audiences…");
        }
        List<Person> checked = List.copyOf(view.mentors.getCheckModel().getCheckedItems());
        if (loaded.get() && view.mentors.getItems().isEmpty()) {
            out.put(Field.MENTORS, "There are no mentors yet: import people first (mentor-planner import people FILE.csv).");
        } else if (loaded.get() && checked.isEmpty()) {
            out.put(Field.MENTORS, "Choose at least one mentor.");
        }
        LocalDate from = date(view.from, Field.FROM, "first day", out);
        LocalDate to = date(view.to, Field.TO, "last day", out);
        if (from == null && !out.containsKey(Field.FROM)) {
            out.put(Field.FROM, "Choose the first day to export.");
        }
        if (from != null && to != null && to.isBefore(from)) {
            out.put(Field.TO, "The last day (" + to + ") is before the first day (" + from + "): choose a later last day.");
        }
        FolderCheck.Result folder = FolderCheck.of(view.folder.getText());
        folder.problem().ifPresent(problem -> out.put(Field.FOLDER, problem));
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        // Every mentor checked means every mentor, also one added since: the command line's default.
        List<String> emails = checked.size() == view.mentors.getItems().size() ? List.of()
                : checked.stream().map(Person::email).toList();
        return Optional.of(new ExportRequest(format(), folder.folder().orElseThrow(), audience, emails, from, to,
                format() == ExportFormat.ICS && view.icsPerMentor.isSelected()));
    }

    /** The picker's date; typed text that is not a date is a problem, blank text is no date. */
    private LocalDate date(DatePicker picker, Field field, String name, Map<Field, String> out) {
        String text = picker.getEditor().getText() == null ? "" : picker.getEditor().getText().strip();
        if (!text.isEmpty()) {
            try {
                picker.getConverter().fromString(text);
            } catch (DateTimeParseException e) {
                out.put(field, "'" + text + "' is not a date: pick the " + name + " from the calendar or type it like "
                        + picker.getConverter().toString(LocalDate.now(clock)) + ".");
                return null;
            }
        }
        return picker.getValue();
    }

    // ---- running ----

    /** Starts the export the fields describe; does nothing while one runs or a field is wrong. */
    public void startExport() {
        if (running.get() || !loaded.get()) {
            return;
        }
        commitTypedDates();
        Optional<ExportRequest> request = currentRequest();
        if (request.isEmpty()) {
            return;
        }
        ExportRequest chosen = request.get();
        ProgressTask<ExportResult> started = new ProgressTask<>(progress -> exports.export(chosen, progress));
        task = started;
        running.set(true);
        view.outcome.setVisible(false);
        view.progress.progressProperty().bind(started.progressProperty());
        view.progressMessage.textProperty().bind(started.messageProperty());
        executor.execute(() -> {
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

    private void commitTypedDates() {
        for (DatePicker picker : List.of(view.from, view.to)) {
            // Without a skin (never shown) the editor holds no text, and the value is the truth.
            if (picker.getSkin() != null) {
                picker.commitValue();
            }
        }
    }

    private void finished(ExportResult result) {
        running.set(false);
        lastResult = result;
        unbindProgress();
        recheck(); // The folder exists now.
        view.problems.setVisible(false);
        view.summary.getStyleClass().remove("failed");
        view.outcome.getStyleClass().remove("failed");
        view.summary.setText(summary(result));
        view.openFolder.setVisible(true);
        view.openFolder.setManaged(true);
        view.openFallback.setVisible(false);
        view.outcome.setVisible(true);
        fitWindow();
    }

    private void failed(Exception failure) {
        running.set(false);
        unbindProgress();
        if (failure instanceof CancellationException) {
            if (!closed) {
                showOutcome("The export was stopped. Files it finished are in place; exporting again completes the folder.");
            }
            return;
        }
        showFailure("The export failed: ", failure);
    }

    private void showFailure(String prefix, Exception failure) {
        String text = prefix + UserErrors.describe(failure);
        if (UserErrors.isStorageFailure(failure)) {
            text += " Nothing was exported; try again when the database is free.";
        }
        showOutcome(text);
        view.summary.getStyleClass().add("failed");
        view.outcome.getStyleClass().add("failed");
    }

    private void showOutcome(String text) {
        view.summary.setText(text);
        view.openFolder.setVisible(false);
        view.openFolder.setManaged(false);
        view.openFallback.setVisible(false);
        view.outcome.setVisible(true);
        fitWindow();
    }

    private void unbindProgress() {
        view.progress.progressProperty().unbind();
        view.progressMessage.textProperty().unbind();
    }

    /** "12 sessions in 3 files: 3 written, 0 unchanged, 0 removed." and where. */
    static String summary(ExportResult result) {
        return "Exported " + result.sessions() + (result.sessions() == 1 ? " session" : " sessions") + " for "
                + result.audience() + " in " + result.files() + (result.files() == 1 ? " file" : " files") + " ("
                + result.written() + " written, " + result.unchanged() + " unchanged, " + result.removed() + " removed)"
                + " into " + result.folder() + ".";
    }

    private void openFolder() {
        if (lastResult == null) {
            return;
        }
        Path folder = lastResult.folder();
        executor.execute(() -> opener.open(folder),
                opened -> {
                    showOpenFallback(opened ? "Opened the folder " + folder + "."
                            : "No file manager answered to open the folder. The files are in " + folder + ".");
                },
                failure -> showOpenFallback("The desktop could not open the folder. The files are in " + folder + "."));
    }

    private void showOpenFallback(String text) {
        view.openFallback.setText(text);
        view.openFallback.setVisible(true);
        fitWindow();
    }

    private void fitWindow() {
        if (window != null) {
            window.fit();
        }
    }
}
