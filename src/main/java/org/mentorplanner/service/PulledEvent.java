package org.mentorplanner.service;

import java.util.List;
import java.util.Map;
import org.mentorplanner.service.SessionFields.Field;

/**
 * An event read from a shared calendar: untrusted input, turned into session fields.
 *
 * @param uid       its UID, or {@code null} when it has none
 * @param fields    the session it describes, or {@code null} when it does not describe one (see problem)
 * @param sequence  its SEQUENCE, 0 when absent
 * @param attendees its attendees, in order
 * @param problem   why it is not a session this planner can take, or {@code null}
 * @param mark      the conflict mark another planner left on the event (ADR 0029): for each
 *                  field in conflict, that planner's value; empty when the event is not in conflict
 */
public record PulledEvent(String uid, SessionFields fields, int sequence, List<Attendee> attendees, String problem,
                          Map<Field, String> mark) {

    public PulledEvent {
        attendees = List.copyOf(attendees);
        mark = Map.copyOf(mark);
    }

    /** An event without a conflict mark. */
    public PulledEvent(String uid, SessionFields fields, int sequence, List<Attendee> attendees, String problem) {
        this(uid, fields, sequence, attendees, problem, Map.of());
    }

    /** Whether another planner marked the event as in conflict. */
    public boolean isMarked() {
        return !mark.isEmpty();
    }

    /** The fields the marking planner holds: the event's fields with the mark's values. */
    public SessionFields proposal() {
        SessionFields proposal = fields;
        for (Map.Entry<Field, String> value : mark.entrySet()) {
            proposal = proposal.with(value.getKey(), value.getValue());
        }
        return proposal;
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
