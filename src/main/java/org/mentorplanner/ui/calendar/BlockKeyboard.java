package org.mentorplanner.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import com.calendarfx.view.DateControl;
import com.calendarfx.view.VirtualGrid;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The grid's blocks without a mouse: the arrow keys choose a block, Alt+arrows move the chosen
 * one by a slot of the grid or a day, Alt+Shift+Up/Down make it shorter or longer. A move
 * changes the block's interval as a drag does, so it is saved and undone the same way.
 */
final class BlockKeyboard {

    private final DateControl grid;
    private final Predicate<Entry<?>> movable;

    /** {@code movable} tells which blocks the user may move (their own, not cancelled). */
    BlockKeyboard(DateControl grid, Predicate<Entry<?>> movable) {
        this.grid = grid;
        this.movable = movable;
    }

    /** Selects the next ({@code +1}) or previous ({@code -1}) block of the selected one's day (the first of the week when none is). */
    void selectInDay(int direction) {
        List<Entry<?>> blocks = shownBlocks();
        Optional<Entry<?>> selected = selected();
        if (selected.isEmpty()) {
            blocks.stream().findFirst().ifPresent(this::select);
            return;
        }
        LocalDate day = selected.get().getStartDate();
        List<Entry<?>> sameDay = blocks.stream().filter(b -> b.getStartDate().equals(day)).toList();
        int at = sameDay.indexOf(selected.get());
        int next = at + direction;
        if (next >= 0 && next < sameDay.size()) {
            select(sameDay.get(next));
        }
    }

    /** Selects the block nearest in time of day on the next ({@code +1}) or previous day that has blocks. */
    void selectOtherDay(int direction) {
        List<Entry<?>> blocks = shownBlocks();
        Optional<Entry<?>> selected = selected();
        if (selected.isEmpty()) {
            blocks.stream().findFirst().ifPresent(this::select);
            return;
        }
        LocalDate day = selected.get().getStartDate();
        int minute = selected.get().getStartTime().toSecondOfDay() / 60;
        blocks.stream().filter(b -> Integer.signum(b.getStartDate().compareTo(day)) == direction)
              .min(Comparator.<Entry<?>>comparingLong(b -> Math.abs(b.getStartDate().toEpochDay() - day.toEpochDay()))
                             .thenComparingInt(b -> Math.abs(b.getStartTime().toSecondOfDay() / 60 - minute)))
              .ifPresent(this::select);
    }

    /** Moves the selected block by {@code slots} of the grid's slot (15 or 30 minutes). */
    void moveBySlots(int slots) {
        movableSelection().ifPresent(block -> shift(block, slot().multipliedBy(slots), Duration.ZERO));
    }

    /** Moves the selected block by {@code days} days, same time of day. */
    void moveByDays(int days) {
        movableSelection().ifPresent(block -> {
            Interval now = block.getInterval();
            block.setInterval(new Interval(now.getStartDate().plusDays(days), now.getStartTime(),
                    now.getEndDate().plusDays(days), now.getEndTime(), now.getZoneId()));
        });
    }

    /** Makes the selected block {@code slots} slots longer (negative: shorter), never shorter than one slot. */
    void resizeBySlots(int slots) {
        movableSelection().ifPresent(block -> {
            Duration longer = block.getDuration().plus(slot().multipliedBy(slots));
            if (longer.compareTo(slot()) >= 0) {
                shift(block, Duration.ZERO, slot().multipliedBy(slots));
            }
        });
    }

    /** The selected block, when there is one. */
    Optional<Entry<?>> selected() {
        return grid.getSelections().stream().findFirst().map(e -> (Entry<?>) e);
    }

    private Optional<Entry<?>> movableSelection() {
        return grid.getSelections().size() == 1 ? selected().filter(movable) : Optional.empty();
    }

    private static void shift(Entry<?> block, Duration start, Duration length) {
        Interval now = block.getInterval();
        ZoneId zone = now.getZoneId();
        var newStart = now.getStartZonedDateTime().plus(start);
        var newEnd = now.getEndZonedDateTime().plus(start).plus(length);
        block.setInterval(new Interval(newStart.withZoneSameInstant(zone).toLocalDateTime(),
                newEnd.withZoneSameInstant(zone).toLocalDateTime(), zone));
    }

    /** The grid's slot: what a drag snaps to. */
    private Duration slot() {
        VirtualGrid virtual = grid.getVirtualGrid();
        Duration slot = virtual == null ? Duration.ZERO : Duration.of(virtual.getAmount(), virtual.getUnit());
        return slot.isZero() ? Duration.ofMinutes(15) : slot;
    }

    private void select(Entry<?> block) {
        grid.getSelections().clear();
        grid.getSelections().add(block);
    }

    /** The blocks of the shown week (from the grid's first day of the week) in visible calendars, by start. */
    private List<Entry<?>> shownBlocks() {
        LocalDate monday = grid.getDate().with(TemporalAdjusters.previousOrSame(
                grid.getWeekFields().getFirstDayOfWeek()));
        List<Entry<?>> blocks = new ArrayList<>();
        for (CalendarSource source : grid.getCalendarSources()) {
            for (Calendar<?> calendar : source.getCalendars()) {
                if (!grid.isCalendarVisible(calendar)) {
                    continue;
                }
                calendar.findEntries(monday, monday.plusDays(6), grid.getZoneId())
                        .values().forEach(day -> day.stream().filter(e -> !e.isFullDay()).forEach(blocks::add));
            }
        }
        return blocks.stream().distinct()
                     .sorted(Comparator.<Entry<?>, ZonedDateTime>comparing(Entry::getStartAsZonedDateTime)
                                       .thenComparing(Entry::getTitle))
                     .toList();
    }
}
