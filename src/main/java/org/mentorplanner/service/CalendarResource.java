package org.mentorplanner.service;

import java.util.Objects;

/**
 * One calendar object resource as read from the server.
 *
 * @param href         its path on the server
 * @param etag         its ETag, or {@code null} when the server sent none
 * @param calendarData its iCalendar text
 */
public record CalendarResource(String href, String etag, String calendarData) {

    public CalendarResource {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(calendarData, "calendarData");
    }
}
