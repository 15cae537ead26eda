package org.mentorplanner.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.view.AgendaView;
import com.calendarfx.view.DateControl;
import com.calendarfx.view.DayView;
import com.calendarfx.view.DayViewBase;
import com.calendarfx.view.DetailedDayView;
import com.calendarfx.view.DetailedWeekView;
import com.calendarfx.view.MonthView;
import com.calendarfx.view.WeekDayView;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.controlsfx.control.SegmentedButton;
import org.mentorplanner.domain.WorkingHours;
import org.mentorplanner.service.format.DisplayFormats;
import org.mentorplanner.ui.AppIcon;
import org.mentorplanner.ui.editor.LocaleDateFormat;

/** The planner window's controls and layout: toolbar, mentor panel, calendar pages, status bar. */
final class PlannerView {

    final BorderPane root = new BorderPane();

    /** How many days the agenda page shows. */
    static final int AGENDA_DAYS = 30;

    final DetailedWeekView week = new DetailedWeekView();
    /** The day, month and agenda views, each made when its page is first shown (they are costly to build). */
    private final Map<PlannerPage, DateControl> otherControls = new EnumMap<>(PlannerPage.class);
    /** The other controls now bound to the week view (only the one on screen). */
    private final Set<DateControl> bound = new HashSet<>();
    private final List<Consumer<DateControl>> controlSetups = new ArrayList<>();
    /**
     * Which calendars are shown, applied to every date control. CalendarFX shares visibility
     * between bound controls only while they stay bound: a page unbound while another was shown,
     * or built later, came back showing every mentor (issue 16, item 2).
     */
    private final Map<Calendar<?>, BooleanProperty> shownCalendars =
            new LinkedHashMap<>();

    final Button today = AppIcon.TODAY.on(new Button("Today"));
    final Button previous = new Button("‹");
    final Button next = new Button("›");
    final DatePicker datePicker = new DatePicker();
    final Label rangeLabel = new Label();
    final Map<PlannerPage, ToggleButton> pageButtons = new EnumMap<>(PlannerPage.class);
    /** The page switcher of a narrow window: one menu instead of five buttons. */
    final MenuButton pageMenu = new MenuButton();
    private final Map<PlannerPage, MenuItem> pageMenuItems = new EnumMap<>(PlannerPage.class);
    private SegmentedButton switcher;
    /** Whether the toolbar shows its narrow form (page menu, no date field). */
    private boolean compact;
    /** Whether the page shown is a calendar (not My Sessions): only a calendar has dates to step through and count. */
    private boolean calendarPage = true;
    private HBox navigation;
    /** The toolbar's width with every part shown, measured while it was wide. */
    private double wideWidth;
    /** The titles the range label may show; it keeps room for the widest (measured once styled). */
    private List<String> rangeTitles = List.of();
    private boolean rangeWidthReserved;
    final Button undo = AppIcon.UNDO.on(new Button("Undo"));
    final Button redo = AppIcon.REDO.on(new Button("Redo"));
    final MenuButton actions = AppIcon.MORE.on(new MenuButton());
    final Button newSession = AppIcon.NEW.on(new Button("New Session"));
    final MenuButton appMenu = AppIcon.MENU.on(new MenuButton("Menu"));
    final MenuItem exportLinks = AppIcon.EXPORT.on(new MenuItem("_Export booking links…"));
    final MenuItem syncCalendar = AppIcon.SYNC.on(new MenuItem("S_ync calendars…"));
    final MenuItem importDirectory = AppIcon.IMPORT.on(new MenuItem("_Import people or places…"));
    final MenuItem settings = AppIcon.SETTINGS.on(new MenuItem("Se_ttings…"));
    final MenuItem keyboardShortcuts = AppIcon.KEYBOARD.on(new MenuItem("_Keyboard shortcuts"));
    /** Opens the busy sources dialog (mentors' own calendars); handled by BusyBands' wiring. */
    final MenuItem busyTimes = AppIcon.TODAY.on(new MenuItem("B_usy times from mentors' calendars…"));
    final Button busyTimesLink = new Button("Busy times…");

    final VBox mentorList = new VBox(6);
    final Button showAll = new Button("All");
    final Button showMine = new Button("Only me");

    private final Node mySessionsPage;
    private final DisplayFormats formats;

    final Label counts = new Label();
    /** "Times in [zone]": the grid's time zone, in the status bar. */
    final GridZoneChooser zone;
    final Label message = new Label();
    final ProgressBar progress = new ProgressBar();
    final Label progressLabel = new Label();
    /** Holds the sync line the app puts into the status bar. */
    final HBox syncStatus = new HBox();

    final StackPane pages = new StackPane();

    /**
     * {@code mySessionsPage} is the My Sessions page, shown in the centre like a calendar page;
     * {@code computerZone} is the zone of the app's clock, the grid's zone unless the user picks another.
     */
    PlannerView(Node mySessionsPage, ZoneId computerZone, DisplayFormats formats) {
        this.zone = new GridZoneChooser(computerZone);
        this.mySessionsPage = mySessionsPage;
        this.formats = formats;
        root.getStyleClass().add("planner");
        root.getStylesheets().add(PlannerView.class.getResource("planner.css").toExternalForm());
        week.setId("weekView");
        newSession.setId("newSession");
        today.setId("today");
        previous.setId("previous");
        next.setId("next");
        rangeLabel.setId("rangeLabel");
        undo.setId("undo");
        redo.setId("redo");
        actions.setId("actions");
        appMenu.setId("appMenu");
        exportLinks.setId("exportLinks");
        syncCalendar.setId("syncCalendar");
        importDirectory.setId("importDirectory");
        settings.setId("settings");
        counts.setId("counts");
        message.setId("statusMessage");

        week.setShowToday(true);
        // Ctrl- or Shift-click adds a block to the selection (bulk duplicate acts on all selected),
        // and so does a Shift+drag lasso over empty grid.
        week.setSelectionMode(SelectionMode.MULTIPLE);
        BlockLasso.install(week, pages);
        // Weeks start on the locale's first day everywhere in the window (titles, counts, the grid,
        // the date pickers): Sunday in the US and Japan, Monday in Europe.
        week.setWeekFields(formats.weekFields());
        week.getTimeScaleView().setTimeFormatter(formats.timeFormatter());
        LocaleDateFormat.apply(datePicker, formats);
        week.setEarlyLateHoursStrategy(DayViewBase.EarlyLateHoursStrategy.SHOW);

        // Screen readers: each block says what it is, and the grid which block is selected.
        week.getWeekView().setWeekDayViewFactory(param -> {
            WeekDayView day = new WeekDayView();
            day.setEntryViewFactory(entry -> BlockDescriptions.view(entry, formats));
            // A day without working hours is shaded all day, as the hours outside them are.
            day.dateProperty().addListener((o, old, date) -> markDayOff(day));
            markDayOff(day);
            day.setFocusTraversable(false);
            return day;
        });
        // One tab stop for the grid (the week view, which names the selected block), not eleven
        // unnamed ones for CalendarFX's parts of it.
        for (Node part : List.of(week.getWeekView(), week.getWeekDayHeaderView(), week.getAllDayView(),
                week.getTimeScaleView(), week.getCalendarHeaderView())) {
            part.setFocusTraversable(false);
        }
        week.getAllDayView().setAccessibleText("All-day sessions");
        BlockDescriptions.announceSelection(week);
        previous.setAccessibleText("Previous");
        next.setAccessibleText("Next");
        actions.setAccessibleText("Actions on the selected session");

        root.setTop(toolbar());
        root.setLeft(sidePanel());
        root.setCenter(centre());
        root.setBottom(statusBar());
    }

    /**
     * Shows {@code hours} on the grid: CalendarFX shades the hours before the earliest start and
     * after the latest end of the working days (one range for every column), and a day off is
     * shaded whole.
     */
    void showWorkingHours(WorkingHours hours) {
        workingHours = hours;
        week.setStartTime(hours.earliestStart());
        week.setEndTime(hours.latestEnd());
        week.lookupAll(".day-view").forEach(node -> {
            if (node instanceof DayView day) {
                markDayOff(day);
            }
        });
    }

    private void markDayOff(DayView day) {
        boolean off = day.getDate() != null && workingHours.on(day.getDate().getDayOfWeek()).isEmpty();
        day.getStyleClass().remove(DAY_OFF);
        if (off) {
            day.getStyleClass().add(DAY_OFF);
        }
    }

    /** The style class of a day column without working hours. */
    static final String DAY_OFF = "day-off";
    private WorkingHours workingHours = WorkingHours.DEFAULT;

    /** The date control showing {@code page} (made now if it is the first time); My Sessions has none and gets the week. */
    DateControl control(PlannerPage page) {
        return switch (page) {
            case WEEK, MY_SESSIONS -> week;
            default -> otherControls.computeIfAbsent(page, this::makeControl);
        };
    }

    /** Runs {@code setup} on the week view now and on every other date control when it is made. */
    void setUpEachControl(Consumer<DateControl> setup) {
        controlSetups.add(setup);
        setup.accept(week);
        otherControls.values().forEach(setup);
    }

    private DateControl makeControl(PlannerPage page) {
        DateControl control = switch (page) {
            case DAY -> {
                DetailedDayView day = new DetailedDayView();
                day.getTimeScaleView().setTimeFormatter(formats.timeFormatter());
                day.getDayView().setEntryViewFactory(entry -> BlockDescriptions.view(entry, formats));
                BlockLasso.install(day, pages);
                yield day;
            }
            case MONTH -> new MonthView();
            case AGENDA -> {
                AgendaView agenda = new AgendaView();
                agenda.setLookAheadPeriodInDays(AGENDA_DAYS);
                agenda.setLookBackPeriodInDays(0);
                // One date convention on the agenda: CalendarFX's headers otherwise mix a long
                // date ("December 4, 2026") over a medium one ("Dec 4, 2026").
                agenda.setCellFactory(view -> new SessionAgendaCell(view, formats));
                agenda.setDateTimeFormatter(formats.dayFormatter());
                yield agenda;
            }
            default -> throw new IllegalArgumentException(page + " has no control of its own");
        };
        control.setId(page.name().toLowerCase(Locale.ROOT) + "View");
        // One model, four faces: the week view owns calendars, callbacks and the date.
        week.bind(control, true);
        bound.add(control);
        controlSetups.forEach(setup -> setup.accept(control));
        applyShownCalendars(control);
        return control;
    }

    /** Whether {@code calendar} is shown, on every page (the mentor panel's check box is bound to it). */
    BooleanProperty calendarShown(Calendar<?> calendar) {
        return shownCalendars.computeIfAbsent(calendar, c -> {
            BooleanProperty shown = new SimpleBooleanProperty(true);
            shown.addListener((obs, was, now) -> {
                week.setCalendarVisibility(c, now);
                otherControls.values().forEach(control -> control.setCalendarVisibility(c, now));
            });
            return shown;
        });
    }

    /** Shows or hides {@code calendar} on every page. */
    void setCalendarShown(Calendar<?> calendar, boolean shown) {
        calendarShown(calendar).set(shown);
    }

    /** Forgets the calendars (the planner is about to be filled again). */
    void forgetCalendars() {
        shownCalendars.clear();
    }

    private void applyShownCalendars(DateControl control) {
        shownCalendars.forEach((calendar, shown) -> control.setCalendarVisibility(calendar, shown.get()));
    }

    Node pageNode(PlannerPage page) {
        return page == PlannerPage.MY_SESSIONS ? mySessionsPage : control(page);
    }

    private Node toolbar() {
        today.setTooltip(new Tooltip("Go to today"));
        previous.setTooltip(new Tooltip("Previous"));
        next.setTooltip(new Tooltip("Next"));
        previous.getStyleClass().add("nav-arrow");
        next.getStyleClass().add("nav-arrow");
        navigation = new HBox(4, today, previous, next);
        navigation.setAlignment(Pos.CENTER_LEFT);
        datePicker.setPrefWidth(134);
        datePicker.setTooltip(new Tooltip("Go to a date"));
        rangeLabel.getStyleClass().add("range-label");

        switcher = new SegmentedButton();
        for (PlannerPage page : PlannerPage.values()) {
            ToggleButton button = new ToggleButton(page.label());
            button.setId("page" + page.name());
            button.setTooltip(new Tooltip(page.label() + " (" + page.shortcutText() + ")"));
            pageButtons.put(page, button);
            switcher.getButtons().add(button);
            MenuItem item = page.icon().on(new MenuItem(page.mnemonicLabel()));
            pageMenuItems.put(page, item);
            pageMenu.getItems().add(item);
        }
        switcher.getStyleClass().add("page-switcher");
        pageMenu.setId("pageMenu");
        pageMenu.setText(PlannerPage.WEEK.label());
        pageMenu.setTooltip(new Tooltip("Day, week, month, agenda or My Sessions"));
        show(pageMenu, false);

        // Undo, redo and the app menu show their well-known icons alone (their words stay their
        // text, read out by screen readers and shown as tooltips): with words, the wide toolbar
        // needed more than the 1,280 pixels a laptop gives it.
        for (Labeled iconOnly : List.of(undo, redo, appMenu)) {
            iconOnly.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
        undo.setTooltip(new Tooltip("Undo (Ctrl+Z)"));
        redo.setTooltip(new Tooltip("Redo (Ctrl+Shift+Z)"));
        actions.setTooltip(new Tooltip("Actions on the selected session"));
        actions.getStyleClass().add("more-actions");
        newSession.getStyleClass().add("primary");
        newSession.setTooltip(new Tooltip("New session (Ctrl+N)"));
        exportLinks.setAccelerator(PlannerShortcut.EXPORT.keys());
        settings.setAccelerator(PlannerShortcut.SETTINGS.keys());
        keyboardShortcuts.setId("keyboardShortcuts");
        keyboardShortcuts.setAccelerator(PlannerShortcut.SHORTCUTS.keys());
        busyTimes.setId("busyTimes");
        busyTimesLink.setId("busyTimesLink");
        appMenu.getItems().setAll(exportLinks, syncCalendar, importDirectory, busyTimes, settings,
                new SeparatorMenuItem(), keyboardShortcuts);
        appMenu.setTooltip(new Tooltip("Export booking links, sync calendars, import people or places, busy times, settings, keyboard shortcuts"));

        Region grow1 = new Region();
        Region grow2 = new Region();
        HBox.setHgrow(grow1, Priority.ALWAYS);
        HBox.setHgrow(grow2, Priority.ALWAYS);
        HBox bar = new HBox(8, navigation, datePicker, rangeLabel, grow1, switcher, pageMenu, grow2,
                undo, redo, actions, new Separator(Orientation.VERTICAL), newSession, appMenu);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("planner-toolbar");
        // Buttons keep their whole labels; in a narrow window the toolbar takes its compact form
        // instead, and only the range label is left to shorten.
        bar.getChildren().forEach(PlannerView::keepWholeLabels);
        navigation.getChildren().forEach(PlannerView::keepWholeLabels);
        switcher.getButtons().forEach(PlannerView::keepWholeLabels);
        rangeLabel.setMinWidth(0);
        bar.widthProperty().addListener((obs, old, width) -> fitToolbar(bar, width.doubleValue()));
        return bar;
    }

    private static void keepWholeLabels(Node node) {
        if (node instanceof Control control) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /**
     * The wide toolbar (page buttons, date field) where it fits; in a narrower window one page
     * menu and no date field (the range label and arrows still navigate), so no button is cut.
     */
    private void fitToolbar(HBox bar, double width) {
        if (!rangeWidthReserved && !rangeTitles.isEmpty()) {
            rangeWidthReserved = true;
            rangeLabel.setPrefWidth(widestTitleWidth());
        }
        if (!compact) {
            wideWidth = bar.prefWidth(-1);
        }
        boolean narrow = width < wideWidth;
        if (narrow != compact) {
            compact = narrow;
            show(switcher, !narrow);
            show(datePicker, !narrow);
            datePicker.setVisible(!narrow && calendarPage);
            show(pageMenu, narrow);
        }
    }

    /**
     * Lets the range label keep the room of the widest of {@code titles}: otherwise a long week
     * title ("28 Dec 2026 – 3 Jan 2027") pushed the page buttons sideways, and in a window that
     * just fit a short one, folded the toolbar into its narrow form for that week only.
     */
    void reserveRangeWidth(List<String> titles) {
        rangeTitles = List.copyOf(titles);
        rangeWidthReserved = false;
    }

    private double widestTitleWidth() {
        Text text = new Text();
        text.setFont(rangeLabel.getFont());
        double widest = 0;
        for (String title : rangeTitles) {
            text.setText(title);
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        // One pixel for the rounding that would otherwise end the widest title with "…".
        return Math.ceil(widest) + rangeLabel.snappedLeftInset() + rangeLabel.snappedRightInset() + 1;
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** Runs {@code chosen} when the user picks a page, with the buttons or the narrow window's menu. */
    void setOnPageChosen(Consumer<PlannerPage> chosen) {
        pageButtons.forEach((page, button) -> button.setOnAction(e -> chosen.accept(page)));
        pageMenuItems.forEach((page, item) -> item.setOnAction(e -> chosen.accept(page)));
    }

    /** Marks {@code page} as the one shown, in the buttons and the menu. */
    void markPage(PlannerPage page) {
        pageButtons.forEach((p, button) -> button.setSelected(p == page));
        pageMenu.setText(page.label());
    }

    private Node sidePanel() {
        Label heading = new Label("Mentors");
        heading.getStyleClass().add("panel-heading");
        showAll.getStyleClass().add("link-button");
        showMine.getStyleClass().add("link-button");
        showAll.setTooltip(new Tooltip("Show every mentor"));
        showMine.setTooltip(new Tooltip("Show only my sessions"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(4, heading, grow, showAll, showMine);
        header.setAlignment(Pos.CENTER_LEFT);

        mentorList.getStyleClass().add("mentor-list");
        ScrollPane scroll = new ScrollPane(mentorList);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("mentor-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label legendHeading = new Label("Legend");
        legendHeading.getStyleClass().add("panel-heading");
        VBox legend = new VBox(6, legendHeading,
                legendItem("Draft", "session-draft", "not bookable yet"),
                legendItem("Published", "session-published", "open for booking"),
                legendItem("Booked", "session-booked", "a mentee is booked"),
                legendItem("Cancelled", "session-cancelled", "kept, read-only"),
                legendItem("Busy", "busy-legend", "mentor's own calendar"));
        busyTimesLink.getStyleClass().add("link-button");
        busyTimesLink.setTooltip(new Tooltip("Mentors' own calendars whose events make them busy"));
        legend.getChildren().add(busyTimesLink);
        legend.getStyleClass().add("legend");

        VBox panel = new VBox(10, header, scroll, legend);
        panel.getStyleClass().add("side-panel");
        panel.setPrefWidth(230);
        panel.setMinWidth(200);
        return panel;
    }

    private static Node legendItem(String name, String styleClass, String meaning) {
        Label swatch = new Label();
        swatch.getStyleClass().addAll("legend-swatch", styleClass);
        swatch.setMinSize(26, 16);
        swatch.setPrefSize(26, 16);
        Label label = new Label(name);
        label.getStyleClass().add("legend-name");
        Label hint = new Label(meaning);
        hint.getStyleClass().add("legend-hint");
        // The swatch is colour and border alone: it says in words what it stands for.
        swatch.setAccessibleText(name + (styleClass.startsWith("session-") ? " session: " : " time: ") + meaning);
        HBox row = new HBox(8, swatch, label, hint);
        row.setAccessibleText(name + ": " + meaning);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node centre() {
        pages.getChildren().add(week);
        pages.getStyleClass().add("pages");
        return pages;
    }

    /**
     * Puts only {@code page}'s node in the window: a page never shown gets no skin, so the
     * window starts without building (and styling and laying out) the day, month and agenda
     * views and their entries.
     */
    void showPage(PlannerPage page) {
        Node shown = pageNode(page);
        // Only the page on screen stays bound to the week view: CalendarFX's month and agenda
        // skins redo their whole layout on every calendar change even when not shown, which
        // stalled the FX thread after a bulk run added blocks (bench/README.md, FxStallBenchmark).
        otherControls.forEach((p, control) -> {
            if (p == page && bound.add(control)) {
                week.bind(control, true);
            } else if (p != page && bound.remove(control)) {
                week.unbind(control);
                control.getCalendarSources().clear();
            }
        });
        // CalendarFX's unbind clears the visibility of the controls still bound, the week's too.
        applyShownCalendars(week);
        otherControls.values().stream().filter(bound::contains).forEach(this::applyShownCalendars);
        pages.getChildren().setAll(shown);
        // My Sessions lists a mentee's sessions: the week's title, arrows, date and counts do not apply.
        calendarPage = page != PlannerPage.MY_SESSIONS;
        // Hidden but still laid out, so the toolbar keeps its width and its wide or narrow form.
        navigation.setVisible(calendarPage);
        rangeLabel.setVisible(calendarPage);
        datePicker.setVisible(calendarPage && !compact);
        counts.setVisible(calendarPage);
    }

    /**
     * Runs {@code change} (many blocks added or removed) with the date controls' updates
     * suspended. Otherwise every calendar whose batch ends makes each day view rebuild all its
     * blocks: a bulk run touching 40 mentors' calendars rebuilt each day 40 times in one FX task
     * (bench/README.md, FxStallBenchmark). On resume the day and month views reload once; the
     * agenda does not, so it is asked to.
     */
    void changeInOnePass(Runnable change) {
        week.setSuspendUpdates(true);
        try {
            change.run();
        } finally {
            week.setSuspendUpdates(false);
            bound.stream().filter(AgendaView.class::isInstance).forEach(DateControl::refreshData);
        }
    }

    private Node statusBar() {
        progress.setPrefWidth(120);
        progress.setPrefHeight(12);
        progress.setVisible(false);
        progressLabel.setVisible(false);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(12, counts, grow, message, syncStatus, progressLabel, progress, zone.node);
        bar.setAlignment(Pos.CENTER_LEFT);
        // In a narrow window the message and the sync line give up room (ending with "…", the
        // whole text in their tooltips) before anything is pushed past the window's edge: the
        // counts and the grid's zone keep theirs.
        message.setMinWidth(0);
        syncStatus.setMinWidth(0);
        progressLabel.setMinWidth(0);
        message.textProperty().addListener((o, old, text) ->
                message.setTooltip(text == null || text.isBlank() ? null : new Tooltip(text)));
        counts.setMinWidth(Region.USE_PREF_SIZE);
        zone.node.setMinWidth(Region.USE_PREF_SIZE);
        bar.setMinWidth(0);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
