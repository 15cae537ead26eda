package org.mentorplanner.domain.recurrence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Mentors' busy time ranges in memory, for checking thousands of planned copies for overlaps
 * without a query per copy. Ranges are half-open {@code [start, end)}: a session ending at 10:00
 * does not overlap one starting at 10:00.
 *
 * @param <T> what occupies a range (a stored session, a planned copy), reported on overlap
 */
public final class BusyTimes<T> {

    private record Busy<T>(long endMillis, T holder) {
    }

    /** Per mentor: ranges by start millis. */
    private final Map<Long, NavigableMap<Long, List<Busy<T>>>> byMentor = new HashMap<>();
    /** The longest range added: bounds how far back an overlapping range may start. */
    private long longestMillis;

    /** Marks {@code [start, end)} busy for {@code mentorId}, held by {@code holder}. */
    public void add(long mentorId, Instant start, Instant end, T holder) {
        long from = start.toEpochMilli();
        long to = end.toEpochMilli();
        longestMillis = Math.max(longestMillis, to - from);
        byMentor.computeIfAbsent(mentorId, id -> new TreeMap<>())
                .computeIfAbsent(from, key -> new ArrayList<>(1))
                .add(new Busy<>(to, holder));
    }

    /** The earliest-starting holder that overlaps {@code [start, end)} for {@code mentorId}, if any. */
    public Optional<T> firstOverlap(long mentorId, Instant start, Instant end) {
        NavigableMap<Long, List<Busy<T>>> ranges = byMentor.get(mentorId);
        if (ranges == null) {
            return Optional.empty();
        }
        long from = start.toEpochMilli();
        long to = end.toEpochMilli();
        for (Map.Entry<Long, List<Busy<T>>> entry : ranges.subMap(from - longestMillis, true, to, false).entrySet()) {
            for (Busy<T> busy : entry.getValue()) {
                if (busy.endMillis() > from) {
                    return Optional.of(busy.holder());
                }
            }
        }
        return Optional.empty();
    }
}
