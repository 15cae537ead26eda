package org.mentorplanner.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Who an export is for, and so which sessions it may show. A session restricted to groups is
 * visible only to members of one of those groups; a session without groups is visible to all.
 */
public sealed interface Audience {

    /** Whether this audience may see {@code session} (its status is checked elsewhere). */
    boolean maySee(MentorshipSession session);

    /**
     * Whether this audience may learn who booked {@code session}. Only the people in it may: the
     * mentee who booked it and the session's mentor. Everyone else sees that it is booked, not by
     * whom (the privacy decision of issue 13).
     */
    default boolean namesMenteeOf(MentorshipSession session) {
        return false;
    }

    /** Words for summaries and page titles: "everyone", "group Women in Tech", "Mia &lt;mia@…&gt;". */
    String label();

    /** The whole organisation: only sessions that are not restricted to any group. */
    record Everyone() implements Audience {
        @Override
        public boolean maySee(MentorshipSession session) {
            return session.details().groupIds().isEmpty();
        }

        @Override
        public String label() {
            return "everyone";
        }
    }

    /** Members of one group: unrestricted sessions plus those restricted to this group. */
    record Members(Group group) implements Audience {
        public Members {
            Objects.requireNonNull(group, "group");
        }

        @Override
        public boolean maySee(MentorshipSession session) {
            Set<Long> groups = session.details().groupIds();
            return groups.isEmpty() || groups.contains(group.id());
        }

        @Override
        public String label() {
            return "group " + group.name();
        }
    }

    /**
     * One person, usually a mentee: the open sessions they may book given their group memberships,
     * plus their own bookings, and for a mentor also all of their own sessions. Sessions booked by
     * somebody else are not theirs to see.
     *
     * @param person   the mentee
     * @param groupIds the groups the mentee belongs to
     */
    record Mentee(Person person, Set<Long> groupIds) implements Audience {
        public Mentee {
            Objects.requireNonNull(person, "person");
            groupIds = Set.copyOf(groupIds);
        }

        @Override
        public boolean maySee(MentorshipSession session) {
            SessionDetails details = session.details();
            if (details.mentorId() == person.id()) {
                return true; // a mentor's own export: all of their sessions
            }
            if (details.hasMentee()) {
                return details.menteeId() == person.id();
            }
            return details.groupIds().isEmpty() || details.groupIds().stream().anyMatch(groupIds::contains);
        }

        @Override
        public boolean namesMenteeOf(MentorshipSession session) {
            SessionDetails details = session.details();
            return details.mentorId() == person.id() || details.hasMentee() && details.menteeId() == person.id();
        }

        @Override
        public String label() {
            return person.displayName();
        }
    }
}
