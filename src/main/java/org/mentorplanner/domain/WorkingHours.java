package org.mentorplanner.domain;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The hours someone works, per weekday, in their own time: the grid shows them and opens on
 * them, and the editor marks a session outside them. A day may have none (a day off).
 * By default Monday to Friday, 08:00 to 18:00.
 */
public final class WorkingHours {

    /** One day's hours: {@code start} before {@code end}, both on the same day. */
    public record Day(LocalTime start, LocalTime end) {
        public Day {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!start.isBefore(end)) {
                throw new InvalidInputException("Working hours must end after they start (" + start + " to " + end + ").");
            }
        }

        /** "08:00-18:00", as kept in the preferences. */
        String text() {
            return start + "-" + end;
        }
    }

    /** Monday to Friday, 08:00 to 18:00. */
    public static final WorkingHours DEFAULT = weekdays(new Day(LocalTime.of(8, 0), LocalTime.of(18, 0)));

    private final Map<DayOfWeek, Day> days;

    private WorkingHours(Map<DayOfWeek, Day> days) {
        this.days = days.isEmpty() ? new EnumMap<>(DayOfWeek.class) : new EnumMap<>(days);
    }

    /** {@code hours} on Monday to Friday, none at the weekend. */
    public static WorkingHours weekdays(Day hours) {
        Map<DayOfWeek, Day> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                days.put(day, hours);
            }
        }
        return new WorkingHours(days);
    }

    /** The given hours for each day named; days not named have none. */
    public static WorkingHours of(Map<DayOfWeek, Day> days) {
        return new WorkingHours(days);
    }

    /** The hours of {@code day}, if it is a working day. */
    public Optional<Day> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }

    /** The same hours with {@code day} changed ({@code hours} empty: a day off). */
    public WorkingHours with(DayOfWeek day, Optional<Day> hours) {
        Map<DayOfWeek, Day> changed = new EnumMap<>(DayOfWeek.class);
        changed.putAll(days);
        hours.ifPresentOrElse(h -> changed.put(day, h), () -> changed.remove(day));
        return new WorkingHours(changed);
    }

    /** The earliest start of any working day (08:00 when there is none). */
    public LocalTime earliestStart() {
        return days.values().stream().map(Day::start).min(LocalTime::compareTo).orElse(LocalTime.of(8, 0));
    }

    /** The latest end of any working day (18:00 when there is none). */
    public LocalTime latestEnd() {
        return days.values().stream().map(Day::end).max(LocalTime::compareTo).orElse(LocalTime.of(18, 0));
    }

    /**
     * Whether the time from {@code start} to {@code end} (in the same zone as the hours) lies
     * within one working day's hours; a session past midnight never does.
     */
    public boolean covers(LocalDateTime start, LocalDateTime end) {
        if (!end.toLocalDate().equals(start.toLocalDate()) && !end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return false;
        }
        return on(start.getDayOfWeek()).map(day -> !start.toLocalTime().isBefore(day.start())
                && (end.toLocalDate().equals(start.toLocalDate()) ? !end.toLocalTime().isAfter(day.end())
                        : day.end().equals(LocalTime.MAX))).orElse(false);
    }

    /** "MONDAY=08:00-18:00;TUESDAY=…": the form the preferences keep. */
    public String text() {
        if (days.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        days.forEach((day, hours) -> text.append(text.isEmpty() ? "" : ";").append(day).append('=').append(hours.text()));
        return text.toString();
    }

    /** Hours from {@link #text()}; anything unreadable gives {@link #DEFAULT}. */
    public static WorkingHours parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        if (text.equals("none")) {
            return new WorkingHours(Map.of());
        }
        try {
            Map<DayOfWeek, Day> days = new EnumMap<>(DayOfWeek.class);
            for (String part : text.split(";")) {
                String[] dayAndHours = part.split("=");
                String[] times = dayAndHours[1].split("-");
                days.put(DayOfWeek.valueOf(dayAndHours[0]), new Day(LocalTime.parse(times[0]), LocalTime.parse(times[1])));
            }
            return new WorkingHours(days);
        } catch (RuntimeException e) {
            return DEFAULT;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingHours hours && hours.days.equals(days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
