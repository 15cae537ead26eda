package org.mentorplanner.service;

/**
 * Finds a user's calendars on a CalDAV server from its address and a login only (RFC 6764 and
 * RFC 4791: {@code current-user-principal}, then {@code calendar-home-set}), and makes new
 * calendars there. Implemented by the {@code caldav} package and bound in the app's wiring, as
 * {@link CalendarServer} is. Every method sends requests and throws
 * {@link CalendarServerException} with a message for the person when the server cannot be used.
 */
public interface CalendarDiscovery {

    /** The user's calendar home and the calendars in it. */
    CalendarHome discover(CalendarLogin login);

    /**
     * Makes a new calendar for events in the user's calendar home (MKCALENDAR), named
     * {@code displayName}, at an address derived from the name.
     *
     * @return the new calendar
     * @throws CalendarServerException when the home already holds a calendar of that name (the
     *                                 message gives its address) or the server refuses
     */
    DiscoveredCalendar createCalendar(CalendarLogin login, String displayName);
}
