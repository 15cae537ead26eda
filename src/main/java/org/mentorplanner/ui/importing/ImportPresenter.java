package org.mentorplanner.ui.importing;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.mentorplanner.service.DirectoryImport;
import org.mentorplanner.ui.DialogWindow;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.UserErrors;

/**
 * "Import people or places…": the user picks what the file holds, sees the header it needs, then
 * chooses the file; the import runs on the database thread, all or nothing, and a refused file
 * gets the service's message naming the row to fix.
 */
public final class ImportPresenter {

    final ImportView view = new ImportView();
    private final DirectoryImport imports;
    private final TaskExecutor executor;
    private final CsvFileChooser chooser;
    private Runnable onImported = () -> { };
    private DialogWindow window;
    private boolean busy;

    @Inject
    public ImportPresenter(DirectoryImport imports, TaskExecutor executor, CsvFileChooser chooser) {
        this.imports = imports;
        this.executor = executor;
        this.chooser = chooser;
        view.kind.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                view.kind.selectToggle(old); // Something is always chosen.
            } else {
                showFormat(kind());
            }
        });
        view.kind.selectToggle(view.people);
        view.choose.setOnAction(e -> chooseAndImport());
        view.close.setOnAction(e -> close());
    }

    /** The dialog's root node (for tests). */
    public Parent view() {
        return view.root;
    }

    /** Called on the FX thread after a file was imported (the planner reads the directory again). */
    public void setOnImported(Runnable onImported) {
        this.onImported = Objects.requireNonNull(onImported);
    }

    /** Opens the dialog in its own window, modal to {@code owner}. */
    public void show(Window owner) {
        window = new DialogWindow(view.root, "Import people or places", owner, this::close);
        window.show();
    }

    public void close() {
        if (window != null) {
            window.close();
        }
    }

    /** Asks for a file, then imports it. */
    private void chooseAndImport() {
        if (busy) {
            return;
        }
        ImportKind kind = kind();
        chooser.choose(window == null ? null : window.window(), "Import " + kind.label.toLowerCase(Locale.ROOT) + " from a CSV file")
               .ifPresent(file -> importFile(kind, file));
    }

    /** Imports {@code file} as {@code kind} on the database thread and says how it went. */
    void importFile(ImportKind kind, Path file) {
        busy = true;
        view.choose.setDisable(true);
        view.problems.setVisible(false);
        view.summary.setVisible(false);
        executor.execute(() -> kind == ImportKind.PEOPLE ? imports.importPeople(file).size() : imports.importLocations(file).size(),
                count -> {
                    finished();
                    view.summary.setText("Imported " + count + " " + noun(kind, count) + " from " + file.getFileName() + ".");
                    view.summary.setVisible(true);
                    fit();
                    onImported.run();
                },
                failure -> {
                    finished();
                    view.problems.setText(UserErrors.describe(failure));
                    view.problems.setVisible(true);
                    fit();
                });
    }

    private void finished() {
        busy = false;
        view.choose.setDisable(false);
    }

    private void fit() {
        if (window != null) {
            window.fit();
        }
    }

    /** Shows what a file of {@code kind} looks like; the last file's outcome goes, as it was about the other kind. */
    private void showFormat(ImportKind kind) {
        view.problems.setVisible(false);
        view.summary.setVisible(false);
        view.header.setText(kind.header);
        view.example.setText("e.g. " + kind.example);
        view.rules.setText(kind.rules);
        fit();
    }

    private ImportKind kind() {
        return (ImportKind) view.kind.getSelectedToggle().getUserData();
    }

    private static String noun(ImportKind kind, int count) {
        if (kind == ImportKind.PEOPLE) {
            return count == 1 ? "person" : "people";
        }
        return count == 1 ? "place" : "places";
    }
}
