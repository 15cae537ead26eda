package org.mentorplanner.service;

/**
 * Opens CalDAV calendar collections. Implemented by the {@code caldav} package's client and bound
 * in the app's wiring, so the service layer does not depend on HTTP.
 */
@FunctionalInterface
public interface CalendarServer {

    /** A handle on the collection of {@code account}; nothing is sent until a method of it is called. */
    CalendarCollection open(CalendarAccount account);
}
