package org.mentorplanner.domain.busy;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time a calendar marks busy, half-open {@code [start, end)}.
 *
 * @param start the first instant
 * @param end   the first instant after it; after {@code start}
 * @param title the event's title, or {@code null} when it has none (free/busy data)
 */
public record BusyInterval(Instant start, Instant end, String title) {

    public BusyInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a busy interval ends after it starts: " + start + " / " + end);
        }
    }

    /** Whether it overlaps {@code [from, to)}. */
    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && end.isAfter(from);
    }
}
