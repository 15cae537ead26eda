package org.mentorplanner.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorplanner.domain.BookingState;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.DescribedSession;

/**
 * The words every format uses for a session, so ICS, HTML, CSV and JSON say the same thing.
 * Public for the CalDAV client, which names its resources by {@link #uid}.
 */
public final class SessionText {

    private SessionText() {
    }

    /**
     * Stable across exports and edits: the session's stored uid (ADR 0018). A session not read
     * from the store has none; it gets the form older versions used, the store id plus the
     * creation time, which is also what sessions saved before version 3 of the schema keep.
     */
    public static String uid(MentorshipSession session) {
        return session.uid() != null ? session.uid()
                : "session-" + session.id() + "-" + session.createdAt().toEpochMilli() + "@mentor-planner";
    }

    /** "open", "booked" or "cancelled" ("draft" for a draft): the planner's words, {@link BookingState}. */
    static String state(MentorshipSession session) {
        return BookingState.of(session).word();
    }

    /** Where to go in person: the place and the location's name ("Room 4, Berlin office"), or empty for online-only. */
    static String place(DescribedSession view) {
        SessionDetails details = view.session().details();
        if (details.method() == EnrollmentMethod.ONLINE) {
            return "";
        }
        List<String> parts = new ArrayList<>(2);
        if (details.place() != null) {
            parts.add(details.place());
        }
        if (view.location() != null && !view.location().isOnline()) {
            parts.add(view.location().name());
        }
        return String.join(", ", parts);
    }

    /** The meeting link for online attendance, or {@code null}. */
    static String meetingUrl(DescribedSession view) {
        SessionDetails details = view.session().details();
        return details.method().needsMeetingUrl() ? details.meetingUrl() : null;
    }

    /** Group names joined with "; ", empty when the session is open to everyone. */
    static String groups(DescribedSession view) {
        return String.join("; ", view.groups().stream().map(group -> group.name()).toList());
    }

    /** Sessions grouped by mentor, mentors in order of their first session, sessions in their given order. */
    static Map<Person, List<DescribedSession>> byMentor(List<DescribedSession> sessions) {
        Map<Long, Person> mentors = new HashMap<>();
        Map<Long, List<DescribedSession>> grouped = new LinkedHashMap<>();
        for (DescribedSession view : sessions) {
            mentors.putIfAbsent(view.session().mentorId(), view.mentor());
            grouped.computeIfAbsent(view.session().mentorId(), id -> new ArrayList<>()).add(view);
        }
        Map<Person, List<DescribedSession>> result = new LinkedHashMap<>();
        grouped.forEach((id, views) -> result.put(mentors.get(id), views));
        return result;
    }
}
