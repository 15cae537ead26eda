package org.mentorplanner.ui.busy;

import java.time.Instant;
import org.mentorplanner.domain.busy.BusyCopy;
import org.mentorplanner.domain.busy.BusySource;

/**
 * One line of the busy sources table.
 *
 * @param source   the source
 * @param mentor   the mentor's name
 * @param copy     how old the copy is, and how many busy times it holds
 * @param problem  why the last refresh failed, or empty
 */
record BusySourceRow(BusySource source, String mentor, String copy, String problem) {

    static BusySourceRow of(BusySource source, String mentor, Instant now) {
        String copy = source.copy().hasCopy()
                ? BusyCopy.count(source.copy().intervals()) + ", " + source.copy().describeAge(now)
                : "never read";
        return new BusySourceRow(source, mentor, copy, source.copy().problem() == null ? "" : source.copy().problem());
    }
}
