package org.mentorplanner.service;

import java.util.List;
import java.util.Optional;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;

/**
 * A session with the people, location and groups it refers to, ready to show or export.
 *
 * @param session    the stored session
 * @param mentor     its mentor
 * @param mentee     its booked mentee, or {@code null}
 * @param location   its location
 * @param groups     the groups it is restricted to, by name; empty means everyone
 * @param bookingUrl its booking link, or {@code null} when it has none (drafts, cancelled)
 */
public record SessionView(MentorshipSession session, Person mentor, Person mentee, Location location,
                          List<Group> groups, String bookingUrl) {

    public SessionView {
        groups = List.copyOf(groups);
    }

    public Optional<Person> menteeIfBooked() {
        return Optional.ofNullable(mentee);
    }

    public long id() {
        return session.id();
    }
}
