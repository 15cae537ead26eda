package org.mentorplanner.service;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What discovery found for one login: the user's principal, their calendar home and the
 * calendars in it.
 *
 * @param principal the user's principal resource ({@code DAV:current-user-principal})
 * @param home      the collection that holds the user's calendars ({@code CALDAV:calendar-home-set})
 * @param calendars the calendar collections in the home, by name
 */
public record CalendarHome(URI principal, URI home, List<DiscoveredCalendar> calendars) {

    public CalendarHome {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(home, "home");
        calendars = List.copyOf(calendars);
    }
}
