package org.mentorplanner.sync;

import jakarta.inject.Singleton;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.CalendarResourceFormat;
import org.mentorplanner.service.SessionView;

/**
 * Sessions as resources of a team calendar: the ICS export's VEVENT (same UID, SEQUENCE =
 * revision) in a calendar object of its own, named after the UID.
 */
@Singleton
public class CalDavResources implements CalendarResourceFormat {

    private final IcsExporter ics = new IcsExporter();

    @Override
    public String fileName(MentorshipSession session) {
        // The UID without its "@mentor-planner" host part: letters, digits and dashes only.
        String uid = SessionText.uid(session);
        return uid.substring(0, uid.indexOf('@')) + ".ics";
    }

    @Override
    public String calendarObject(SessionView session) {
        return ics.calendarObject(session);
    }
}
