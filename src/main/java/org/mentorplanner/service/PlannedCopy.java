package org.mentorplanner.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One row of a bulk duplicate preview: a copy to make, a conflicting copy to leave out, or a
 * month a 5th-weekday rule skips.
 *
 * @param sourceId   the session copied
 * @param mentorId   its mentor
 * @param date       the copy's date; for a skipped month, the month's first day
 * @param start      the real start in the session's zone; {@code null} for a skipped month
 * @param end        the real end; {@code null} for a skipped month
 * @param flags      what to look at: conflict, DST shift or ambiguity, skipped month
 * @param notes      sentences for the user explaining the flags
 * @param created    whether the run makes this copy (not a skipped month, not a skipped conflict)
 */
public record PlannedCopy(long sourceId, long mentorId, LocalDate date, ZonedDateTime start, ZonedDateTime end,
                          Set<CopyFlag> flags, List<String> notes, boolean created) {

    public PlannedCopy {
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags)); // enum order, for stable output
        notes = List.copyOf(notes);
    }

    public boolean has(CopyFlag flag) {
        return flags.contains(flag);
    }

    /** The session's zone; {@code null} for a skipped month. */
    public ZoneId zone() {
        return start == null ? null : start.getZone();
    }
}
