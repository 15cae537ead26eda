package org.mentorplanner.app;

import com.calendarfx.view.EntryViewBase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.mentorplanner.ui.Dialogs;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.UserErrors;
import org.mentorplanner.ui.calendar.PlannerPresenter;
import org.mentorplanner.ui.calendar.WindowPlacement;
import org.mentorplanner.ui.export.ExportPresenter;
import org.mentorplanner.ui.importing.ImportPresenter;
import org.mentorplanner.ui.settings.SettingsPresenter;
import org.mentorplanner.ui.sync.SyncPresenter;
import org.mentorplanner.ui.theme.OsDesktopAppearance;
import org.mentorplanner.ui.theme.ThemeChoiceStore;
import org.mentorplanner.ui.theme.Themes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the planner on a database file in a stage: the window shows at once, the database
 * opens on the database thread, then the planner fills the window. The app and the GUI tests
 * both start here.
 */
public final class PlannerWindow {

    private static final Logger LOG = LoggerFactory.getLogger(PlannerWindow.class);
    /** How long the first week is on screen before the store is set up for changes. */
    private static final Duration WARM_UP_DELAY = Duration.millis(800);

    private final TaskExecutor executor;
    private final Preferences preferences;
    private final Dialogs dialogs = new Dialogs();
    private final com.google.inject.Module[] extraModules;
    /** The app's one clock: the window, the services and the command line all take the time from it. */
    private final Clock clock;
    /** Light or dark for every window; the choice is kept beside the window's placement. */
    private final Themes themes;
    private GuiceWorkspace workspace;
    private PlannerPresenter presenter;

    /**
     * {@code preferences} keeps the window placement; tests give a node of their own and a clock
     * they set, and may bind stand-ins for the desktop (such as the folder opener) in
     * {@code extraModules}.
     */
    public PlannerWindow(TaskExecutor executor, Preferences preferences, Clock clock,
                         com.google.inject.Module... extraModules) {
        this.executor = executor;
        this.clock = clock;
        this.preferences = preferences;
        this.extraModules = extraModules.clone();
        this.themes = new Themes(ThemeChoiceStore.in(preferences), new OsDesktopAppearance());
    }

    private com.google.inject.Module[] withUi(com.google.inject.Module ui) {
        com.google.inject.Module[] modules = java.util.Arrays.copyOf(extraModules, extraModules.length + 1);
        modules[extraModules.length] = ui;
        return modules;
    }

    /** Shows {@code stage} and opens {@code database} into it. */
    public void open(Stage stage, Path database) {
        WindowPlacement placement = new WindowPlacement(preferences);
        themes.start(executor);
        stage.setTitle("Mentor Planner — " + database.getFileName());
        AppIcons.showOn(stage);
        stage.setScene(new Scene(new StackPane(new Label("Opening " + database.getFileName() + "…"))));
        placement.restore(stage, 1280, 820);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        dialogs.setOwner(stage);
        stage.setOnCloseRequest(event -> placement.save(stage));
        // The database opens on its own thread while this one shows the window.
        executor.execute(() -> GuiceWorkspace.open(database, clock, withUi(new UiModule(executor, dialogs, themes))),
                opened -> showPlanner(stage, placement, opened),
                failure -> {
                    Label message = new Label("Could not open " + database + ":\n" + UserErrors.describe(failure));
                    message.setWrapText(true);
                    stage.getScene().setRoot(new StackPane(message));
                });
        stage.show();
        if (StartupProbe.requested()) {
            // Ready once the planner is in the window and the store work it asked for is done.
            StartupProbe.watch(stage.getScene(), () -> presenter != null && executor.pendingProperty().get() == 0,
                    () -> "entry-views=" + StartupProbe.countVisible(stage.getScene().getRoot(), EntryViewBase.class));
        }
    }

    private void showPlanner(Stage stage, WindowPlacement placement, GuiceWorkspace opened) {
        workspace = opened;
        presenter = opened.injector().getInstance(PlannerPresenter.class);
        presenter.setPageListener(placement::saveLastPage);
        presenter.setOpenedListener(() -> warmUpAfterFirstFrames(opened));
        presenter.setMenuHandlers(() -> openExport(stage), () -> openSync(stage), () -> openImport(stage),
                () -> openSettings(stage));
        stage.getScene().setRoot(presenter.view());
        presenter.start(placement.lastPage());
    }

    /**
     * Sets the store up for changes (jOOQ) once the first week has been on screen for a moment:
     * the planner opens on plain SQL reads, and the first drag or save should not wait for it.
     * A thread of its own, so the status bar does not show it as work; the storage serialises it
     * with the database thread.
     */
    private static void warmUpAfterFirstFrames(GuiceWorkspace opened) {
        PauseTransition afterFirstFrames = new PauseTransition(WARM_UP_DELAY);
        afterFirstFrames.setOnFinished(event -> Thread.ofPlatform().daemon().name("store-warm-up").start(() -> {
            try {
                opened.warmUp();
            } catch (RuntimeException e) {
                LOG.debug("warming the store up failed; the first change sets it up instead", e);
            }
        }));
        afterFirstFrames.play();
    }

    /** Opens "Export booking links…" on the mentors the planner shows. */
    private void openExport(Stage owner) {
        ExportPresenter export = workspace.injector().getInstance(ExportPresenter.class);
        export.load(presenter.shownMentorIds());
        export.show(owner);
    }

    /** Opens "Sync with team calendar…"; made on demand, so nothing of it runs before the first week is shown. */
    private void openSync(Stage owner) {
        SyncPresenter sync = workspace.injector().getInstance(SyncPresenter.class);
        sync.load();
        sync.show(owner);
    }

    /** Opens "Import people or places…"; the planner shows what was imported at once. */
    private void openImport(Stage owner) {
        ImportPresenter importing = workspace.injector().getInstance(ImportPresenter.class);
        importing.setOnImported(presenter::reload);
        importing.show(owner);
    }

    private void openSettings(Stage owner) {
        SettingsPresenter settings = workspace.injector().getInstance(SettingsPresenter.class);
        settings.setOnSaved(presenter::reloadMe);
        settings.load();
        settings.show(owner);
    }

    /** The window's light or dark look. */
    public Themes themes() {
        return themes;
    }

    /** The planner, once the database is open. */
    public PlannerPresenter presenter() {
        return presenter;
    }

    /** Closes the database (after the window closed). */
    public void close() {
        if (presenter != null) {
            presenter.close();
        }
        if (workspace != null) {
            executor.execute(() -> {
                workspace.close();
                return null;
            }, done -> { }, failure -> { });
        }
    }
}
