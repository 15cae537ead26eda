package org.mentorplanner.ui.calendar;

import com.calendarfx.model.Entry;
import com.calendarfx.view.DateControl;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import org.mentorplanner.domain.WorkingHours;

/**
 * Scrolls the week to the working day when it opens, after a layout pulse has given the grid
 * its height: CalendarFX computes where a time is from the laid-out day columns, so a scroll
 * asked for before the first layout did nothing, and the week opened at midnight. The target is
 * the earliest start of the week's working days, moved up to the start of a block that runs
 * across it, so no block is cut at the top (blocks wholly before the working day stay above).
 */
final class OpeningScroll {

    private OpeningScroll() {
    }

    /**
     * The time to show at the top of a week starting on {@code weekStart}: the working day's
     * start, or the start of the earliest block of the week that runs across it (so none is cut
     * in half at the top).
     */
    static LocalTime target(WorkingHours hours, LocalDate weekStart, Collection<Entry<?>> blocks) {
        LocalTime top = LocalTime.MAX;
        for (int i = 0; i < 7; i++) {
            LocalDate day = weekStart.plusDays(i);
            top = hours.on(day.getDayOfWeek()).map(WorkingHours.Day::start).filter(top::isAfter).orElse(top);
        }
        if (top.equals(LocalTime.MAX)) {
            top = hours.earliestStart();
        }
        LocalTime target = top;
        for (Entry<?> block : blocks) {
            if (block.isFullDay() || block.getStartDate().isBefore(weekStart) || !block.getStartDate().isBefore(weekStart.plusDays(7))) {
                continue;
            }
            LocalTime start = block.getStartTime();
            boolean acrossTop = start.isBefore(top)
                    && (!block.getEndDate().equals(block.getStartDate()) || block.getEndTime().isAfter(top));
            if (acrossTop && start.isBefore(target)) {
                target = start;
            }
        }
        // A little air above a block that starts before the working day.
        return target.equals(top) ? target : target.withMinute(target.getMinute() < 30 ? 0 : 30);
    }

    /** How many layout pulses the scroll follows the grid's height for, at most. */
    private static final int MAX_PULSES = 10;

    /**
     * Scrolls {@code grid} to {@code time}'s answer once a layout pulse has given {@code columns}
     * (the scrolled content) its height, and again whenever a later pulse changes that height,
     * until a pulse leaves it as it was: the first layouts of a window size the hours more than once,
     * and a scroll computed on a passing height lands elsewhere.
     */
    static void afterLayout(DateControl grid, Region columns, Supplier<LocalTime> time) {
        Scene scene = grid.getScene();
        if (scene == null) {
            ChangeListener<Scene> once = new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Scene> o, Scene old, Scene now) {
                    if (now != null) {
                        grid.sceneProperty().removeListener(this);
                        afterLayout(grid, columns, time);
                    }
                }
            };
            grid.sceneProperty().addListener(once);
            return;
        }
        Runnable[] listener = new Runnable[1];
        double[] scrolledAt = {-1};
        // A time asked for by someone else meanwhile (a search, a test, "go to") wins: the last
        // time asked is remembered, and a change to it ends this scroll.
        LocalTime[] lastAsked = {grid.getRequestedTime()};
        int[] pulses = {0};
        listener[0] = () -> {
            double height = columns.getHeight();
            if (!Objects.equals(grid.getRequestedTime(), lastAsked[0])) {
                scene.removePostLayoutPulseListener(listener[0]);
                return;
            }
            if (height <= 0 || grid.getHeight() <= 0) {
                return; // not laid out yet: the next pulse
            }
            if (height == scrolledAt[0] || ++pulses[0] > MAX_PULSES) {
                scene.removePostLayoutPulseListener(listener[0]);
                return;
            }
            scrolledAt[0] = height;
            scrollTo(grid, columns, time.get());
            lastAsked[0] = grid.getRequestedTime();
            Platform.requestNextPulse();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /**
     * Puts {@code wanted}, less a quarter of an hour, at the top of the grid's scrolled area.
     * CalendarFX scrolls only to a time out of sight, and puts it a third of the way down the
     * area: so ask for another time first, then for the time a third of the area lower.
     */
    static void scrollTo(DateControl grid, Region columns, LocalTime wanted) {
        // A quarter of an hour of air, so the label of the hour at the top is not cut in half.
        LocalTime time = wanted.isBefore(LocalTime.of(0, 15)) ? LocalTime.MIN : wanted.minusMinutes(15);
        double hourHeight = columns.getHeight() / 24;
        double viewport = columns.getParent() instanceof Region area ? area.getHeight() : 0;
        long below = hourHeight <= 0 ? 0 : Math.round(viewport / 3 / hourHeight * 60);
        LocalTime asked = time.plusMinutes(below).isBefore(time) ? LocalTime.of(23, 59) : time.plusMinutes(below);
        grid.setRequestedTime(asked.isAfter(LocalTime.of(12, 0)) ? LocalTime.MIN : LocalTime.of(23, 59));
        grid.setRequestedTime(asked);
    }
}
