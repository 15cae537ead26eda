package org.mentorplanner.app;

import com.calendarfx.view.EntryViewBase;
import com.google.inject.Module;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.mentorplanner.service.BackupService;
import org.mentorplanner.service.port.StorageException;
import org.mentorplanner.store.DatabaseLocation;
import org.mentorplanner.ui.AppIcon;
import org.mentorplanner.ui.Dialogs;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.UserChoices;
import org.mentorplanner.ui.UserErrors;
import org.mentorplanner.ui.calendar.PlannerPresenter;
import org.mentorplanner.ui.calendar.WindowPlacement;
import org.mentorplanner.ui.export.ExportPresenter;
import org.mentorplanner.ui.importing.ImportPresenter;
import org.mentorplanner.ui.settings.SettingsPresenter;
import org.mentorplanner.ui.sync.BackgroundSync;
import org.mentorplanner.ui.sync.SyncPresenter;
import org.mentorplanner.ui.sync.SyncStatusPresenter;
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
    /** How long the first week is on screen before the sync state is read and the store set up for changes. */
    private static final Duration WARM_UP_DELAY = Duration.millis(800);

    private final TaskExecutor executor;
    private final Preferences preferences;
    private final Dialogs dialogs = new Dialogs();
    private final Module[] extraModules;
    /** The app's one clock: the window, the services and the command line all take the time from it. */
    private final Clock clock;
    /** Light or dark for every window; the choice is kept beside the window's placement. */
    private final Themes themes;
    /** Whether the open file may only be read (ADR 0022): the title and the status bar say so. */
    private boolean readOnly;
    /** The locale the desktop writes dates in; Settings may choose another (ADR 30). */
    private final Locale desktopLocale;
    /** Settings kept on this computer: how dates and times are written. */
    private final UserChoices choices;
    private GuiceWorkspace workspace;
    private PlannerPresenter presenter;
    private DatabaseChooser chooser = new DatabaseChooser.Fx();
    private Consumer<Path> windowOpener;
    private Path logFolder = DatabaseLocation.logFolder();
    private ExternalChangeWatcher watcher;
    private WindowBeacon beacon;
    private Runnable onOpenElsewhere;
    private BackgroundSync background;
    private SyncStatusPresenter syncStatus;

    /**
     * {@code preferences} keeps the window placement; tests give a node of their own and a clock
     * they set, and may bind stand-ins for the desktop (such as the folder opener) in
     * {@code extraModules}.
     */
    public PlannerWindow(TaskExecutor executor, Preferences preferences, Clock clock, Locale desktopLocale,
                         Module... extraModules) {
        this.desktopLocale = desktopLocale;
        this.executor = executor;
        this.clock = clock;
        this.preferences = preferences;
        this.extraModules = extraModules.clone();
        this.themes = new Themes(ThemeChoiceStore.in(preferences), new OsDesktopAppearance());
        this.choices = UserChoices.in(preferences, desktopLocale);
    }

    private Module[] withUi(Module ui) {
        Module[] modules = Arrays.copyOf(extraModules, extraModules.length + 1);
        modules[extraModules.length] = ui;
        return modules;
    }

    /** Replaces the file dialogs (GUI tests answer them themselves). */
    public void setChooser(DatabaseChooser chooser) {
        this.chooser = chooser;
    }

    /** What opens another database in a window of its own (the app makes a new window). */
    public void setWindowOpener(Consumer<Path> windowOpener) {
        this.windowOpener = windowOpener;
    }

    /** The log folder that Help texts name. */
    public void setLogFolder(Path logFolder) {
        this.logFolder = logFolder;
    }

    /**
     * What happens when the file is already open in another window, which was brought to the
     * front: by default this window says so, with the ways out of an unusable file.
     */
    public void setOnOpenElsewhere(Runnable onOpenElsewhere) {
        this.onOpenElsewhere = onOpenElsewhere;
    }

    /** Shows {@code stage} and opens {@code database} into it, unless another window has the file open. */
    public void open(Stage stage, Path database) {
        if (beacon != null) {
            beacon.close();
        }
        beacon = WindowBeacon.claim(database, () -> {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        }).orElse(null);
        if (beacon == null) {
            openElsewhere(stage, database);
            return;
        }
        WindowPlacement placement = new WindowPlacement(preferences);
        themes.start(executor);
        stage.setTitle(title(database));
        AppIcons.showOn(stage);
        stage.setScene(new Scene(new StackPane(new Label("Opening " + database.getFileName() + "…"))));
        placement.restore(stage, 1280, 820);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        dialogs.setOwner(stage);
        stage.setOnCloseRequest(event -> placement.save(stage));
        // With several windows open, one closing lets go of its file at once, not at the app's end.
        stage.setOnHidden(event -> close());
        // The database opens on its own thread while this one shows the window.
        executor.execute(() -> {
                    refuseVanishedFolder(database);
                    return GuiceWorkspace.open(database, clock, withUi(new UiModule(executor, dialogs, themes, choices.formats(), choices)));
                },
                opened -> showPlanner(stage, placement, opened),
                failure -> {
                    LOG.info("{} cannot be used: {}", database, failure.getMessage());
                    stage.getScene().setRoot(new OpenFailurePane(stage, database, UserErrors.describe(failure), chooser, dialogs,
                            other -> open(stage, other)));
                });
        stage.show();
        FxStallProbe.startIfRequested();
        if (StartupProbe.requested()) {
            // Ready once the planner is in the window and the store work it asked for is done.
            StartupProbe.watch(stage.getScene(), () -> presenter != null && executor.pendingProperty().get() == 0,
                    () -> "entry-views=" + StartupProbe.countVisible(stage.getScene().getRoot(), EntryViewBase.class));
        }
    }

    /** Another window has {@code database}: bring it forward, then say so here or do what the app asked. */
    private void openElsewhere(Stage stage, Path database) {
        boolean forwarded = WindowBeacon.callOpenWindow(database);
        LOG.info("{} is open in another window{}", database, forwarded ? "; brought it to the front" : " that did not answer");
        if (forwarded && onOpenElsewhere != null) {
            onOpenElsewhere.run();
            return;
        }
        String message = database.toAbsolutePath() + " is already open in another Mentor Planner window"
                + (forwarded ? ", which was brought to the front." : " (perhaps of another user or on another computer sharing "
                + "the folder). Close it there first: one window at a time writes a database file.");
        stage.setTitle(title(database));
        if (stage.getScene() == null) {
            stage.setScene(new Scene(new StackPane()));
            stage.setWidth(760);
            stage.setHeight(360);
        }
        dialogs.setOwner(stage);
        stage.getScene().setRoot(new OpenFailurePane(stage, database, message, chooser, dialogs, other -> open(stage, other)));
        stage.show();
    }

    /**
     * Refuses a file whose folder is gone (moved, renamed, on a drive that is not connected): the
     * window would otherwise make the folder again and open an empty planner in it, as if the
     * user's work were lost. Only the app's own default file is created with its folder, on a
     * first start; New database… picks a folder that exists.
     */
    static void refuseVanishedFolder(Path database) {
        Path absolute = database.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder) && !absolute.equals(DatabaseLocation.defaultFile().toAbsolutePath().normalize())) {
            throw new StorageException("The folder " + folder + " does not exist, so the database " + absolute.getFileName()
                    + " cannot be opened. It may have been moved or renamed, or be on a drive that is not connected: connect it and "
                    + "try again, open another file, or create a new database.", null);
        }
    }

    /** The window's title: the app, the file's name and its folder. */
    static String title(Path database) {
        Path absolute = database.toAbsolutePath();
        return "Mentor Planner — " + absolute.getFileName() + (absolute.getParent() == null ? "" : " (" + absolute.getParent() + ")");
    }

    private void showPlanner(Stage stage, WindowPlacement placement, GuiceWorkspace opened) {
        workspace = opened;
        new RecentFiles(preferences.node("recent")).opened(opened.databaseFile());
        presenter = opened.injector().getInstance(PlannerPresenter.class);
        presenter.setPageListener(placement::saveLastPage);
        placement.lastZone().ifPresent(presenter::showZone);
        presenter.setZoneListener(placement::saveZone);
        presenter.setMenuHandlers(() -> openExport(stage), () -> openSync(stage), () -> openImport(stage),
                () -> openSettings(stage));
        stage.getScene().setRoot(presenter.view());
        readOnly = opened.service(BackupService.class).readOnly();
        if (readOnly) {
            stage.setTitle(title(opened.databaseFile()) + " — read-only");
        }
        if (presenter.view().lookup("#appMenu") instanceof MenuButton menu) {
            new DatabaseMenu(stage, executor, dialogs, chooser, new RecentFiles(preferences.node("recent")),
                    opened.service(BackupService.class), this::openAnother, presenter::reload, logFolder).addTo(menu);
        }
        presenter.start(placement.lastPage());
        PlannerPresenter shown = presenter;
        watcher = ExternalChangeWatcher.start(opened::dataVersion, shown::showExternalChanges);
        startSyncStatus(stage, opened);
        // What the first week does not need waits until it is painted (ADR 0045): the first page's
        // load is the store work started above, and it is done when nothing is pending.
        FirstFrame.then(stage.getScene(), () -> executor.pendingProperty().get() == 0, () -> afterFirstFrame(opened));
    }

    private static HBox withReadOnlyNotice(Path database, Node syncLine) {
        HBox line = new HBox(8, readOnlyNotice(database), syncLine);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** Says in the status bar, before anyone tries to plan, that changes to this file will be refused. */
    private static Label readOnlyNotice(Path database) {
        Label notice = new Label("Read-only file");
        notice.setId("readOnlyNotice");
        // A lock beside the sync line (the title says "read-only" in words): the status bar keeps its
        // room, the text stays for screen readers and the tooltip says the rest.
        notice.setGraphic(AppIcon.READ_ONLY.graphic());
        notice.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        notice.setMinWidth(Region.USE_PREF_SIZE);
        String why = "Changes cannot be saved: you may read " + database.toAbsolutePath() + " but not change it. To plan in it, "
                + "ask for write access to "
                + "the file and its folder, or use Menu → Back up… to save a copy and open that.";
        notice.setTooltip(new Tooltip(why));
        notice.setAccessibleHelp(why);
        return notice;
    }

    /** The status bar's sync line and the background sync (off unless the settings turn it on). */
    private void startSyncStatus(Stage stage, GuiceWorkspace opened) {
        syncStatus = opened.injector().getInstance(SyncStatusPresenter.class);
        syncStatus.setOnOpen(() -> openSync(stage));
        presenter.setSyncStatus(readOnly ? withReadOnlyNotice(opened.databaseFile(), syncStatus.view()) : syncStatus.view());
        background = opened.injector().getInstance(BackgroundSync.class);
        background.setOnSynced(result -> {
            if (result.changedSessions() || !result.conflicts().isEmpty()) {
                presenter.refreshFromStore();
            }
            syncStatus.refresh();
        });
        background.reschedule();
    }

    /** Opens another database in a window of its own, or in a new stage when no opener is set. */
    private void openAnother(Path file) {
        if (windowOpener != null) {
            windowOpener.accept(file);
        } else {
            new PlannerWindow(executor, preferences, clock, desktopLocale, extraModules).open(new Stage(), file);
        }
    }

    /**
     * Once the first week has been painted and on screen for a moment: reads the sync state
     * (its reads start jOOQ) and sets the store up for changes (jOOQ), since the planner opens on
     * plain SQL reads (ADR 0012) and the first drag or save should not wait for it; then makes
     * the day's backup if there is none yet. The warm-up has a thread of its own, so the status
     * bar does not show it as work; the storage serialises it with the database thread.
     */
    private void afterFirstFrame(GuiceWorkspace opened) {
        PauseTransition aMoment = new PauseTransition(WARM_UP_DELAY);
        aMoment.setOnFinished(event -> {
            if (workspace != opened) {
                return; // closed meanwhile
            }
            syncStatus.refresh();
            Thread.ofPlatform().daemon().name("store-warm-up").start(() -> {
                try {
                    opened.warmUp();
                    // The day's backup, if there is none yet, while the user looks at the first week.
                    opened.service(BackupService.class).dailyBackup();
                } catch (RuntimeException e) {
                    LOG.debug("warming the store up failed; the first change sets it up instead", e);
                }
            });
        });
        aMoment.play();
    }

    /** Opens "Export booking links…" on the mentors the planner shows. */
    private void openExport(Stage owner) {
        ExportPresenter export = workspace.injector().getInstance(ExportPresenter.class);
        export.load(presenter.shownMentorIds());
        export.show(owner);
    }

    /** Opens "Sync calendars…"; made on demand, so nothing of it runs before the first week is shown. */
    private void openSync(Stage owner) {
        SyncPresenter sync = workspace.injector().getInstance(SyncPresenter.class);
        sync.setOnSessionsChanged(() -> {
            presenter.refreshFromStore();
            syncStatus.refresh();
        });
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
        settings.setOnSaved(() -> {
            presenter.reloadMe();
            background.reschedule();
        });
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
        if (background != null) {
            background.stop();
        }
        if (presenter != null) {
            presenter.close();
        }
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        if (beacon != null) {
            beacon.close();
            beacon = null;
        }
        if (workspace != null) {
            GuiceWorkspace closing = workspace;
            workspace = null;
            executor.execute(() -> {
                closing.close();
                return null;
            }, done -> { }, failure -> { });
        }
    }
}
