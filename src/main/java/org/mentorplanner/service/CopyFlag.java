package org.mentorplanner.service;

/** What the preview of a bulk duplicate says about one planned copy. */
public enum CopyFlag {
    /** Overlaps another session of the same mentor that is not cancelled, or another copy of the run. */
    CONFLICT,
    /** Overlaps busy time from one of the mentor's own calendars (a busy source). */
    BUSY,
    /** The wall-clock start fell into a daylight-saving gap and moved forward by the gap. */
    DST_SHIFTED,
    /** The wall-clock start happens twice (clocks go back); the earlier offset is used. */
    DST_AMBIGUOUS,
    /** A monthly rule on a 5th weekday: this month has none, so no copy. */
    SKIPPED_MONTH
}
