package org.mentorplanner.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.view.MonthView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mentorplanner.domain.MentorshipSession;

/**
 * A crowded month page shows one count per day ("34 sessions") instead of every session (ADR
 * 0039): CalendarFX's month view builds, styles and lays out a view for every entry of a day
 * cell, even those its "+N more" hides, and a month of 12 busy mentors (about 1,400 sessions)
 * stalled the window for seconds. A quiet month shows its sessions as before. The counts are
 * full-day entries of a calendar of their own; clicking one opens that day. FX thread only.
 */
final class MonthDigest {

    /** A month whose busiest day of the shown mentors holds more sessions than this shows counts. */
    static final int SESSIONS_PER_DAY = 6;
    /** The counts' calendar style (planner.css: {@code .day-count-entry-small-full-day}). */
    static final String STYLE = "day-count";

    /** What a count entry carries: the day and how many sessions it stands for. */
    record DayCount(LocalDate day, int sessions) {
    }

    private final CalendarSource source = new CalendarSource("Sessions per day");
    private final Calendar<DayCount> counts = new Calendar<>("Sessions per day");
    /** The counts shown, so an update that changes nothing leaves the views alone; null: to be made again. */
    private Map<LocalDate, Integer> shown = Map.of();
    /** The count entries on the calendar now. */
    private final List<Entry<?>> entries = new ArrayList<>();
    private ZoneId countZone;

    MonthDigest() {
        counts.setStyle(STYLE);
        counts.setReadOnly(true);
        source.getCalendars().add(counts);
    }

    /** The source to put beside the mentors' on every page (empty unless a crowded month is shown). */
    CalendarSource source() {
        return source;
    }

    /** Whether {@code entry} is a day's count rather than a session. */
    static boolean isCount(Entry<?> entry) {
        return entry != null && entry.getUserObject() instanceof DayCount;
    }

    /**
     * Shows on {@code month} the sessions of {@code sessions} (those of the shown mentors) in
     * {@code [from, to]}, or their counts per day when a day holds more than
     * {@link #SESSIONS_PER_DAY}; {@code month} null (another page shown) takes the counts away.
     */
    void update(MonthView month, Collection<MentorshipSession> sessions, LocalDate from, LocalDate to, ZoneId zone) {
        // The zone is part of what is shown: a count's day is a day in the grid's zone.
        if (!zone.equals(countZone)) {
            countZone = zone;
            shown = null;
        }
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        if (month != null) {
            Instant start = from.atStartOfDay(zone).toInstant();
            Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
            for (MentorshipSession session : sessions) {
                Instant at = session.startInstant();
                if (!at.isBefore(start) && at.isBefore(end)) {
                    perDay.merge(at.atZone(zone).toLocalDate(), 1, Integer::sum);
                }
            }
        }
        boolean crowded = perDay.values().stream().anyMatch(n -> n > SESSIONS_PER_DAY);
        if (month != null) {
            month.setShowTimedEntries(!crowded);
        }
        Map<LocalDate, Integer> wanted = crowded ? perDay : Map.of();
        if (wanted.equals(shown)) {
            return;
        }
        shown = Map.copyOf(wanted);
        counts.startBatchUpdates();
        try {
            // Not Calendar.clear(): in a batch it tells no view, and the week would keep showing the counts.
            counts.removeEntries(entries);
            entries.clear();
            wanted.forEach((day, n) -> {
                Entry<DayCount> entry = new Entry<>(n == 1 ? "1 session" : n + " sessions");
                entry.setUserObject(new DayCount(day, n));
                entry.setFullDay(true);
                entry.setInterval(day, zone);
                entries.add(entry);
            });
            counts.addEntries(entries);
        } finally {
            counts.stopBatchUpdates();
        }
    }
}
