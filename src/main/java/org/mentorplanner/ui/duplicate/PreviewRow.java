package org.mentorplanner.ui.duplicate;

import java.util.Map;
import java.util.stream.Collectors;
import org.mentorplanner.service.CopyFlag;
import org.mentorplanner.service.PlannedCopy;
import org.mentorplanner.service.format.DisplayFormats;

/**
 * One line of the preview table, its texts worked out once off the FX thread so a table of
 * thousands of rows only lays out what is visible.
 *
 * @param session the source session's title
 * @param date    "Tue 8 Dec 2026", or the month for a skipped month
 * @param times   local start and end in the session's zone, "10:00–11:00"
 * @param zone    the session's zone id
 * @param flags   "conflict", "busy", "DST-shifted", "DST-ambiguous", "skipped month", comma separated
 * @param note    the engine's explanation of the flags
 * @param made    whether the run makes this copy
 * @param conflict whether the copy conflicts
 * @param dst     whether the start moved or is ambiguous because of daylight saving
 */
public record PreviewRow(String session, String date, String times, String zone, String flags, String note,
                         boolean made, boolean conflict, boolean dst) {

    /** The row for {@code copy}, dates and times written with {@code formats}; {@code titles} names the sources by id. */
    public static PreviewRow of(PlannedCopy copy, Map<Long, String> titles,
                                DisplayFormats formats) {
        String title = titles.getOrDefault(copy.sourceId(), "#" + copy.sourceId());
        if (copy.has(CopyFlag.SKIPPED_MONTH)) {
            return new PreviewRow(title, formats.month(copy.date()), "", "", flagWords(copy), String.join(" ", copy.notes()),
                    false, false, false);
        }
        return new PreviewRow(title, formats.day(copy.date()),
                formats.timeRange(copy.start().toLocalTime(), copy.end().toLocalTime()), copy.zone().getId(), flagWords(copy),
                String.join(" ", copy.notes()), copy.created(), copy.has(CopyFlag.CONFLICT) || copy.has(CopyFlag.BUSY),
                copy.has(CopyFlag.DST_SHIFTED) || copy.has(CopyFlag.DST_AMBIGUOUS));
    }

    private static String flagWords(PlannedCopy copy) {
        return copy.flags().stream().map(flag -> switch (flag) {
            case CONFLICT -> copy.created() ? "conflict" : "conflict (skipped)";
            case BUSY -> copy.created() ? "busy" : "busy (skipped)";
            case DST_SHIFTED -> "DST-shifted";
            case DST_AMBIGUOUS -> "DST-ambiguous";
            case SKIPPED_MONTH -> "skipped month";
        }).collect(Collectors.joining(", "));
    }
}
