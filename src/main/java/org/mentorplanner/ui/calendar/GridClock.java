package org.mentorplanner.ui.calendar;

import com.calendarfx.view.DateControl;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Keeps a date control's "today", current time and zone in step with the app's {@link Clock}.
 * CalendarFX asks the machine for the date and time by itself; the planner tells it instead,
 * so that "today", the grid's first week and the red now-line follow the clock the app was
 * given (the one tests pin), not the computer's.
 */
final class GridClock {

    /** How often the now-line and "today" move on: often enough for a line drawn per minute. */
    private static final Duration TICK = Duration.seconds(20);

    private final Clock clock;
    private final DateControl control;
    private final Timeline ticks;

    private GridClock(Clock clock, DateControl control) {
        this.clock = clock;
        this.control = control;
        this.ticks = new Timeline(new KeyFrame(TICK, e -> tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
    }

    /**
     * Puts {@code control} in the clock's zone on today's date and keeps its today and time
     * moving with the clock while the app runs. Call on the FX thread.
     */
    static GridClock start(Clock clock, DateControl control) {
        GridClock gridClock = new GridClock(clock, control);
        control.setZoneId(clock.getZone());
        control.setToday(gridClock.today());
        control.setDate(gridClock.today());
        control.setTime(gridClock.now().toLocalTime());
        gridClock.ticks.play();
        return gridClock;
    }

    /** Today in the grid's zone. */
    LocalDate today() {
        return now().toLocalDate();
    }

    /** The date and time now, in the grid's zone. */
    ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(control.getZoneId());
    }

    private void tick() {
        ZonedDateTime now = now();
        LocalDate previousToday = control.getToday();
        control.setToday(now.toLocalDate());
        control.setTime(LocalTime.of(now.getHour(), now.getMinute()));
        // Past midnight: a grid that showed today keeps showing today.
        if (!now.toLocalDate().equals(previousToday) && control.getDate().equals(previousToday)) {
            control.setDate(now.toLocalDate());
        }
    }

    /** Stops the ticking (the window closed). */
    void stop() {
        ticks.stop();
    }
}
