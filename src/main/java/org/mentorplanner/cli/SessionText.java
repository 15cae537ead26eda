package org.mentorplanner.cli;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.mentorplanner.domain.BookingState;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.service.DescribedSession;

/** How sessions read in a terminal. */
final class SessionText {

    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE uuuu-MM-dd HH:mm", Locale.ENGLISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private SessionText() {
    }

    /** draft, open, booked or cancelled: the words the exports use too ({@link BookingState}). */
    static String status(MentorshipSession session) {
        return BookingState.of(session).word();
    }

    static String person(Person person) {
        return person == null ? null : person.displayName();
    }

    static String groups(List<Group> groups) {
        return groups.isEmpty() ? "whole organisation" : String.join(", ", groups.stream().map(Group::name).toList());
    }

    /** One table of sessions, one row each. */
    static TextTable table(List<DescribedSession> sessions) {
        TextTable table = new TextTable("ID", "START", "DURATION", "LOCATION", "MENTOR", "MENTEE", "STATUS", "TITLE");
        for (DescribedSession view : sessions) {
            MentorshipSession session = view.session();
            table.add(Long.toString(session.id()), session.start().format(DAY_TIME),
                    Converters.Minutes.format(session.details().duration()), view.location().name(),
                    view.mentor().name(), view.mentee() == null ? null : view.mentee().name(),
                    status(session), session.details().title());
        }
        return table;
    }
}
