package org.mentorplanner.domain.busy;

import java.time.Instant;

/**
 * A busy interval as the planner uses it: whose, from which source, and the title to show
 * ("Busy" unless the source shows titles).
 *
 * @param sourceId the source it came from
 * @param mentorId the mentor who is busy
 * @param start    first instant
 * @param end      first instant after it
 * @param title    what to show: the event's title, or "Busy"
 */
public record BusyBlock(long sourceId, long mentorId, Instant start, Instant end, String title) {

    /** Whether it overlaps {@code [from, to)}. */
    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && end.isAfter(from);
    }
}
