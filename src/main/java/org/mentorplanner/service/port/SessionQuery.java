package org.mentorplanner.service.port;

import java.time.Instant;
import java.util.Set;
import org.mentorplanner.domain.SessionStatus;

/**
 * A filter for sessions; {@code null} or empty parts do not filter.
 *
 * @param mentorIds only these mentors' sessions
 * @param menteeId  only sessions booked by this mentee
 * @param from      only sessions ending after this instant
 * @param to        only sessions starting before this instant
 * @param statuses  only sessions in these states
 */
public record SessionQuery(Set<Long> mentorIds, Long menteeId, Instant from, Instant to, Set<SessionStatus> statuses) {

    public SessionQuery {
        mentorIds = mentorIds == null ? Set.of() : Set.copyOf(mentorIds);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** Every session. */
    public static SessionQuery all() {
        return new SessionQuery(Set.of(), null, null, null, Set.of());
    }

    public SessionQuery withMentors(Set<Long> ids) {
        return new SessionQuery(ids, menteeId, from, to, statuses);
    }

    public SessionQuery withMentee(Long id) {
        return new SessionQuery(mentorIds, id, from, to, statuses);
    }

    public SessionQuery between(Instant newFrom, Instant newTo) {
        return new SessionQuery(mentorIds, menteeId, newFrom, newTo, statuses);
    }

    public SessionQuery withStatuses(Set<SessionStatus> newStatuses) {
        return new SessionQuery(mentorIds, menteeId, from, to, newStatuses);
    }
}
