package org.mentorplanner.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which weeks of sessions the grid already holds (or is fetching), so scrolling back and forth
 * asks the store only for weeks it has not seen.
 */
final class LoadedWeeks {

    private final Set<LocalDate> weeks = new HashSet<>();

    /** The Mondays of the weeks in {@code [from, to]} not loaded yet; they count as loaded from now on. */
    List<LocalDate> claim(LocalDate from, LocalDate to) {
        List<LocalDate> missing = new ArrayList<>();
        for (LocalDate monday = monday(from); !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            if (weeks.add(monday)) {
                missing.add(monday);
            }
        }
        return missing;
    }

    /** Gives weeks back after their load failed, so the next look retries. */
    void release(List<LocalDate> mondays) {
        mondays.forEach(weeks::remove);
    }

    /** Forgets every week, so the next look loads them all again (after the directory changed as a whole). */
    void clear() {
        weeks.clear();
    }

    /** Whether the week of {@code date} is loaded (or being fetched). */
    boolean contains(LocalDate date) {
        return weeks.contains(monday(date));
    }

    /** The Mondays of every week loaded (or being fetched), in order. */
    List<LocalDate> all() {
        return weeks.stream().sorted().toList();
    }

    static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
