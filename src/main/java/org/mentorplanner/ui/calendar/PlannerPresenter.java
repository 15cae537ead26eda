package org.mentorplanner.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import com.calendarfx.model.LoadEvent;
import com.calendarfx.view.DateControl;
import com.calendarfx.view.RequestEvent;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Region;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.WorkingHours;
import org.mentorplanner.service.DemoDataService;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.DuplicationService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.service.format.DisplayFormats;
import org.mentorplanner.ui.AppIcon;
import org.mentorplanner.ui.BusyIndicatorDelay;
import org.mentorplanner.ui.Dialogs;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.UserChoices;
import org.mentorplanner.ui.UserErrors;
import org.mentorplanner.ui.busy.BusySourcesPresenter;
import org.mentorplanner.ui.duplicate.BulkDuplicatePresenter;
import org.mentorplanner.ui.duplicate.FrequencyChoice;
import org.mentorplanner.ui.editor.EditorChoices;
import org.mentorplanner.ui.editor.SessionEditorPresenter;
import org.mentorplanner.ui.mysessions.MySessionsPresenter;
import org.mentorplanner.ui.undo.UndoHistory;

/**
 * The planner window's logic, and the facade the window and the tests use: one CalendarFX
 * calendar per mentor, gestures on the grid turned into service calls on the database thread,
 * every change recorded for undo. It wires the CalendarFX hooks and the toolbar and hands each
 * job to a collaborator of this package: {@link PlannerPages}, {@link PlannerSelection},
 * {@link WeekLoading}, {@link SessionCommands}, {@link SessionEditing}, {@link GridPermissions}
 * and {@link MentorList}. CalendarFX objects are touched only on the FX thread.
 */
public final class PlannerPresenter implements SessionActions {

    static final Duration DEFAULT_DURATION = Duration.ofMinutes(60);

    private final DirectoryService directory;
    private final SettingsService settings;
    /** How dates and times are written, and which day a week starts on (ADR 30). */
    private final DisplayFormats formats;
    /** Your working hours: the grid shows them and opens on them, the editor marks sessions outside them. */
    private final WorkingHours workingHours;
    private final TaskExecutor executor;
    private BusyBands busyBands;
    private final Dialogs dialogs;
    private final PlannerView view;
    private final MySessionsPresenter mySessions;
    /** After another program changed the mentors: the blocks to select again and the scroll to keep when the reload is shown. */
    private Set<Long> reselectAfterLoad = Set.of();
    private boolean keepScrollOnLoad;
    /** The zone the grid shows its times in: this computer's, or the one picked in the status bar. */
    private ZoneId gridZone;
    /** Today and now for the grid, from the app's clock. */
    private final GridClock gridClock;
    private final SessionGrid grid;
    /** A crowded month's counts per day (ADR 0039). */
    private final MonthDigest monthDigest = new MonthDigest();
    /** The page shown, its span, title and counts. */
    private final PlannerPages pages;
    /** The selected blocks and the calendars shown. */
    private final PlannerSelection selection;
    /** The weeks loaded from the store, and other programs' changes shown. */
    private final WeekLoading loading;
    /** What the user may change on the grid. */
    private final GridPermissions permissions;
    /** The mentor panel. */
    private final MentorList mentorList;
    /** Changes to stored sessions, recorded for undo. */
    private final SessionCommands commands;
    private EditorChoices choices;
    /** The session editor opened and its saves. */
    private final SessionEditing editing;
    private Consumer<ZoneId> zoneListener = z -> { };
    private Runnable openedListener = () -> { };
    /** Whether the first page has shown the directory ({@link #openedListener} has run). */
    private boolean opened;
    private final DemoDataService sample;
    private final Provider<BulkDuplicatePresenter> bulkDialogs;
    private BulkDuplicatePresenter bulkDialog;
    private Runnable syncHandler;
    private Runnable exportHandler;
    private Runnable settingsHandler;
    private Runnable importHandler;
    /** Shows the status bar's "Working…" only for work that takes a moment. */
    private BusyIndicatorDelay busy;
    @Inject
    private GridSync gridSync;
    /** The mentors last chose to show on this file (ADR 0039). */
    @Inject
    private ShownMentorsMemory shownMemory;
    /** True while the planner itself ticks mentors (its first view), so that is not kept as the user's choice. */
    private boolean applyingFirstView;

    @Inject
    public PlannerPresenter(SessionService sessions, DirectoryService directory, SettingsService settings,
                            TaskExecutor executor, Dialogs dialogs, MySessionsPresenter mySessions,
                            DuplicationService duplication, Provider<BulkDuplicatePresenter> bulkDialogs,
                            DemoDataService sample, Clock clock, DisplayFormats formats, UserChoices userChoices) {
        this.formats = formats;
        this.workingHours = userChoices.workingHours();
        this.sample = sample;
        this.bulkDialogs = bulkDialogs;
        this.mySessions = mySessions;
        this.view = new PlannerView(mySessions.view(), clock.getZone(), formats);
        this.directory = directory;
        this.settings = settings;
        this.executor = executor;
        this.dialogs = dialogs;
        this.gridClock = GridClock.start(clock, view.week);
        this.gridZone = view.week.getZoneId();
        this.grid = new SessionGrid(gridZone, this::moveSession);
        this.pages = new PlannerPages(view, grid, formats, () -> gridZone, monthDigest);
        this.selection = new PlannerSelection(view, grid, () -> choices);
        this.loading = new WeekLoading(sessions, () -> gridSync, executor, dialogs, view, grid, () -> gridZone,
                pages::refreshCounts, this::reportFailure);
        this.permissions = new GridPermissions(view, grid, () -> choices);
        this.mentorList = new MentorList(view, grid, () -> loading.shownChanged(!applyingFirstView), this::addSampleOrganisation);
        Host host = new Host();
        loading.serve(host);
        pages.whenRangeShown(loading::ensureLoaded);
        this.commands = new SessionCommands(sessions, duplication, settings, executor, dialogs, view, grid, mySessions,
                loading, pages::refreshCounts, this::reportFailure);
        this.editing = new SessionEditing(sessions, settings, duplication, executor, formats, workingHours, gridClock, view,
                grid, commands, host);
        view.zone.setOnChosen(this::showZone);
        view.showWorkingHours(workingHours);
        configureCalendarHooks();
        configureToolbar();
        view.reserveRangeWidth(rangeTitles(gridClock.today().getYear(), formats));
        configureStatusBar();
    }


    /**
     * Shows busy time from mentors' own calendars as read-only bands and lets the editor warn
     * about it (ADR 0024). Method injection keeps the constructor as it is.
     */
    @Inject
    void showBusyTimes(BusyBands bands, Provider<BusySourcesPresenter> dialogs) {
        this.busyBands = bands;
        bands.attach(view, gridZone);
        Runnable open = () -> bands.openSources(dialogs.get(), view.root.getScene() == null ? null : view.root.getScene().getWindow());
        view.busyTimes.setOnAction(e -> open.run());
        view.busyTimesLink.setOnAction(e -> open.run());
    }

    /** The window content. */
    public Parent view() {
        return view.root;
    }

    /**
     * Loads the directory and the sessions of the first page's weeks in one task on the database
     * thread, then fills the grid in one go; call after the view is shown ({@link #reload} calls it
     * again).
     */
    public void start(PlannerPage firstPage) {
        showPage(firstPage);
        PlannerPages.Span span = pages.span();
        loading.open(span.from().minusDays(7), span.to().plusDays(7), this::directoryLoaded);
    }


    /** Called once the first page shows the directory and its sessions (the app then prepares the store for changes). */
    public void setOpenedListener(Runnable listener) {
        this.openedListener = listener;
    }

    /** Called with the zone whenever the grid's zone changes (the app saves it). */
    public void setZoneListener(Consumer<ZoneId> listener) {
        this.zoneListener = listener;
    }

    /**
     * Shows the grid's times in {@code zone} (before {@link #start}, or later: the blocks are
     * then read again in the new zone). Sessions keep their wall-clock time at their location.
     */
    public void showZone(ZoneId zone) {
        if (zone.equals(gridZone)) {
            return;
        }
        gridZone = zone;
        view.week.setZoneId(zone);
        grid.setZone(zone);
        view.zone.offer(choices == null ? List.of() : choices.locations(), zone);
        zoneListener.accept(zone);
        if (choices != null) {
            reload();
        }
    }

    /** Called with the page whenever the user switches pages (the app saves it). */
    public void setPageListener(Consumer<PlannerPage> listener) {
        pages.setPageListener(listener);
    }


    /**
     * Lets the export dialog handle "Export booking links…", the sync dialog "Sync with team
     * calendar…", the import dialog "Import people or places…" and the settings dialog
     * "Settings…"; without a handler the menu item is disabled.
     */
    public void setMenuHandlers(Runnable export, Runnable syncCalendar, Runnable importDirectory, Runnable openSettings) {
        this.exportHandler = export;
        this.syncHandler = syncCalendar;
        this.importHandler = importDirectory;
        this.settingsHandler = openSettings;
        view.exportLinks.setDisable(export == null);
        view.syncCalendar.setDisable(syncCalendar == null);
        view.importDirectory.setDisable(importDirectory == null);
        view.settings.setDisable(openSettings == null);
    }

    /** The mentors whose calendars are shown, by id (the export dialog starts with them). */
    public Set<Long> shownMentorIds() {
        return selection.shownMentorIds();
    }


    /**
     * Reads who "I" am again (after the settings changed): what I may change follows, and a
     * mentor sees only their own calendar, as when the window opened.
     */
    public void reloadMe() {
        if (choices == null) {
            return;
        }
        executor.execute(settings::actor, actor -> {
            choices = new EditorChoices(actor, choices.mentors(), choices.mentees(), choices.locations(), choices.groups());
            showFirstView();
            refreshCounts();
        }, failure -> reportFailure("Could not read the settings", failure));
    }

    /** Stops what runs on its own while the window is open (the grid's clock); call when the window closes. */
    public void close() {
        gridClock.stop();
    }

    /** The undo history (for menus and tests). */
    public UndoHistory history() {
        return commands.history();
    }


    /** The editor currently open, if any. */
    public Optional<SessionEditorPresenter> openEditor() {
        return editing.openEditor();
    }

    /** The grid entry of a session, if it is loaded. */
    public Optional<Entry<Long>> entryOf(long sessionId) {
        return grid.entryOf(sessionId);
    }

    /** The session as the grid knows it. */
    public Optional<MentorshipSession> knownSession(long sessionId) {
        return grid.session(sessionId);
    }

    // ---- setup ----

    private void configureCalendarHooks() {
        DateControl week = view.week;
        week.getCalendarSources().setAll(grid.source(), monthDigest.source());
        week.setEntryFactory(param -> {
            Entry<Long> entry = new Entry<>("New session");
            ZonedDateTime start = param.getZonedDateTime();
            entry.setInterval(new Interval(start, start.plus(DEFAULT_DURATION)));
            return entry;
        });
        week.setDefaultCalendarProvider(control -> defaultCalendar());
        week.setEntryEditPolicy(param -> permissions.mayEdit(param.getEntry(), param.getEditOperation()));
        week.setEntryDetailsCallback(param -> {
            openEntry(param.getEntry());
            return true;
        });
        week.setEntryContextMenuCallback(param -> contextMenu(param.getEntry()));
        week.setContextMenuCallback(param -> {
            MenuItem create = new MenuItem("_New session here");
            ZonedDateTime at = param.getZonedDateTime();
            create.setOnAction(e -> editing.newSessionAt(at == null ? null : at.toLocalDateTime(), DEFAULT_DURATION, null));
            return new ContextMenu(create);
        });
        view.setUpEachControl(control -> {
            control.addEventHandler(LoadEvent.LOAD, event -> loading.ensureLoaded(event.getStartDate(), event.getEndDate()));
            // A block dragged or double-clicked into being asks for its details with this event.
            control.addEventHandler(RequestEvent.REQUEST_ENTRY, event -> {
                event.consume();
                openEntry(event.getEntry());
            });
            control.addEventHandler(RequestEvent.REQUEST_DATE, event -> {
                event.consume();
                view.week.setDate(event.getDate());
                showPage(PlannerPage.DAY);
            });
        });
        week.dateProperty().addListener(o -> refreshRange());
        // Keys act on the selected block: take the focus from the toolbar (a date field would eat Delete).
        week.getSelections().addListener((SetChangeListener<Entry<?>>) change -> {
            if (!week.getSelections().isEmpty()) {
                view.control(pages.current()).requestFocus();
            }
        });
    }

    /** Opens the editor on a block; a crowded month's count of a day opens that day. */
    private void openEntry(Entry<?> entry) {
        if (MonthDigest.isCount(entry)) {
            view.week.setDate(entry.getStartDate());
            showPage(PlannerPage.DAY);
        } else {
            editing.openEditorFor(entry);
        }
    }

    private void configureToolbar() {
        view.today.setOnAction(e -> view.week.setDate(gridClock.today()));
        view.previous.setOnAction(e -> pages.step(-1));
        view.next.setOnAction(e -> pages.step(1));
        view.datePicker.valueProperty().bindBidirectional(view.week.dateProperty());
        view.setOnPageChosen(this::showPage);
        view.newSession.setOnAction(e -> newSession());
        view.undo.setOnAction(e -> undo());
        view.redo.setOnAction(e -> redo());
        view.undo.disableProperty().bind(commands.history().canUndoProperty().not());
        view.redo.disableProperty().bind(commands.history().canRedoProperty().not());
        view.undo.getTooltip().textProperty().bind(Bindings.concat(commands.history().undoLabelProperty(), " (Ctrl+Z)"));
        view.redo.getTooltip().textProperty().bind(Bindings.concat(commands.history().redoLabelProperty(), " (Ctrl+Shift+Z)"));
        view.actions.setOnShowing(e -> {
            view.actions.getItems().setAll(
                    selection.first().map(s -> SessionActions.menuItems(s, mayChange(s), this)).orElseGet(() -> {
                        MenuItem none = new MenuItem("Select a session first");
                        none.setDisable(true);
                        return List.of(none);
                    }));
            MenuItem copyWeek = AppIcon.COPY_WEEK.on(new MenuItem("Copy this _week to the next weeks…"));
            copyWeek.setId("copyWeek");
            copyWeek.setOnAction(event -> copyWeek());
            view.actions.getItems().addAll(new SeparatorMenuItem(), copyWeek);
        });
        view.showAll.setOnAction(e -> loading.changingShown(selection::showAll));
        view.showMine.setOnAction(e -> loading.changingShown(selection::showOnlyMine));
        view.exportLinks.setOnAction(e -> {
            if (exportHandler != null) {
                exportHandler.run();
            }
        });
        view.syncCalendar.setOnAction(e -> {
            if (syncHandler != null) {
                syncHandler.run();
            }
        });
        view.importDirectory.setOnAction(e -> {
            if (importHandler != null) {
                importHandler.run();
            }
        });
        view.settings.setOnAction(e -> {
            if (settingsHandler != null) {
                settingsHandler.run();
            }
        });
        setMenuHandlers(null, null, null, null);
        view.root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    /** Binds every window and grid shortcut of {@link PlannerShortcut}, the table Help lists. */
    private void installShortcuts(Scene scene) {
        PlannerKeyBindings.install(scene, view, this);
    }

    private void configureStatusBar() {
        busy = new BusyIndicatorDelay(executor.pendingProperty().greaterThan(0), BusyIndicatorDelay.DEFAULT_DELAY);
        view.progress.visibleProperty().bind(busy.showingProperty());
        view.progressLabel.visibleProperty().bind(view.progress.visibleProperty());
        view.progressLabel.setText("Working…");
    }

    /** Shows the mentors, the first view's ticked, and their sessions of the first weeks. */
    private void directoryLoaded(WeekLoading.Opening opening) {
        this.choices = opening.choices();
        mentorList.clear();
        grid.markConflicts(opening.sessions().conflictIds());
        // Hidden before the views see the calendars, so no view builds blocks for them (ADR 0036).
        grid.setBeforeViewsSeeCalendars(calendars -> selection.show(opening.shown()));
        grid.addMentors(choices, opening.sessions().sessions());
        mentorList.addChecks(choices);
        mentorList.hintIfEmpty(choices);
        mySessions.setMentees(choices.mentees());
        view.zone.offer(choices.locations(), gridZone);
        pages.refreshRange();
        if (keepScrollOnLoad) {
            keepScrollOnLoad = false;
            selection.select(reselectAfterLoad);
            reselectAfterLoad = Set.of();
        } else {
            scrollToWorkingHours();
        }
        // Only the first opening: a reload must not prepare the store a second time.
        if (!opened) {
            opened = true;
            openedListener.run();
        }
    }

    /** Fills the empty database with the sample organisation, then shows it as if the window had just opened. */
    private void addSampleOrganisation(Button addSample) {
        addSample.setDisable(true);
        executor.execute(sample::fill, added -> reload(), failure -> {
            addSample.setDisable(false);
            reportFailure("Could not add the sample organisation", failure);
        });
    }

    /** Says what a new session lacks (no mentors, no places) and offers the import or the sample organisation. */
    private void offerWhatIsMissing(NothingToSchedule missing) {
        List<String> offers = new ArrayList<>();
        if (importHandler != null) {
            offers.add("Import people or places…");
        }
        if (missing.offerSample()) {
            offers.add("Add the sample organisation");
        }
        dialogs.choose(missing.header(), missing.text(), offers, "Close").map(offers::get).ifPresent(offer -> {
            if (offer.startsWith("Import")) {
                importHandler.run();
            } else {
                executor.execute(sample::fill, added -> reload(),
                        failure -> reportFailure("Could not add the sample organisation", failure));
            }
        });
    }

    /**
     * Reads the directory and the shown weeks again, as if the window had just opened: after the
     * directory changed behind the grid (the sample organisation added, people imported).
     */
    public void reload() {
        grid.clear();
        view.forgetCalendars();
        loading.forget();
        start(pages.current());
    }

    /**
     * Shows what another program (the command line, a sync) changed in the weeks the grid holds
     * and in the directory (people, places, groups: the mentor list, the editor's choices), in
     * place: the page, the scroll position and the selected blocks stay. An editor open on a
     * session that changed meanwhile says so, so that saving does not silently overwrite it.
     */
    public void showExternalChanges() {
        loading.showExternalChanges();
    }

    /** What the week loading and the editing ask of this planner. */
    private final class Host implements WeekLoading.Planner, SessionEditing.Planner {

        @Override
        public EditorChoices choices() {
            return choices;
        }

        @Override
        public EditorChoices readChoices() {
            return new EditorChoices(settings.actor(), directory.mentors(), directory.mentees(), directory.locations(), directory.groups());
        }

        @Override
        public void useChoices(EditorChoices fresh) {
            PlannerPresenter.this.useChoices(fresh);
        }

        @Override
        public void reloadKeepingView() {
            PlannerPresenter.this.reloadKeepingView();
        }

        @Override
        public Optional<SessionEditorPresenter> openEditor() {
            return PlannerPresenter.this.openEditor();
        }

        @Override
        public Set<Long> firstView(EditorChoices loaded) {
            return shownMemory.firstView(loaded);
        }

        @Override
        public Set<Long> shownMentorIds() {
            return selection.shownMentorIds();
        }

        @Override
        public void rememberShown(Set<Long> mentorIds) {
            shownMemory.remember(mentorIds);
        }

        @Override
        public ZoneId gridZone() {
            return gridZone;
        }

        @Override
        public Calendar<?> defaultCalendar() {
            return PlannerPresenter.this.defaultCalendar();
        }

        @Override
        public void offerWhatIsMissing(NothingToSchedule missing) {
            PlannerPresenter.this.offerWhatIsMissing(missing);
        }

        @Override
        public Optional<BusyBands> busyBands() {
            return Optional.ofNullable(busyBands);
        }

        @Override
        public void reportFailure(String header, Exception failure) {
            PlannerPresenter.this.reportFailure(header, failure);
        }
    }

    /** New mentees, places, groups or actor from another program: the next editor, My Sessions and the zone list offer them. */
    private void useChoices(EditorChoices fresh) {
        choices = fresh;
        grid.useNames(fresh);
        mySessions.setMentees(fresh.mentees());
        view.zone.offer(fresh.locations(), gridZone);
        showFirstView();
        refreshCounts();
    }

    /**
     * Mentors changed under the open window: the mentor list and the grid's columns are made
     * again as at opening, but the date, the scroll position and the selected blocks stay.
     */
    private void reloadKeepingView() {
        reselectAfterLoad = selection.ids();
        keepScrollOnLoad = true;
        view.week.clearSelection(); // the blocks are made anew: the old ones must not stay selected
        reload();
    }

    /**
     * Shows the mentors the planner opens on (ADR 0036, 0039): the user's last choice on this
     * file; without one, a mentor (not a coordinator) their own calendar, everybody else all, or
     * the first few of many. Their sessions are read once all are ticked.
     */
    private void showFirstView() {
        applyingFirstView = true;
        try {
            loading.changingShown(() -> selection.show(shownMemory.firstView(choices)));
        } finally {
            applyingFirstView = false;
        }
    }

    /** Once laid out, the week shows the working day from its start, with no block cut at the top. */

    private void scrollToWorkingHours() {
        OpeningScroll.afterLayout(view.week, view.week.getWeekView(), () -> OpeningScroll.target(workingHours,
                formats.weekStart(view.week.getDate()), grid.entries()));
    }

    /**
     * The longest titles the range label shows in {@code year} on each page (the toolbar keeps
     * room for the widest); see {@link PlannerPages#rangeTitles}.
     */
    static List<String> rangeTitles(int year, DisplayFormats formats) {
        return PlannerPages.rangeTitles(year, formats);
    }

    private void refreshRange() {
        pages.refreshRange();
    }

    /** Puts {@code line} (the sync status) into the status bar. */
    public void setSyncStatus(Node line) {
        view.syncStatus.getChildren().setAll(line);
        if (line instanceof Region region) {
            region.setMinWidth(0); // gives up room in a narrow window before the status bar is cut
        }
    }

    /** Reads the loaded weeks again and updates their blocks in place, the selection kept: after a sync changed sessions here. */
    public void refreshFromStore() {
        loading.refreshFromStore();
    }


    // ---- gestures on the grid ----

    private Calendar<?> defaultCalendar() {
        return permissions.defaultCalendar();
    }

    private boolean mayChange(MentorshipSession session) {
        return permissions.mayChange(session);
    }

    /**
     * Moves or resizes a session to start at {@code start} for {@code duration}; a booked
     * session asks first. The start keeps the session's own zone.
     */
    public void moveSession(long id, ZonedDateTime start, Duration duration) {
        commands.move(id, start, duration);
    }


    // ---- the editor ----

    /** Opens the editor on a new session at the next full hour (10:00 on the shown week when today is not in it). */
    public void newSession() {
        editing.newSession();
    }

    /** Opens the editor on a stored session. */
    @Override
    public void edit(MentorshipSession session) {
        editing.edit(session);
    }

    /**
     * Duplicate: the editor opens on a copy of {@code session} (without its mentee, as a draft)
     * at the mentor's next free slot, to adjust its date and time. Nothing is saved until the
     * user saves the copy: Cancel leaves nothing behind, as for a dragged block.
     */
    @Override
    public void duplicate(MentorshipSession session) {
        editing.duplicate(session);
    }

    // ---- commands on a session ----

    private ContextMenu contextMenu(Entry<?> entry) {
        ContextMenu menu = new ContextMenu();
        grid.sessionOf(entry).ifPresent(session ->
                menu.getItems().setAll(SessionActions.menuItems(session, mayChange(session), this)));
        return menu;
    }

    /**
     * Opens the bulk duplicate dialog on {@code session} and, when it is one of the selected
     * blocks, on every selected block the user may change.
     */
    @Override
    public void bulkDuplicate(MentorshipSession session) {
        List<MentorshipSession> selected = selectedSessions();
        List<MentorshipSession> toCopy = selected.stream().anyMatch(s -> s.id() == session.id())
                ? selected.stream().filter(s -> !s.isCancelled() && mayChange(s)).toList()
                : List.of(session);
        openBulkDuplicate(toCopy.isEmpty() ? List.of(session) : toCopy,
                toCopy.size() > 1 ? "Bulk duplicate " + toCopy.size() + " sessions" : "Bulk duplicate '" + session.displayTitle() + "'",
                FrequencyChoice.WEEKLY, 4);
    }

    /** "Copy this week to the next N weeks": this week's sessions of the mentors shown, weekly. */
    public void copyWeek() {
        LocalDate first = formats.weekStart(view.week.getDate());
        var from = first.atStartOfDay(gridZone).toInstant();
        var to = first.plusWeeks(1).atStartOfDay(gridZone).toInstant();
        List<MentorshipSession> week = grid.sessions().stream()
                .filter(s -> !s.isCancelled() && mayChange(s))
                .filter(s -> grid.calendarOf(s.mentorId()).filter(view.week::isCalendarVisible).isPresent())
                .filter(s -> !s.startInstant().isBefore(from) && s.startInstant().isBefore(to))
                .toList();
        if (week.isEmpty()) {
            view.message.setText("Nothing to copy: no sessions of the mentors shown this week that you may change.");
            return;
        }
        openBulkDuplicate(week, "Copy this week to the next weeks (" + week.size() + " sessions)", FrequencyChoice.WEEKLY, 4);
    }

    /** Opens the bulk duplicate dialog; a committed run shows its copies and becomes one undo step. */
    public BulkDuplicatePresenter openBulkDuplicate(List<MentorshipSession> toCopy, String heading,
                                                    FrequencyChoice preset, int copies) {
        if (bulkDialog == null) {
            bulkDialog = bulkDialogs.get(); // one per planner, reused: it opens faster the next time
        }
        BulkDuplicatePresenter dialog = bulkDialog;
        dialog.prepare(toCopy, heading, preset, copies, commands::bulkDuplicated);
        dialog.show(view.root.getScene() == null ? null : view.root.getScene().getWindow());
        return dialog;
    }

    /** Cancels the rest of {@code session}'s series after asking. */
    @Override
    public void cancelRestOfSeries(MentorshipSession session) {
        commands.cancelRestOfSeries(session);
    }

    /** Asks for a new start time, then moves the rest of {@code session}'s series to it. */
    @Override
    public void changeSeriesTime(MentorshipSession session) {
        commands.changeSeriesTime(session);
    }

    /** Publishes a draft, so it gets a booking link. */
    @Override
    public void publish(MentorshipSession session) {
        commands.publish(session);
    }

    /** Takes a published session back to draft. */
    @Override
    public void unpublish(MentorshipSession session) {
        commands.unpublish(session);
    }

    /** Cancels a session after asking; it stays on the grid, read-only. */
    @Override
    public void cancel(MentorshipSession session) {
        commands.cancel(session);
    }

    /** Deletes a draft (undo brings it back). */
    @Override
    public void delete(MentorshipSession session) {
        commands.delete(session);
    }

    /** Copies a published session's booking link to the clipboard. */
    @Override
    public void copyBookingLink(MentorshipSession session) {
        commands.copyBookingLink(session);
    }

    /** Gives a published session a new booking link after asking; undo puts the old one back. */
    @Override
    public void regenerateLink(MentorshipSession session) {
        commands.regenerateLink(session);
    }

    // ---- undo and redo ----

    /** Reverts the last change through the services. */
    public void undo() {
        commands.undo();
    }

    /** Applies the last undone change again. */
    public void redo() {
        commands.redo();
    }

    // ---- pages, selection, status ----

    /** Shows {@code target} in the centre. */
    public void showPage(PlannerPage target) {
        pages.show(target);
    }

    /** The stored sessions behind the selected blocks (Ctrl- or Shift-click adds to the selection). */
    public List<MentorshipSession> selectedSessions() {
        return selection.sessions();
    }

    private void refreshCounts() {
        pages.refreshCounts();
    }

    private void reportFailure(String header, Exception failure) {
        String text = UserErrors.describe(failure);
        view.message.setText(header + ": " + text);
        dialogs.error(header, text);
    }

    /** "23 – 29 Nov 2026", "30 Nov – 6 Dec 2026", "28 Dec 2026 – 3 Jan 2027" (en-GB): each part said once. */
    static String rangeText(LocalDate from, LocalDate to, DisplayFormats formats) {
        return formats.range(from, to);
    }
}
