package org.mentorplanner.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A wall-clock start placed in a zone. A time inside a daylight-saving gap does not exist; it
 * moves forward by the length of the gap and is flagged as shifted. A time in an overlap takes
 * the earlier offset.
 *
 * @param requested the wall-clock time asked for
 * @param start     the real start
 */
public record ResolvedStart(LocalDateTime requested, ZonedDateTime start) {

    /** Resolves {@code requested} in {@code zone} by the rules above. */
    public static ResolvedStart of(LocalDateTime requested, ZoneId zone) {
        // ZonedDateTime.of implements exactly our rule: gap -> later by the gap, overlap -> earlier offset.
        return new ResolvedStart(requested, ZonedDateTime.of(requested, zone));
    }

    /** Whether the requested time did not exist and was moved. */
    public boolean shifted() {
        return !start.toLocalDateTime().equals(requested);
    }

    /** How far the start moved; zero when not shifted. */
    public Duration shift() {
        return Duration.between(requested, start.toLocalDateTime());
    }

    /** A sentence for the user, for example "02:30 does not exist on 2026-03-08 in America/New_York (clocks jump forward); moved to 03:30." */
    public String message() {
        if (!shifted()) {
            return "";
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        return requested.format(time) + " does not exist on " + requested.toLocalDate() + " in "
                + start.getZone().getId() + " (clocks jump forward); moved to "
                + start.toLocalTime().format(time) + ".";
    }
}
