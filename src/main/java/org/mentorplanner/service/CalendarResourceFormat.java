package org.mentorplanner.service;

import org.mentorplanner.domain.MentorshipSession;

/**
 * How a session is written into a calendar collection: its resource name and its iCalendar
 * object. Implemented by the {@code caldav} package with the ICS export's event writer, so a
 * session reads the same in a team calendar as in an exported file.
 */
public interface CalendarResourceFormat {

    /** The resource's file name: stable for the session across edits, only {@code [A-Za-z0-9._-]}. */
    String fileName(MentorshipSession session);

    /** A VCALENDAR with the session's one VEVENT and its VTIMEZONE. */
    String calendarObject(DescribedSession view);

    /**
     * {@link #calendarObject(DescribedSession)}, with the booked mentee's PARTSTAT at NEEDS-ACTION
     * unless {@code menteeAccepted} (a booked session moved since the mentee accepted it).
     */
    default String calendarObject(DescribedSession view, boolean menteeAccepted) {
        return calendarObject(view);
    }

    /**
     * Whether {@code calendarObject}, as a server holds it, has exactly the event that
     * {@link #calendarObject} writes for {@code view} (every property alike but DTSTAMP and SEQUENCE, which say
     * when and how often a database changed it, however the server
     * laid the text out). False for anything else, including text that does not parse.
     */
    boolean holdsEvent(String calendarObject, DescribedSession view);
}
