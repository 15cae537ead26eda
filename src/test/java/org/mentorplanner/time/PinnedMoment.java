package org.mentorplanner.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Stream;

/**
 * The moments the date-sensitive tests run at, each pinned through the app's {@link Clock} with a
 * time zone of its own, so no test depends on the day it runs, the time of day or the machine's
 * zone. Together they cross the edges where "today", "this week" and "upcoming" tend to break:
 * the first minutes of a week, its last minutes (already Monday in UTC), the turn of the year, and
 * the days Europe and Sydney change their clocks.
 * <pre>{@code
 * @ParameterizedClass
 * @MethodSource("org.mentorplanner.time.PinnedMoment#all")
 * class SomeWindowTest {
 *     @Parameter
 *     PinnedMoment moment;
 * }</pre>
 */
public enum PinnedMoment {

    /** The first minutes of a week. */
    MONDAY_0005(LocalDateTime.of(2027, 1, 4, 0, 5), "Europe/Berlin"),
    /** The last minutes of a week, already Monday in UTC. */
    SUNDAY_2355(LocalDateTime.of(2027, 1, 10, 23, 55), "America/Los_Angeles"),
    /** New Year's Eve: the week and the month run into the next year. */
    NEW_YEARS_EVE_2330(LocalDateTime.of(2026, 12, 31, 23, 30), "Europe/London"),
    /** The day Europe changes to summer time (a 23-hour Sunday, the week's last day). */
    EUROPE_SUMMER_TIME(LocalDateTime.of(2027, 3, 28, 12, 0), "Europe/Berlin"),
    /** The day Sydney changes back to standard time (a 25-hour Sunday). */
    SYDNEY_STANDARD_TIME(LocalDateTime.of(2027, 4, 4, 12, 0), "Australia/Sydney");

    /** The moment tests use when they do not run at every one. */
    public static final PinnedMoment DEFAULT = MONDAY_0005;

    private final ZonedDateTime at;

    PinnedMoment(LocalDateTime local, String zone) {
        this.at = local.atZone(ZoneId.of(zone));
    }

    /** Every moment, for {@code @MethodSource}. */
    public static Stream<PinnedMoment> all() {
        return Stream.of(values());
    }

    /** A clock stopped at this moment, in its zone. */
    public Clock clock() {
        return Clock.fixed(at.toInstant(), at.getZone());
    }

    /** The moment with its zone. */
    public ZonedDateTime at() {
        return at;
    }

    /** Today, at this moment in its zone. */
    public LocalDate today() {
        return at.toLocalDate();
    }

    /** Its zone (the grid shows this zone when the app runs at this moment). */
    public ZoneId zone() {
        return at.getZone();
    }

    @Override
    public String toString() {
        return name() + " (" + at + ")";
    }
}
