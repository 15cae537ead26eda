package org.mentorplanner.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.model.LoadEvent;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.stage.Window;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.busy.BusyBlock;
import org.mentorplanner.domain.busy.BusySource;
import org.mentorplanner.service.BusyService;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.busy.BusyAutoRefresh;
import org.mentorplanner.ui.busy.BusySourcesPresenter;

/**
 * Busy time from mentors' own calendars on the grid (ADR 0024): one read-only CalendarFX
 * calendar per mentor with busy sources, in a calendar source of its own, drawn as a muted band
 * ("Busy", or the event's title where the source shows titles). A band is never a session: it
 * cannot be dragged, resized, opened or deleted. Loads the weeks the grid asks for, off the FX
 * thread. Also answers the editor's busy look-ups.
 */
@Singleton
public final class BusyBands {

    /** The CalendarFX style of the bands: {@code busy-entry} and friends in planner.css. */
    static final String STYLE = "busy";

    private static final System.Logger LOG = System.getLogger(BusyBands.class.getName());

    private final BusyService busy;
    private final DirectoryService directory;
    private final TaskExecutor executor;
    private final BusyAutoRefresh autoRefresh;
    private boolean autoRefreshStarted;
    private final CalendarSource source = new CalendarSource("Busy times");
    private final Map<Long, Calendar<BusyBlock>> calendars = new HashMap<>();
    private ZoneId zone = ZoneId.systemDefault();
    /**
     * The dates asked for so far (inclusive), or null before the first request. Each request
     * widens it at once, before the answer: CalendarFX asks day by day, and the answer for the
     * widest range is the one kept.
     */
    private LocalDate loadedFrom;
    private LocalDate loadedTo;
    /** Counts loads, so a slow answer for an older range does not overwrite a newer one. */
    private long generation;

    @Inject
    public BusyBands(BusyService busy, DirectoryService directory, TaskExecutor executor, BusyAutoRefresh autoRefresh) {
        this.busy = busy;
        this.directory = directory;
        this.executor = executor;
        this.autoRefresh = autoRefresh;
        autoRefresh.addOnRefreshed(this::reload);
    }

    /** Opens the busy sources dialog; the bands follow what it changes. */
    void openSources(BusySourcesPresenter dialog, Window owner) {
        dialog.load(); // its changes reach reload() through BusyAutoRefresh
        dialog.show(owner);
    }

    /** Whether {@code entry} is a busy band rather than a session (or a session being made). */
    public static boolean isBand(Entry<?> entry) {
        return entry != null && entry.getUserObject() instanceof BusyBlock;
    }

    /** The calendar source holding the bands (for tests). */
    CalendarSource source() {
        return source;
    }

    /** Shows the bands on {@code view}'s pages, loading the weeks each page asks for; times in {@code gridZone}. */
    void attach(PlannerView view, ZoneId gridZone) {
        this.zone = gridZone;
        view.week.getCalendarSources().add(source);
        view.setUpEachControl(control -> {
            if (control != view.week) {
                control.getCalendarSources().add(source);
            }
            control.addEventHandler(LoadEvent.LOAD, event -> ensureLoaded(event.getStartDate(), event.getEndDate()));
        });
    }

    /** Loads {@code [from, to]} unless it is loaded already. FX thread. */
    void ensureLoaded(LocalDate from, LocalDate to) {
        if (loadedFrom != null && !from.isBefore(loadedFrom) && !to.isAfter(loadedTo)) {
            return;
        }
        loadedFrom = loadedFrom == null || from.isBefore(loadedFrom) ? from : loadedFrom;
        loadedTo = loadedTo == null || to.isAfter(loadedTo) ? to : loadedTo;
        load(loadedFrom, loadedTo);
    }

    /** Reads the loaded range again (after a source was added, removed, refreshed or changed). FX thread. */
    public void reload() {
        if (loadedFrom != null) {
            load(loadedFrom, loadedTo);
        }
    }

    /**
     * The mentor's busy time overlapping {@code [from, to)}, read on the database thread and
     * handed to {@code answer} on the FX thread; a failure answers nothing (the warning is a help,
     * not a gate).
     */
    public void lookup(long mentorId, Instant from, Instant to, Consumer<List<BusyBlock>> answer) {
        executor.execute(() -> busy.busy(Set.of(mentorId), from, to), answer::accept, failure -> answer.accept(List.of()));
    }

    private void load(LocalDate from, LocalDate to) {
        long asked = ++generation;
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        executor.execute(() -> {
            Set<Long> mentorIds = busy.sources().stream().map(BusySource::mentorId).collect(Collectors.toSet());
            Map<Long, String> names = new HashMap<>();
            if (!mentorIds.isEmpty()) {
                for (Person mentor : directory.mentors()) {
                    names.put(mentor.id(), mentor.name());
                }
            }
            return new Loaded(names, mentorIds.isEmpty() ? List.of() : busy.busy(mentorIds, start, end));
        }, loaded -> {
            if (asked == generation) {
                show(loaded);
            }
            if (!autoRefreshStarted) {
                autoRefreshStarted = true; // after the first week is drawn, not on the way to it
                autoRefresh.start();
            }
        }, failure -> LOG.log(System.Logger.Level.WARNING, "busy bands not loaded; the next load tries again", failure));
    }

    private record Loaded(Map<Long, String> names, List<BusyBlock> blocks) {
    }

    /** Replaces every band with {@code loaded}'s, in one batch per calendar. */
    private void show(Loaded loaded) {
        Map<Long, List<BusyBlock>> byMentor = new HashMap<>();
        for (BusyBlock block : loaded.blocks()) {
            byMentor.computeIfAbsent(block.mentorId(), id -> new ArrayList<>()).add(block);
        }
        for (Map.Entry<Long, Calendar<BusyBlock>> entry : calendars.entrySet()) {
            if (!byMentor.containsKey(entry.getKey())) {
                entry.getValue().clear();
            }
        }
        byMentor.forEach((mentorId, blocks) -> {
            Calendar<BusyBlock> calendar = calendars.computeIfAbsent(mentorId, id -> newCalendar(loaded.names().getOrDefault(id, "mentor #" + id)));
            calendar.startBatchUpdates();
            try {
                calendar.setReadOnly(false);
                calendar.clear();
                List<Entry<?>> entries = new ArrayList<>(blocks.size());
                for (BusyBlock block : blocks) {
                    Entry<BusyBlock> band = new Entry<>(block.title());
                    band.setInterval(block.start().atZone(zone), block.end().atZone(zone));
                    band.setUserObject(block);
                    entries.add(band);
                }
                calendar.addEntries(entries);
            } finally {
                calendar.setReadOnly(true);
                calendar.stopBatchUpdates();
            }
        });
    }

    private Calendar<BusyBlock> newCalendar(String mentorName) {
        Calendar<BusyBlock> calendar = new Calendar<>("Busy – " + mentorName);
        calendar.setShortName("Busy");
        calendar.setStyle(STYLE);
        calendar.setReadOnly(true);
        source.getCalendars().add(calendar);
        return calendar;
    }
}
