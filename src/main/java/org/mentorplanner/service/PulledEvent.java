package org.mentorplanner.service;

import java.util.List;

/**
 * An event read from a shared calendar: untrusted input, turned into session fields.
 *
 * @param uid       its UID, or {@code null} when it has none
 * @param fields    the session it describes, or {@code null} when it does not describe one (see problem)
 * @param sequence  its SEQUENCE, 0 when absent
 * @param attendees its attendees, in order
 * @param problem   why it is not a session this planner can take, or {@code null}
 */
public record PulledEvent(String uid, SessionFields fields, int sequence, List<Attendee> attendees, String problem) {

    public PulledEvent {
        attendees = List.copyOf(attendees);
    }

    /**
     * One ATTENDEE.
     *
     * @param email    the address of its mailto URI, lower case
     * @param name     its CN, or empty
     * @param partStat its PARTSTAT, upper case (NEEDS-ACTION when absent, as RFC 5545 says)
     */
    public record Attendee(String email, String name, String partStat) {
    }
}
