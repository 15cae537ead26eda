package org.mentorplanner.service;

import java.util.Map;

/**
 * How a session is written to and read from a planning calendar: the ICS export's event with
 * {@code X-MENTORPLANNER-*} properties for what RFC 5545 cannot say (ADR 0018). Implemented by
 * the {@code caldav} package; the one mapping of sessions to iCalendar.
 */
public interface PlanningFormat {

    /** A VCALENDAR with the session's one VEVENT (with every field) and its VTIMEZONE. */
    String planningObject(DescribedSession view);

    /** The session's fields as {@link #read} reads them back from {@link #planningObject}. */
    SessionFields fields(DescribedSession view);

    /** The one event of a calendar object resource; never throws for bad input, says the problem instead. */
    PulledEvent read(String calendarObject);

    /**
     * {@code calendarObject} as the server holds it, with a conflict mark (ADR 0029) in place of
     * any earlier one: for each conflicting field, this planner's value. Everything else stays as
     * it is, so the event still shows the other side's values.
     */
    String marked(String calendarObject, Map<SessionFields.Field, String> mine);
}
