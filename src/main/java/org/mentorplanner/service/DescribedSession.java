package org.mentorplanner.service;

import java.util.List;
import java.util.Optional;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;

/**
 * A session described: the session with the people, location and groups it refers to and its
 * booking link, resolved from their ids, ready to show or export (what
 * {@link SessionService#describe} returns).
 *
 * @param session    the stored session
 * @param mentor     its mentor
 * @param mentee     its booked mentee, or {@code null}
 * @param location   its location
 * @param groups     the groups it is restricted to, by name; empty means everyone
 * @param bookingUrl its booking link, or {@code null} when it has none (drafts, cancelled)
 */
public record DescribedSession(MentorshipSession session, Person mentor, Person mentee, Location location,
                          List<Group> groups, String bookingUrl) {

    public DescribedSession {
        groups = List.copyOf(groups);
    }

    public Optional<Person> menteeIfBooked() {
        return Optional.ofNullable(mentee);
    }

    public long id() {
        return session.id();
    }
}
