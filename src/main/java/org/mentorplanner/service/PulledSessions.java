package org.mentorplanner.service;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.SessionContext;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionRules;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.SessionFields.Field;
import org.mentorplanner.service.port.Repositories;

/**
 * Turns session fields pulled from a planning calendar into a session of this database: people
 * by email, the location and groups by name (they are not synced: planners import the same
 * directory), every rule of the editor checked. A pulled event is untrusted input: anything
 * that does not fit is a {@link Refused} with a message, never a half-saved session.
 */
final class PulledSessions {

    /** A pulled event this planner cannot take; the message says why and what to do. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private PulledSessions() {
    }

    /**
     * The session {@code fields} describe, to insert ({@code existing} null) or to replace
     * {@code existing} with. Its revision passes both the local one and the event's SEQUENCE.
     */
    static MentorshipSession build(Repositories repos, SessionFields fields, MentorshipSession existing, int sequence,
                                   String uid, Instant now) {
        Person mentor = repos.people().findByEmail(fields.get(Field.MENTOR)).filter(Person::isMentor)
                             .orElseThrow(() -> new Refused("its mentor " + fields.get(Field.MENTOR)
                                     + " is not a mentor in this planner: import the same people as the other planners, then sync again"));
        Person mentee = null;
        if (!fields.get(Field.MENTEE).isEmpty()) {
            mentee = repos.people().findByEmail(fields.get(Field.MENTEE))
                          .orElseThrow(() -> new Refused("its mentee " + fields.get(Field.MENTEE)
                                  + " is not in this planner: import the same people as the other planners, then sync again"));
        }
        Location location = repos.locations().findByName(fields.get(Field.LOCATION))
                                 .orElseThrow(() -> new Refused("its location \"" + fields.get(Field.LOCATION)
                                         + "\" is not in this planner: import the same places as the other planners, then sync again"));
        Set<Long> groupIds = new HashSet<>();
        for (String name : fields.get(Field.GROUPS).split("\n")) {
            if (!name.isEmpty()) {
                Group group = repos.groups().findByName(name).orElseThrow(() -> new Refused("its group \"" + name
                        + "\" is not in this planner: create it, then sync again"));
                groupIds.add(group.id());
            }
        }
        ZoneId zone;
        LocalDateTime start;
        Duration duration;
        EnrollmentMethod method;
        SessionStatus status;
        try {
            zone = ZoneId.of(fields.get(Field.ZONE));
            start = LocalDateTime.parse(fields.get(Field.START));
            duration = Duration.ofMinutes(Long.parseLong(fields.get(Field.DURATION)));
            method = EnrollmentMethod.valueOf(fields.get(Field.METHOD).toUpperCase(Locale.ROOT));
            status = SessionStatus.valueOf(fields.get(Field.STATUS).toUpperCase(Locale.ROOT));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new Refused("it has a field this planner cannot read (" + e.getMessage() + ")");
        }
        SessionDetails details = new SessionDetails(mentor.id(), mentee == null ? null : mentee.id(), location.id(), start,
                duration, method, fields.get(Field.MEETING_URL), fields.get(Field.PLACE), groupIds,
                fields.get(Field.TITLE), fields.get(Field.NOTES));
        Set<Long> known = new HashSet<>();
        repos.groups().findAll().forEach(group -> known.add(group.id()));
        List<SessionRules.Violation> violations = SessionRules.check(details,
                new SessionContext(Actor.owner(), mentor, mentee, location, known));
        if (!violations.isEmpty()) {
            List<String> messages = new ArrayList<>();
            violations.forEach(v -> messages.add(v.message()));
            throw new Refused("it breaks a rule of this planner: " + String.join(" ", messages));
        }
        String token = fields.get(Field.BOOKING_TOKEN).isEmpty() ? null : fields.get(Field.BOOKING_TOKEN);
        if (token != null) {
            repos.sessions().findByToken(token).filter(other -> !uid.equals(other.uid())).ifPresent(other -> {
                throw new Refused("its booking link is already session #" + other.id() + "'s");
            });
        }
        String series = fields.get(Field.SERIES).isEmpty() ? null : fields.get(Field.SERIES);
        int revision = existing == null ? Math.max(0, sequence) : Math.max(existing.revision() + 1, sequence);
        return new MentorshipSession(existing == null ? 0 : existing.id(), details, zone, status, series, token, revision,
                existing == null ? now : existing.createdAt(), now, uid);
    }
}
